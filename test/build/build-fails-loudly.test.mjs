// The toolchain exits 0 when lint, TypeScript or the manifest fails; our build must not. These tests copy a
// minimal project (the configuration, the build scripts, common/ and the smallest control, node_modules
// linked) to a temporary folder and run the real scripts/build.mjs on it: first unbroken, so a failure
// below cannot come from the copy being incomplete; then, in that copy and in a copy of it taken after its
// build, side by side, with one thing broken at a time (and put back after). The broken builds start
// from the unbroken build's output and caches, as a developer's would: they also show that a warm cache
// does not hide a new error.
//
// Lint, fence and formatting mistakes need no build of their own: the build fails whenever ESLint or
// Prettier reports a problem (the broken builds above prove a failing step stops it), so those cases ask
// ESLint and Prettier, through their APIs and with the project's own configuration, whether they object.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import * as prettier from "prettier";
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

/** Text without the terminal's color codes. */
// eslint-disable-next-line no-control-regex
const stripColors = (text) => text.replace(/\x1b\[[0-9;]*m/g, "");

/** The control with the least code: the quickest to bundle. */
const CONTROL = CONTROLS.map((name) => ({ name, bytes: folderBytes(join(root, name)) })).sort((a, b) => a.bytes - b.bytes)[0].name;

/** A copy of the minimal project in a temporary folder. */
class Copy {
    constructor(from) {
        this.dir = mkdtempSync(join(tmpdir(), "aops-broken-"));
        if (from) {
            cpSync(from.dir, this.dir, { recursive: true, filter: (src) => src !== join(from.dir, "node_modules") });
        } else {
            for (const entry of [...CONFIG, ...SCRIPTS, "common", CONTROL]) {
                if (!existsSync(join(root, entry))) continue;
                cpSync(join(root, entry), join(this.dir, entry), {
                    recursive: true,
                    filter: (src) => !/[\\/](out|generated|node_modules)([\\/]|$)/.test(src.slice(root.length)),
                });
            }
        }
        symlinkSync(join(root, "node_modules"), join(this.dir, "node_modules"), "junction");
    }

    build() {
        return run(process.execPath, [join(this.dir, "scripts", "build.mjs")], { cwd: this.dir, echo: false });
    }

    /** Builds with `relative` holding `change` (text, or a function of the old text), then puts it back. */
    async buildWith(relative, change) {
        const path = join(this.dir, relative);
        const original = existsSync(path) ? readFileSync(path, "utf8") : undefined;
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, typeof change === "function" ? change(original) : change);
        try {
            return await this.build();
        } finally {
            if (original === undefined) rmSync(path);
            else writeFileSync(path, original);
        }
    }

    remove() {
        rmSync(this.dir, { recursive: true, force: true });
    }
}

const unbroken = { copy: undefined, built: false };

describe(`the build of a minimal copy (common/ and ${CONTROL})`, () => {
    before(() => {
        unbroken.copy = new Copy();
    });

    after(() => unbroken.copy.remove());

    test("builds when nothing is broken", async () => {
        const result = await unbroken.copy.build();
        assert.equal(result.code, 0, result.output);
        assert.match(result.output, new RegExp(`${CONTROL}: bundle\\.js [\\d,]+ bytes`));
        assert.match(result.output, /✔ Build finished/);
        unbroken.built = true;
    });

    describe("fails loudly when broken", { concurrency: 2 }, () => {
        // Two lanes side by side, each one case at a time: the built copy, and a copy of it taken before
        // either lane breaks anything (its ESLint and Prettier caches start cold: they key files by path).
        const lanes = {};
        before(() => {
            lanes.second = new Copy(unbroken.copy);
        });
        after(() => lanes.second?.remove());

        describe("in the built copy", { concurrency: 1 }, () => {
            test("a type error in a control fails the build and names the file", async () => {
                assert.ok(unbroken.built, "the unbroken copy did not build, so this failure would prove nothing");
                const result = await unbroken.copy.buildWith(`${CONTROL}/index.ts`, (source) => {
                    const render = "protected render(context: ComponentFramework.Context<IInputs>): React.ReactElement {";
                    assert.ok(source.includes(render), "the index has its render method");
                    return source.replace(render, `${render}\n        const count: number = "not a number";\n        void count;`);
                });
                assert.notEqual(result.code, 0);
                assert.match(result.output, new RegExp(`${CONTROL}[\\\\/]index\\.ts\\(\\d+,\\d+\\): error TS2322`));
                assert.match(result.output, /✖ TypeScript found errors/);
            });

            test("a React export the bindings module lacks fails the build, rather than being undefined on the form", async () => {
                assert.ok(unbroken.built, "the unbroken copy did not build, so this failure would prove nothing");
                const result = await unbroken.copy.buildWith("common/components/reactBindings.ts", (source) => {
                    assert.match(source, /\bmemo, /, "the bindings hold memo, which the control uses");
                    return source.replace(/\bmemo, /, "");
                });
                assert.notEqual(result.code, 0);
                // webpack colors its message.
                assert.match(stripColors(result.output), /export 'memo' \(imported as 'React'\) was not found/);
                assert.match(result.output, /✖ pcf-scripts reported a failed build/);
            });
        });

        describe("in a copy of it", { concurrency: 1 }, () => {
            test("a manifest pcf-scripts rejects fails the build, though pcf-scripts exits 0", async () => {
                assert.ok(unbroken.built, "the unbroken copy did not build, so this failure would prove nothing");
                const result = await lanes.second.buildWith(`${CONTROL}/ControlManifest.Input.xml`, (manifest) => {
                    assert.match(manifest, /usage="bound"/);
                    return manifest.replace('usage="bound"', 'usage="sometimes"');
                });
                assert.notEqual(result.code, 0);
                assert.match(result.output, /\[rebuild\] Failed/);
                assert.match(result.output, /✖ pcf-scripts reported a failed build/);
            });

            test("an index.ts that exports more than its class fails the build", async () => {
                assert.ok(unbroken.built, "the unbroken copy did not build, so this failure would prove nothing");
                const result = await lanes.second.buildWith(`${CONTROL}/index.ts`, (source) => `${source}\nexport const extra = 1;\n`);
                assert.notEqual(result.code, 0);
                assert.match(result.output, new RegExp(`${CONTROL}/index\\.ts: exports more than one thing`));
                assert.match(result.output, /✖ pcf-scripts would refuse these code files/);
            });
        });
    });
});

describe("what the build's ESLint and Prettier steps object to (the project's configuration, through their APIs)", () => {
    const eslint = new ESLint({ cwd: root });
    /** ESLint's messages for `source` as if it were the file `relative` of the project. */
    async function lint(relative, source) {
        const [result] = await eslint.lintText(source, { filePath: join(root, relative) });
        return result.messages.map((m) => `${m.ruleId ?? "parse"}: ${m.message}`);
    }

    test("the same files pass when nothing is wrong (so the failures below come from the mistake)", async () => {
        assert.deepEqual(await lint(`${CONTROL}/model/lintBreaker.ts`, "export function fine(): number {\n    return 1;\n}\n"), []);
        const options = await prettier.resolveConfig(join(root, CONTROL, "model", "formatBreaker.ts"));
        assert.ok(await prettier.check("export const answer = 42;\n", { ...options, filepath: join(root, CONTROL, "model", "formatBreaker.ts") }));
    });

    test("a lint error in a control", async () => {
        // A mistake only ESLint objects to (tsc accepts it).
        const messages = await lint(`${CONTROL}/model/lintBreaker.ts`, "export function broken(): void {\n    debugger;\n}\n");
        assert.ok(
            messages.some((m) => m.startsWith("no-debugger: Unexpected 'debugger' statement")),
            messages.join("\n"),
        );
    });

    test("a Web API call in a control's model/", async () => {
        const source = [
            "export async function readJobs(webAPI: { retrieveMultipleRecords(entity: string, options?: string): Promise<unknown> }): Promise<unknown> {",
            '    return webAPI.retrieveMultipleRecords("asyncoperation", "?$top=1");',
            "}",
            "",
        ].join("\n");
        const messages = await lint(`${CONTROL}/model/webApiBreaker.ts`, source);
        assert.ok(
            messages.some((m) => m.startsWith("fence/host-calls:")),
            messages.join("\n"),
        );
        assert.deepEqual(await lint(`${CONTROL}/sources/webApiReader.ts`, source), [], "the same call is allowed in sources/");
    });

    test("a file Prettier would change", async () => {
        const filepath = join(root, CONTROL, "model", "formatBreaker.ts");
        const options = await prettier.resolveConfig(filepath);
        assert.equal(await prettier.check("export const answer   =  42\n", { ...options, filepath }), false);
        assert.equal(
            await prettier.getFileInfo(filepath, { ignorePath: join(root, ".prettierignore") }).then((info) => info.ignored),
            false,
            "the build's Prettier step checks the file",
        );
    });
});
