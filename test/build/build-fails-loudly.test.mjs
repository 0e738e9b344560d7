// The toolchain exits 0 when lint, TypeScript or the manifest fails; our build must not. Each test copies
// a minimal project (the configuration, the build scripts, common/ and the smallest control, node_modules
// linked) to a temporary folder, breaks one thing and runs the real scripts/build.mjs on it. The first test
// builds the unbroken copy, so a failure below cannot come from the copy being incomplete. The two full
// builds (unbroken, type error) start first; the quick failures share the remaining slot.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTROLS } from "../../scripts/lib/controls.mjs";
import { run } from "../../scripts/lib/run.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const CONFIG = [
    "package.json",
    "tsconfig.json",
    "tsconfig.test.json",
    "pcfconfig.json",
    "featureconfig.json",
    "webpack.config.js",
    "eslint.config.mjs",
    ".prettierrc.json",
    ".prettierignore",
];
// The build and what it imports; packaging is left out (scripts/build.mjs skips it), the zip suite tests it.
const SCRIPTS = ["scripts/build.mjs", "scripts/strings.mjs", "scripts/lib"];

function folderBytes(dir) {
    return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
        const path = join(dir, entry.name);
        return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
    }, 0);
}

/** The control with the least code: the quickest to bundle. */
const CONTROL = CONTROLS.map((name) => ({ name, bytes: folderBytes(join(root, name)) })).sort((a, b) => a.bytes - b.bytes)[0].name;

function copyProject() {
    const dir = mkdtempSync(join(tmpdir(), "aops-broken-"));
    for (const entry of [...CONFIG, ...SCRIPTS, "common", CONTROL]) {
        if (!existsSync(join(root, entry))) continue;
        cpSync(join(root, entry), join(dir, entry), {
            recursive: true,
            filter: (src) => !/[\\/](out|generated|node_modules)([\\/]|$)/.test(src.slice(root.length)),
        });
    }
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "junction");
    return dir;
}

async function buildBroken(breakIt) {
    const dir = copyProject();
    try {
        breakIt(dir);
        return { dir, ...(await run(process.execPath, [join(dir, "scripts", "build.mjs")], { cwd: dir, echo: false })) };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

function addFile(dir, relative, text) {
    mkdirSync(join(dir, relative, ".."), { recursive: true });
    writeFileSync(join(dir, relative), text);
}

describe(`the build of a minimal copy (common/ and ${CONTROL})`, { concurrency: 3 }, () => {
    test("builds when nothing is broken", async () => {
        const result = await buildBroken(() => undefined);
        assert.equal(result.code, 0, result.output);
        assert.match(result.output, new RegExp(`${CONTROL}: bundle\\.js [\\d,]+ bytes`));
        assert.match(result.output, /✔ Build finished/);
    });

    test("a type error in a control fails the build and names the file", async () => {
        const result = await buildBroken((dir) => {
            const index = join(dir, CONTROL, "index.ts");
            const source = readFileSync(index, "utf8");
            assert.match(source, /public getOutputs\(\): IOutputs \{/);
            writeFileSync(
                index,
                source.replace(
                    "public getOutputs(): IOutputs {",
                    'public getOutputs(): IOutputs {\n        const count: number = "not a number";\n        void count;',
                ),
            );
        });
        assert.notEqual(result.code, 0);
        assert.match(result.output, new RegExp(`${CONTROL}[\\\\/]index\\.ts\\(\\d+,\\d+\\): error TS2322`));
        assert.match(result.output, /✖ TypeScript found errors/);
    });

    test("a lint error in a control fails the build", async () => {
        const result = await buildBroken((dir) =>
            addFile(dir, `${CONTROL}/model/lintBreaker.ts`, "export function broken(): void {\n    let unused = 1;\n}\n"),
        );
        assert.notEqual(result.code, 0);
        assert.match(result.output, /lintBreaker\.ts/);
        assert.match(result.output, /✖ ESLint found problems/);
    });

    test("a Web API call in a control's model/ fails the build", async () => {
        const source = [
            "export async function readJobs(webAPI: { retrieveMultipleRecords(entity: string, options?: string): Promise<unknown> }): Promise<unknown> {",
            '    return webAPI.retrieveMultipleRecords("asyncoperation", "?$top=1");',
            "}",
            "",
        ].join("\n");
        const result = await buildBroken((dir) => addFile(dir, `${CONTROL}/model/webApiBreaker.ts`, source));
        assert.notEqual(result.code, 0);
        assert.match(result.output, /webApiBreaker\.ts[\s\S]*fence\/host-calls/);
        assert.match(result.output, /✖ ESLint found problems/);
    });

    test("a manifest pcf-scripts rejects fails the build, though pcf-scripts exits 0", async () => {
        const result = await buildBroken((dir) => {
            const manifest = join(dir, CONTROL, "ControlManifest.Input.xml");
            const source = readFileSync(manifest, "utf8");
            assert.match(source, /usage="bound"/);
            writeFileSync(manifest, source.replace('usage="bound"', 'usage="sometimes"'));
        });
        assert.notEqual(result.code, 0);
        assert.match(result.output, /\[rebuild\] Failed/);
        assert.match(result.output, /✖ pcf-scripts reported a failed build/);
    });
});
