// The toolchain exits 0 when lint or TypeScript fails; our build must not. These tests copy the project
// to a temporary folder, break one control, and expect `npm run build` (scripts/build.mjs) to fail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "../../scripts/lib/run.mjs";
import { CONTROLS } from "../../scripts/lib/controls.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const SOURCES = ["package.json", "tsconfig.json", "tsconfig.test.json", "pcfconfig.json", "eslint.config.mjs", "common", "scripts", "test", ...CONTROLS];

function copyProject() {
    const dir = mkdtempSync(join(tmpdir(), "aops-broken-"));
    for (const entry of SOURCES) {
        cpSync(join(root, entry), join(dir, entry), { recursive: true, filter: (src) => !/[\\/](out|generated|node_modules)([\\/]|$)/.test(src.slice(root.length)) });
    }
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "junction");
    return dir;
}

async function buildIn(dir) {
    return run(process.execPath, [join(dir, "scripts", "build.mjs")], { cwd: dir, echo: false });
}

test("a lint error in a control fails the build", async () => {
    const dir = copyProject();
    try {
        const file = join(dir, "IntegrationJobProgress", "model", "lintBreaker.ts");
        writeFileSync(file, "export function broken(): void {\n    let unused = 1;\n}\n");
        const result = await buildIn(dir);
        assert.notEqual(result.code, 0);
        assert.match(result.output, /ESLint found problems/);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});

test("a type error in a control fails the build and names the file", async () => {
    const dir = copyProject();
    try {
        const index = join(dir, "StagedDependencyViewer", "index.ts");
        const source = readFileSync(index, "utf8");
        writeFileSync(index, source.replace("public getOutputs(): IOutputs {", "public getOutputs(): IOutputs {\n        const count: number = \"not a number\";\n        void count;"));
        const result = await buildIn(dir);
        assert.notEqual(result.code, 0);
        assert.match(result.output, /StagedDependencyViewer[\\/]index\.ts/);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
