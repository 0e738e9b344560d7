// The solution packager, the zip verifier and the version bump, run on temporary copies of the built
// controls (out/controls, written by `npm run build`) and of the solution source, so other builds running
// at the same time never change what a test sees. Each refusal is triggered by breaking one thing.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { CONTROLS } from "../../scripts/lib/controls.mjs";
import { packageSolution, PackagingError } from "../../scripts/package-solution.mjs";
import { verifySolution, verifyZip } from "../../scripts/verify-solution.mjs";
import { bumpVersion } from "../../scripts/bump-version.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
const TIMELINE = "OperationStatusTimeline";
let work;
let counter = 0;

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

/** A fresh copy of the inputs (built controls, solution source, package.json), broken by `breakIt` if given. */
function fixture(breakIt = () => {}) {
    const dir = join(work, `case${(counter += 1)}`);
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

const edit = (path, change) => writeFileSync(path, change(readFileSync(path, "utf8")));
const timelineFile = (paths, ...parts) => join(paths.controlsDir, TIMELINE, ...parts);
const solutionXml = (paths) => join(paths.solutionDir, "src", "Other", "Solution.xml");

/** Packs a broken fixture and returns the refusal; fails when it packs or writes a zip. */
async function refusal(breakIt) {
    const paths = fixture(breakIt);
    const error = await packageSolution(paths).then(
        () => assert.fail("packing should have been refused"),
        (caught) => caught,
    );
    assert.ok(error instanceof PackagingError, `expected a PackagingError, got ${error}`);
    assert.ok(!existsSync(paths.outDir) || readdirSync(paths.outDir).length === 0, "a refused run must not write zips");
    return error.message;
}

describe("packing the solution", () => {
    test("writes an unmanaged and a managed zip that the verifier accepts", async () => {
        const paths = fixture();
        const result = await packageSolution(paths);
        assert.equal(result.unmanaged, join(paths.outDir, "AsyncOpsControls.zip"));
        assert.equal(result.managed, join(paths.outDir, "AsyncOpsControls_managed.zip"));
        assert.deepEqual(result.controls, CONTROLS.map((control) => `aops_AsyncOps.${control}`).sort());
        const { problems, controls } = await verifySolution({ ...result, version });
        assert.deepEqual(problems, []);
        assert.equal(controls.length, CONTROLS.length);
    });

    test("lays the zip out as dotnet does: three root files, one folder per control with its resources", async () => {
        const paths = fixture();
        const zip = await JSZip.loadAsync(readFileSync((await packageSolution(paths)).unmanaged));
        const names = Object.keys(zip.files);
        for (const file of ["solution.xml", "customizations.xml", "[Content_Types].xml"]) assert.ok(names.includes(file), file);
        assert.ok(
            names.every((name) => !zip.files[name].dir),
            "no folder entries",
        );
        for (const control of CONTROLS) {
            const folder = `Controls/aops_AsyncOps.${control}`;
            for (const file of ["ControlManifest.xml", "bundle.js", ...[1033, 1031, 1036, 3082, 1041, 1025].map((lcid) => `strings/${control}.${lcid}.resx`)]) {
                assert.ok(names.includes(`${folder}/${file}`), `${folder}/${file}`);
            }
        }
        assert.ok(!names.some((name) => name.endsWith("LICENSE.txt")), "files the manifest does not name stay out");
        const solution = await zip.file("solution.xml").async("string");
        assert.match(solution, /<UniqueName>AsyncOpsControls<\/UniqueName>/);
        assert.match(solution, /<CustomizationPrefix>aops<\/CustomizationPrefix>/);
        assert.match(solution, /<Managed>0<\/Managed>/);
        assert.match(solution, new RegExp(`<Version>${version.replace(/\./g, "\\.")}</Version>`));
        assert.match(solution, /<RootComponent type="66" schemaName="aops_AsyncOps\.OperationStatusTimeline" behavior="0"\/>/);
        assert.match(solution, /<RootComponent type="66" schemaName="aops_AsyncOps\.OperationsBoard" behavior="0"\/>/);
        const board = await zip.file("Controls/aops_AsyncOps.OperationsBoard/ControlManifest.xml").async("string");
        assert.match(board, /<data-set name="operations"/, "the board's data set is in its manifest");
        assert.match(solution, /<EMailAddress xsi:nil="true"\/>/);
    });

    test("gives byte-identical zips from the same sources, whatever the files' times", async () => {
        const paths = fixture();
        const first = await packageSolution(paths);
        const firstBytes = [readFileSync(first.unmanaged), readFileSync(first.managed)];
        const later = new Date(Date.now() + 3_600_000);
        utimesSync(timelineFile(paths, "bundle.js"), later, later);
        const second = await packageSolution({ ...paths, outDir: join(paths.outDir, "again") });
        assert.ok(readFileSync(second.unmanaged).equals(firstBytes[0]), "unmanaged zips differ");
        assert.ok(readFileSync(second.managed).equals(firstBytes[1]), "managed zips differ");
    });

    test("takes publisher, name and version from the solution source, so a user gets their own solution", async () => {
        const paths = fixture((p) =>
            edit(solutionXml(p), (text) =>
                text
                    .replace("<UniqueName>AsyncOpsControls</UniqueName>", "<UniqueName>ContosoOps</UniqueName>")
                    .replace("<CustomizationPrefix>aops</CustomizationPrefix>", "<CustomizationPrefix>contoso</CustomizationPrefix>"),
            ),
        );
        const result = await packageSolution(paths);
        assert.equal(result.managed, join(paths.outDir, "ContosoOps_managed.zip"));
        assert.ok(result.controls.every((name) => name.startsWith("contoso_AsyncOps.")));
        assert.deepEqual((await verifySolution({ ...result, version })).problems, []);
    });

    test("packs every resource a manifest names, with a content type for each extension", async () => {
        const paths = fixture((p) => {
            mkdirSync(timelineFile(p, "css"));
            writeFileSync(timelineFile(p, "css", "Timeline.css"), ".timeline { color: red; }");
            mkdirSync(timelineFile(p, "img"));
            writeFileSync(timelineFile(p, "img", "icon.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
            edit(timelineFile(p, "ControlManifest.xml"), (text) =>
                text.replace(
                    '<code path="bundle.js" order="1"/>',
                    '<code path="bundle.js" order="1"/><css path="css/Timeline.css" order="1"/><img path="img/icon.png"/>',
                ),
            );
        });
        const result = await packageSolution(paths);
        const zip = await JSZip.loadAsync(readFileSync(result.unmanaged));
        assert.ok(zip.file(`Controls/aops_AsyncOps.${TIMELINE}/css/Timeline.css`));
        assert.ok(zip.file(`Controls/aops_AsyncOps.${TIMELINE}/img/icon.png`));
        const types = await zip.file("[Content_Types].xml").async("string");
        for (const extension of ["css", "png", "js", "resx"])
            assert.match(types, new RegExp(`<Default Extension="${extension}" ContentType="application/octet-stream"/>`));
        assert.match(types, /<Default Extension="xml" ContentType="text\/xml"\/>/);
        assert.deepEqual((await verifySolution({ ...result, version })).problems, []);
    });

    test("refuses a built manifest that is not well-formed XML", async () => {
        const message = await refusal((p) => edit(timelineFile(p, "ControlManifest.xml"), (text) => text.replace("</resources>", "")));
        assert.match(message, /OperationStatusTimeline: .*ControlManifest\.xml is not well-formed XML/);
    });

    test("refuses a bundle without its registration (what a failed compile leaves)", async () => {
        const message = await refusal((p) => edit(timelineFile(p, "bundle.js"), (text) => text.replace(/registerControl\([^)]*\)/g, "void 0")));
        assert.match(message, /OperationStatusTimeline: bundle\.js does not register "AsyncOps\.OperationStatusTimeline"/);
    });

    test("refuses when a resource the manifest names is missing", async () => {
        const message = await refusal((p) => rmSync(timelineFile(p, "strings", `${TIMELINE}.1041.resx`)));
        assert.match(message, /names <resx path="strings\/OperationStatusTimeline\.1041\.resx">, but .* is missing/);
    });

    test("refuses a bundle above 5 MB", async () => {
        const message = await refusal((p) => edit(timelineFile(p, "bundle.js"), (text) => `${text}\n/*${"x".repeat(5 * 1024 * 1024)}*/`));
        assert.match(message, /bundle\.js is 5\.\d\d MB, above the 5 MB limit/);
    });

    for (const [prefix, reason] of [
        ["mscrmx", /must not start with "mscrm"/],
        ["1ops", /must be 2 to 8 letters or digits, starting with a letter/],
        ["a", /must be 2 to 8 letters or digits/],
        ["toolongprefix", /must be 2 to 8 letters or digits/],
    ]) {
        test(`refuses the customization prefix "${prefix}"`, async () => {
            const message = await refusal((p) => edit(solutionXml(p), (text) => text.replace("<CustomizationPrefix>aops<", `<CustomizationPrefix>${prefix}<`)));
            assert.match(message, reason);
        });
    }

    test("refuses an option value prefix outside 10000–99999", async () => {
        const message = await refusal((p) =>
            edit(solutionXml(p), (text) => text.replace(/<CustomizationOptionValuePrefix>\d+</, "<CustomizationOptionValuePrefix>9999<")),
        );
        assert.match(message, /option value prefix "9999" must be a number from 10000 to 99999/);
    });

    test("refuses a namespace that breaks the rules", async () => {
        const message = await refusal((p) =>
            edit(timelineFile(p, "ControlManifest.xml"), (text) => text.replace('namespace="AsyncOps"', 'namespace="AsyncOps.2"')),
        );
        assert.match(message, /namespace "AsyncOps\.2" must be/);
    });

    test("refuses a constructor that breaks the rules or differs from its folder", async () => {
        const bad = await refusal((p) =>
            edit(timelineFile(p, "ControlManifest.xml"), (text) => text.replace(`constructor="${TIMELINE}"`, 'constructor="9Timeline"')),
        );
        assert.match(bad, /constructor "9Timeline" must be letters and digits only and not start with a digit/);
        const moved = await refusal((p) =>
            edit(timelineFile(p, "ControlManifest.xml"), (text) => text.replace(`constructor="${TIMELINE}"`, 'constructor="Timeline"')),
        );
        assert.match(moved, /constructor "Timeline" differs from its folder name "OperationStatusTimeline"/);
    });

    test("refuses a control or solution version that differs from package.json", async () => {
        const control = await refusal((p) =>
            edit(timelineFile(p, "ControlManifest.xml"), (text) => text.replace(/(<control [^>]*?\sversion=")[^"]*"/, '$10.9.0"')),
        );
        assert.match(control, /OperationStatusTimeline: manifest version "0\.9\.0" differs from the package version/);
        const solution = await refusal((p) => edit(solutionXml(p), (text) => text.replace(/<Version>[^<]*</, "<Version>0.9.0<")));
        assert.match(solution, /solution version "0\.9\.0" differs from the package version/);
    });

    test("refuses when a control was not built", async () => {
        const message = await refusal((p) => rmSync(join(p.controlsDir, "StagedDependencyViewer"), { recursive: true }));
        assert.match(message, /StagedDependencyViewer: not built/);
    });

    test("the command exits 1 with every problem listed", () => {
        const paths = fixture((p) => {
            rmSync(timelineFile(p, "strings", `${TIMELINE}.1025.resx`));
            edit(solutionXml(p), (text) => text.replace("<CustomizationPrefix>aops<", "<CustomizationPrefix>mscrm<"));
        });
        const run = spawnSync(
            process.execPath,
            [
                join(root, "scripts", "package-solution.mjs"),
                "--controls",
                paths.controlsDir,
                "--solution",
                paths.solutionDir,
                "--out",
                paths.outDir,
                "--package",
                paths.packageJson,
            ],
            { encoding: "utf8" },
        );
        assert.equal(run.status, 1);
        assert.match(run.stderr, /The solution was not packed/);
        assert.match(run.stderr, /1025\.resx/);
        assert.match(run.stderr, /mscrm/);
    });
});

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
        const dir = join(work, "pair");
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
        const dir = join(work, `tree${(counter += 1)}`);
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
