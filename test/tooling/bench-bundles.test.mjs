// What npm run bench says about the bundles: the split between the shared core and a control's own code,
// the weight of one shared library, and the notes it writes from those figures.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { BUNDLE_CEILING_BYTES, bundleTables, roomsOf, sharedLibraryBytes, splitShared } from "../../scripts/lib/benchBundles.mjs";

const CONTROLS = ["Small", "Large"];
const sources = {
    Small: new Map([
        ["common/components/StatusBadge.tsx", 1000],
        ["common/host/theme.ts", 4000],
        ["Small/components/View.tsx", 2000],
        ["Small/index.ts", 500],
        ["webpack runtime", 900],
    ]),
    Large: new Map([
        ["common/components/StatusBadge.tsx", 1100],
        ["common/model/json.ts", 3000],
        ["Large/model/reader.ts", 60000],
        ["Large/components/List.tsx", 5000],
        ["webpack runtime", 950],
    ]),
};
const bundles = CONTROLS.map((control) => ({ control, bytes: 1, gzipBytes: 1 }));

describe("the bench's bundle accounting", () => {
    test("common/ and webpack's runtime are the shared core; the control's folder is its own code", () => {
        assert.deepEqual(splitShared(sources, "Small"), { shared: 5900, own: 2500 });
        assert.deepEqual(splitShared(sources, "Large"), { shared: 5050, own: 65000 });
    });

    test("a shared library holds each common/ file once, at its largest, and one runtime", () => {
        assert.equal(sharedLibraryBytes(sources, CONTROLS), 1100 + 4000 + 3000 + 950);
    });

    test("folders are named as rooms, the control's own as control", () => {
        assert.deepEqual(roomsOf(sources, CONTROLS).Small, {
            "common/components": 1000,
            "common/host": 4000,
            "control/components": 2000,
            control: 500,
            "webpack runtime": 900,
        });
        assert.equal(roomsOf(null, CONTROLS), null);
    });

    test("the notes name a control whose own code alone is over the ceiling, with the figure", () => {
        const split = bundleTables({ bundles, sources, controls: CONTROLS }).find((t) => t.title.startsWith("The shared core"));
        assert.ok(split, "the split table is written");
        const large = split.rows.find((row) => row.control === "Large");
        assert.equal(large["room left for the control's own code under the ceiling"], BUNDLE_CEILING_BYTES - 5050);
        assert.equal(large["own code over that room"], 65000 - (BUNDLE_CEILING_BYTES - 5050));
        assert.ok(split.notes.some((note) => note.startsWith("Large: its own code alone, 65,000 bytes")));
        assert.ok(!split.notes.some((note) => note.startsWith("Small:")));
        assert.ok(split.notes.some((note) => note.includes("9,050 bytes, within the ceiling")));
    });

    test("without source maps only the sizes are reported", () => {
        const tables = bundleTables({ bundles, sources: null, controls: CONTROLS });
        assert.deepEqual(
            tables.map((t) => t.title),
            ["Production bundles"],
        );
    });
});
