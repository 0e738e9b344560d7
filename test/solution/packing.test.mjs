// The solution packager on temporary copies of the built controls and the solution source: the zips it
// writes, and each refusal, triggered by breaking one thing.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONTROLS } from "../../scripts/lib/controls.mjs";
import { packageSolution } from "../../scripts/package-solution.mjs";
import { verifySolution } from "../../scripts/verify-solution.mjs";
import JSZip from "jszip";
import { useWorkFolder, root, version, TIMELINE, fixture, edit, timelineFile, solutionXml, refusal } from "./solutionFixtures.mjs";

useWorkFolder();

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
