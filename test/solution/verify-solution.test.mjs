// The zip verifier, its command, the zips `npm run build` wrote, and the version bump, on temporary copies
// of the built controls and the solution source, so other builds running at the same time never change
// what a test sees.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONTROLS } from "../../scripts/lib/controls.mjs";
import { packageSolution } from "../../scripts/package-solution.mjs";
import { verifySolution, verifyZip } from "../../scripts/verify-solution.mjs";
import { bumpVersion } from "../../scripts/bump-version.mjs";
import JSZip from "jszip";
import { useWorkFolder, inWork, freshName, root, version, TIMELINE, fixture, refusal } from "./solutionFixtures.mjs";

useWorkFolder();

describe("verifying a solution zip", () => {
    let good;
    before(async () => {
        good = await packageSolution(fixture());
    });

    /** The unmanaged zip with one change, checked as unmanaged. */
    async function problemsAfter(change) {
        const zip = await JSZip.loadAsync(readFileSync(good.unmanaged));
        await change(zip);
        const bytes = await zip.generateAsync({ type: "nodebuffer" });
        return (await verifyZip(bytes, { managed: false, version })).problems.join("\n");
    }
    const editEntry = async (zip, name, change) => zip.file(name, change(await zip.file(name).async("string")));
    const timelineEntry = (file) => `Controls/aops_AsyncOps.${TIMELINE}/${file}`;

    test("fails when a root file is missing", async () => {
        assert.match(await problemsAfter((zip) => zip.remove("[Content_Types].xml")), /\[Content_Types\]\.xml is missing from the zip root/);
        assert.match(await problemsAfter((zip) => zip.remove("customizations.xml")), /customizations\.xml is missing/);
    });

    test("fails when solution.xml lacks what an import reads", async () => {
        const problems = await problemsAfter((zip) =>
            editEntry(zip, "solution.xml", (text) => text.replace(' SolutionPackageVersion="9.1"', "").replace(/<Publisher>[\s\S]*<\/Publisher>/, "")),
        );
        assert.match(problems, /ImportExportXml lacks its SolutionPackageVersion attribute/);
        assert.match(problems, /solution\.xml: no Publisher/);
        assert.match(problems, /customization prefix "" must be/);
    });

    test("fails on XML that is not well-formed", async () => {
        const problems = await problemsAfter((zip) => editEntry(zip, "solution.xml", (text) => text.replace("</SolutionManifest>", "")));
        assert.match(problems, /solution\.xml is not well-formed XML/);
    });

    test("fails when Managed is not 0 in the unmanaged zip and 1 in the managed one", async () => {
        const asManaged = await verifyZip(readFileSync(good.unmanaged), { managed: true, version });
        assert.match(asManaged.problems.join("\n"), /<Managed> is "0", expected 1 \(managed\)/);
        const asUnmanaged = await verifyZip(readFileSync(good.managed), { managed: false, version });
        assert.match(asUnmanaged.problems.join("\n"), /<Managed> is "1", expected 0 \(unmanaged\)/);
    });

    test("fails when a RootComponent has no CustomControl", async () => {
        const problems = await problemsAfter((zip) =>
            editEntry(zip, "customizations.xml", (text) =>
                text.replace(/<CustomControl>\s*<Name>aops_AsyncOps\.OperationStatusTimeline<\/Name>[\s\S]*?<\/CustomControl>/, ""),
            ),
        );
        assert.match(problems, /RootComponent aops_AsyncOps\.OperationStatusTimeline has no CustomControl/);
    });

    test("fails when a control's folder or manifest is missing", async () => {
        const problems = await problemsAfter((zip) => zip.remove(timelineEntry("ControlManifest.xml")));
        assert.match(problems, /Controls\/aops_AsyncOps\.OperationStatusTimeline: no ControlManifest\.xml/);
    });

    test("fails when a manifest's namespace, constructor or version disagrees", async () => {
        const namespace = await problemsAfter((zip) =>
            editEntry(zip, timelineEntry("ControlManifest.xml"), (text) => text.replace('namespace="AsyncOps"', 'namespace="Other"')),
        );
        assert.match(namespace, /makes the name aops_Other\.OperationStatusTimeline, not aops_AsyncOps\.OperationStatusTimeline/);
        const versioned = await problemsAfter((zip) =>
            editEntry(zip, timelineEntry("ControlManifest.xml"), (text) => text.replace(/(<control [^>]*?\sversion=")[^"]*"/, '$19.9.9"')),
        );
        assert.match(versioned, /manifest version "9\.9\.9" differs from the solution version/);
    });

    test("fails when a resource is missing, a bundle lacks its registration or is too big", async () => {
        assert.match(
            await problemsAfter((zip) => zip.remove(timelineEntry(`strings/${TIMELINE}.3082.resx`))),
            /strings\/OperationStatusTimeline\.3082\.resx is missing/,
        );
        assert.match(
            await problemsAfter((zip) => editEntry(zip, timelineEntry("bundle.js"), (text) => text.replace(/registerControl\([^)]*\)/g, "void 0"))),
            /bundle\.js does not register "AsyncOps\.OperationStatusTimeline"/,
        );
        assert.match(
            await problemsAfter((zip) => editEntry(zip, timelineEntry("bundle.js"), (text) => text + " ".repeat(5 * 1024 * 1024))),
            /bundle\.js is 5\.\d\d MB, above the 5 MB limit/,
        );
    });

    test("fails when the content types miss an extension or a manifest override", async () => {
        const problems = await problemsAfter((zip) =>
            editEntry(zip, "[Content_Types].xml", (text) =>
                text
                    .replace(/<Default Extension="resx"[^>]*\/>/, "")
                    .replace(/<Override PartName="\/Controls\/aops_AsyncOps\.OperationStatusTimeline\/ControlManifest\.xml"[^>]*\/>/, ""),
            ),
        );
        assert.match(
            problems,
            /no content type for Controls\/aops_AsyncOps\.OperationStatusTimeline\/strings\/OperationStatusTimeline\.1033\.resx \(extension "resx"\)/,
        );
        assert.match(problems, /no Override for \/Controls\/aops_AsyncOps\.OperationStatusTimeline\/ControlManifest\.xml/);
    });

    test("fails on folder entries and on files nobody names", async () => {
        const problems = await problemsAfter((zip) => {
            zip.folder("Controls");
            zip.file(timelineEntry("notes.txt"), "x");
        });
        assert.match(problems, /Controls\/ is a folder entry/);
        assert.match(problems, /notes\.txt: a file its control's manifest does not name/);
    });

    test("fails when a control of the project is missing, though the zip is consistent without it", async () => {
        const paths = fixture((p) => rmSync(join(p.controlsDir, "OperationsBoard"), { recursive: true }));
        const withoutBoard = await packageSolution({ ...paths, requiredControls: CONTROLS.filter((control) => control !== "OperationsBoard") });
        assert.deepEqual((await verifySolution({ ...withoutBoard, version })).problems, [], "consistent in itself");
        const { problems } = await verifySolution({ ...withoutBoard, version, requiredControls: CONTROLS });
        assert.equal(problems.filter((p) => /the control aops_AsyncOps\.OperationsBoard is missing/.test(p)).length, 2, problems.join("\n"));
        const run = spawnSync(
            process.execPath,
            [join(root, "scripts", "verify-solution.mjs"), "--dir", paths.outDir, "--name", "AsyncOpsControls", "--version", version],
            { encoding: "utf8" },
        );
        assert.equal(run.status, 1);
        assert.match(run.stderr, /AsyncOpsControls\.zip: the control aops_AsyncOps\.OperationsBoard is missing/);
    });

    test("fails when the two zips differ in more than Managed", async () => {
        const dir = inWork("pair");
        mkdirSync(dir, { recursive: true });
        const zip = await JSZip.loadAsync(readFileSync(good.managed));
        await editEntry(zip, timelineEntry("bundle.js"), (text) => `${text}\n`);
        const managed = join(dir, "managed.zip");
        writeFileSync(managed, await zip.generateAsync({ type: "nodebuffer" }));
        const { problems } = await verifySolution({ unmanaged: good.unmanaged, managed, version });
        assert.match(problems.join("\n"), /bundle\.js differs between the unmanaged and the managed zip/);
    });
});

describe("the verifier command", () => {
    test("exits 1 and names the problem when a zip is broken", async () => {
        const paths = fixture();
        const result = await packageSolution(paths);
        const zip = await JSZip.loadAsync(readFileSync(result.managed));
        zip.remove(`Controls/aops_AsyncOps.${TIMELINE}/bundle.js`);
        writeFileSync(result.managed, await zip.generateAsync({ type: "nodebuffer" }));
        const run = spawnSync(
            process.execPath,
            [join(root, "scripts", "verify-solution.mjs"), "--dir", paths.outDir, "--name", "AsyncOpsControls", "--version", version],
            { encoding: "utf8" },
        );
        assert.equal(run.status, 1);
        assert.match(
            run.stderr,
            /AsyncOpsControls_managed\.zip: Controls\/aops_AsyncOps\.OperationStatusTimeline: the manifest names <code path="bundle\.js">, but .* is missing/,
        );
        assert.match(run.stderr, /bundle\.js is in only one of the two zips/);
    });
});

describe("the zips `npm run build` wrote", () => {
    test("pass the verifier command", () => {
        const run = spawnSync(process.execPath, [join(root, "scripts", "verify-solution.mjs")], { encoding: "utf8" });
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /AsyncOpsControls\.zip \(Managed 0\) and AsyncOpsControls_managed\.zip \(Managed 1\)/);
    });
});

describe("bumping the version", () => {
    function tree() {
        const dir = inWork(freshName("tree"));
        for (const entry of ["package.json", "package-lock.json", "Solutions/src", ...CONTROLS.map((control) => `${control}/ControlManifest.Input.xml`)]) {
            cpSync(join(root, entry), join(dir, entry), { recursive: true });
        }
        return dir;
    }
    const [major, minor, patch] = version.split(".").map(Number);

    test("raises package.json, the lockfile, every control manifest and the solution together", () => {
        const dir = tree();
        const before = readFileSync(join(dir, TIMELINE, "ControlManifest.Input.xml"), "utf8");
        const { to } = bumpVersion({ root: dir, change: "patch" });
        assert.equal(to, `${major}.${minor}.${patch + 1}`);
        assert.equal(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version, to);
        const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8"));
        assert.equal(lock.version, to);
        assert.equal(lock.packages[""].version, to);
        for (const control of CONTROLS)
            assert.match(
                readFileSync(join(dir, control, "ControlManifest.Input.xml"), "utf8"),
                new RegExp(`<control [^>]*version="${to.replace(/\./g, "\\.")}"`),
            );
        assert.match(
            readFileSync(join(dir, "Solutions", "src", "Other", "Solution.xml"), "utf8"),
            new RegExp(`<Version>${to.replace(/\./g, "\\.")}</Version>`),
        );
        // Only the control's version changed: the platform libraries and everything else stay as they were.
        const after = readFileSync(join(dir, TIMELINE, "ControlManifest.Input.xml"), "utf8");
        assert.equal(after.replace(/(<control [^>]*?\sversion=")[^"]*"/, '$1X"'), before.replace(/(<control [^>]*?\sversion=")[^"]*"/, '$1X"'));
        assert.match(after, /<platform-library name="React" version="16\.14\.0"/);
    });

    test("minor and major reset the lower numbers; a lower version is refused", () => {
        assert.equal(bumpVersion({ root: tree(), change: "minor" }).to, `${major}.${minor + 1}.0`);
        assert.equal(bumpVersion({ root: tree(), change: "major" }).to, `${major + 1}.0.0`);
        const dir = tree();
        bumpVersion({ root: dir, change: "major" });
        assert.throws(
            () => bumpVersion({ root: dir, change: version }),
            /lower than the current .*only serves a new bundle when the control version increases/,
        );
        assert.throws(() => bumpVersion({ root: dir, change: "1.2" }), /neither patch, minor, major nor a version/);
    });

    test("a bumped package.json with controls built at the old version is refused at packing", async () => {
        const message = await refusal((p) => writeFileSync(p.packageJson, JSON.stringify({ version: `${major}.${minor}.${patch + 1}` })));
        assert.match(message, /manifest version ".*" differs from the package version/);
        assert.match(message, /npm run bump/);
    });
});
