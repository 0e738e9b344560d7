// The production bundles in npm run bench: bytes and gzip per control, where the bytes come from (per
// source folder, from the source maps a bench build writes), and what the 50 KB ceiling would leave each
// control's own code once the shared core is in. Prose here carries no figure typed by hand: every number
// in a note is computed from the measured bundles.
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { bytesPerSource, folderOf } from "./bundleFolders.mjs";

/** The ceiling issue "one core" sets for every production bundle, minified. */
export const BUNDLE_CEILING_BYTES = 50 * 1024;

const RUNTIME = "webpack runtime";
const isShared = (source) => source === RUNTIME || source.startsWith("common/");
const sum = (values) => values.reduce((total, value) => total + value, 0);
const bytesText = (bytes) => bytes.toLocaleString("en-US");

/**
 * Each control's bundle: { control, bytes, gzipBytes } (null where out/ holds none), and its bytes per
 * source file (Map, from the map beside the bundle; null without maps). The maps are deleted afterwards:
 * they are not part of the product.
 */
export async function measureBundles(outRoot, controls) {
    const bundles = [];
    let sources = {};
    for (const control of controls) {
        const path = join(outRoot, "out", "controls", control, "bundle.js");
        if (!existsSync(path)) {
            bundles.push({ control, bytes: null, gzipBytes: null });
            sources = null;
            continue;
        }
        bundles.push({ control, bytes: statSync(path).size, gzipBytes: gzipSync(readFileSync(path)).length });
        const bytes = await bytesPerSource(path);
        rmSync(`${path}.map`, { force: true });
        if (!bytes) sources = null;
        if (sources) sources[control] = bytes;
    }
    return { bundles, sources };
}

/** Bytes per source folder of each control's bundle, the control's own folder named "control". */
export function roomsOf(sources, controls) {
    if (!sources) return null;
    return Object.fromEntries(
        controls.map((control) => {
            const rooms = {};
            for (const [source, bytes] of sources[control]) {
                const folder = (source === RUNTIME ? RUNTIME : folderOf(source)).replace(new RegExp(`^${control}(?=/|$)`), "control");
                rooms[folder] = (rooms[folder] ?? 0) + bytes;
            }
            return [control, rooms];
        }),
    );
}

/** The shared core (common/ and webpack's runtime) and the control's own code, in bytes. */
export function splitShared(sources, control) {
    let shared = 0;
    let own = 0;
    for (const [source, bytes] of sources[control]) {
        if (isShared(source)) shared += bytes;
        else own += bytes;
    }
    return { shared, own };
}

/**
 * What one library of the shared core would weigh (PCF's dependent libraries): every common/ file any
 * control uses, once (at its largest, as minified names differ a little from bundle to bundle), and one runtime.
 */
export function sharedLibraryBytes(sources, controls) {
    const largest = new Map();
    for (const control of controls) {
        for (const [source, bytes] of sources[control]) {
            if (isShared(source)) largest.set(source, Math.max(largest.get(source) ?? 0, bytes));
        }
    }
    return sum([...largest.values()]);
}

/** The bundle tables of docs/benchmarks.md: [{ title, rows, notes }]. */
export function bundleTables({ bundles, sources, controls }) {
    const ceiling = BUNDLE_CEILING_BYTES;
    const tables = [
        {
            title: "Production bundles",
            rows: bundles.map((b) => ({
                control: b.control,
                "bundle.js bytes": b.bytes,
                gzip: b.gzipBytes,
                [`over the ${bytesText(ceiling)}-byte ceiling`]: b.bytes === null ? null : Math.max(0, b.bytes - ceiling),
            })),
            notes: [
                "The ceiling is 50 KB minified per bundle. The tables below say where each bundle's bytes come from, what the ceiling would leave each control once the shared core is in, and what is left to cut.",
            ],
        },
    ];
    if (!sources) return tables;
    const rooms = roomsOf(sources, controls);
    const names = [...new Set(Object.values(rooms).flatMap((r) => Object.keys(r)))].sort(
        (a, b) => sum(controls.map((c) => rooms[c][b] ?? 0)) - sum(controls.map((c) => rooms[c][a] ?? 0)),
    );
    tables.push({
        title: "Where each bundle's bytes come from (minified bytes per source folder, from the source map)",
        rows: names.map((name) => ({ folder: name, ...Object.fromEntries(controls.map((c) => [c, rooms[c][name] ?? 0])) })),
        notes: [
            "\"control\" is the control's own folder (its index.ts); \"webpack runtime\" the module wrappers no source maps to. The English fallback strings are the two strings rows. They stay: model-driven apps take the resx of the user's language, else the one of the organization's base language (Microsoft's page on RESX web resources), so an organization whose base language is none of the six the controls ship (Italian, Dutch, Portuguese…) gets no resx at all, and runtime localization of code components in canvas apps and custom pages is a preview; the host then answers getString with nothing or the key itself, as the pcf-start harness does, and without the fallbacks the form would show keys.",
            "The theme (common/host) is about half fixed palettes, half the code that lays the host's tokens over them and keeps every text and icon color readable. Computing the palettes at build time would not make it smaller: the results are data too, and the code still has to run on whatever tokens a host hands over.",
        ],
    });

    const split = Object.fromEntries(controls.map((c) => [c, splitShared(sources, c)]));
    const library = sharedLibraryBytes(sources, controls);
    const alone = controls.filter((c) => split[c].own > ceiling);
    tables.push({
        title: "The shared core and each control's own code (minified bytes)",
        rows: controls.map((c) => ({
            control: c,
            "shared core (common/, webpack runtime)": split[c].shared,
            "the control's own code": split[c].own,
            "room left for the control's own code under the ceiling": Math.max(0, ceiling - split[c].shared),
            "own code over that room": Math.max(0, split[c].own - Math.max(0, ceiling - split[c].shared)),
        })),
        notes: [
            "The shared core is what every control shows alike: the status badge, refresh line, JSON tree, error card, system jobs, field values, theme, strings, dates, options, timers and refresh loop. The room left for a control's own code is what the ceiling leaves once its share of the core is in; the last column is what its own views, model and reading would have to lose.",
            ...alone.map((c) => `${c}: its own code alone, ${bytesText(split[c].own)} bytes, is more than the whole ceiling, before any shared code.`),
            `Sharing the core through PCF's dependent libraries (a preview feature) would take it out of the bundles into a library control of its own: every common/ file the controls use, once, is ${bytesText(library)} bytes, ${library > ceiling ? "itself over the ceiling" : "within the ceiling"}.`,
            "Already in every bundle: ES modules with scope hoisting, React reached through local bindings (common/components/reactBindings.ts), test-only code out. Measured and left: minifier settings beyond pcf-scripts' (a fraction of a percent), palettes at build time (above).",
        ],
    });

    const total = Object.fromEntries(controls.map((c) => [c, sum(Object.values(rooms[c]))]));
    tables.push({
        title: `What ${bytesText(ceiling)} bytes a bundle would take: each folder's budget (its share of the ceiling) and the bytes left to cut`,
        rows: names.map((name) => ({
            folder: name,
            ...Object.fromEntries(
                controls.flatMap((c) => {
                    const bytes = rooms[c][name] ?? 0;
                    const budget = total[c] <= ceiling ? bytes : Math.floor((bytes * ceiling) / total[c]);
                    return [
                        [`${c} budget`, budget],
                        [`${c} to cut`, bytes - budget],
                    ];
                }),
            ),
        })),
        notes: ["A budget in proportion to what each folder costs today; a plan would move bytes between folders, but the total to cut stays."],
    });
    return tables;
}
