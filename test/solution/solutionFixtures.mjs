// The inputs the packager and the verifier are tested on: a work folder with a copy of the built controls
// (out/controls, written by `npm run build`), fresh per case, broken on purpose where a test says.
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTROLS } from "../../scripts/lib/controls.mjs";
import { packageSolution, PackagingError } from "../../scripts/package-solution.mjs";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
export const TIMELINE = "OperationStatusTimeline";
let work;
let counter = 0;

/** A work folder with a copy of the built controls, for the file's tests; removed after them. */
export function useWorkFolder() {
    before(() => {
        work = mkdtempSync(join(tmpdir(), "aops-solution-"));
        // AOPS_BUILT_CONTROLS may point at a saved copy of out/controls while others rebuild the shared tree.
        const built = process.env.AOPS_BUILT_CONTROLS ?? join(root, "out", "controls");
        for (const control of CONTROLS) {
            for (const file of ["ControlManifest.xml", "bundle.js"]) {
                assert.ok(existsSync(join(built, control, file)), `out/controls/${control}/${file} is missing: run \`npm run build\` before these tests`);
            }
        }
        cpSync(built, join(work, "built"), { recursive: true });
    });

    after(() => rmSync(work, { recursive: true, force: true }));
}

/** A path inside the work folder. */
export const inWork = (...parts) => join(work, ...parts);

/** A name for a case's folder that no case used before: `prefix` and a number. */
export const freshName = (prefix) => `${prefix}${(counter += 1)}`;

/** A fresh copy of the inputs (built controls, solution source, package.json), broken by `breakIt` if given. */
export function fixture(breakIt = () => {}) {
    const dir = inWork(freshName("case"));
    const paths = {
        controlsDir: join(dir, "controls"),
        solutionDir: join(dir, "Solutions"),
        outDir: join(dir, "bin"),
        packageJson: join(dir, "package.json"),
    };
    cpSync(join(work, "built"), paths.controlsDir, { recursive: true });
    cpSync(join(root, "Solutions", "src"), join(paths.solutionDir, "src"), { recursive: true });
    writeFileSync(paths.packageJson, JSON.stringify({ name: "fixture", version }));
    breakIt(paths);
    return paths;
}

export const edit = (path, change) => writeFileSync(path, change(readFileSync(path, "utf8")));
export const timelineFile = (paths, ...parts) => join(paths.controlsDir, TIMELINE, ...parts);
export const solutionXml = (paths) => join(paths.solutionDir, "src", "Other", "Solution.xml");

/** Packs a broken fixture and returns the refusal; fails when it packs or writes a zip. */
export async function refusal(breakIt) {
    const paths = fixture(breakIt);
    const error = await packageSolution(paths).then(
        () => assert.fail("packing should have been refused"),
        (caught) => caught,
    );
    assert.ok(error instanceof PackagingError, `expected a PackagingError, got ${error}`);
    assert.ok(!existsSync(paths.outDir) || readdirSync(paths.outDir).length === 0, "a refused run must not write zips");
    return error.message;
}
