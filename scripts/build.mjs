// npm run build: lint, type-check and build every control in production mode, and fail loudly.
// pcf-scripts exits 0 even when lint or TypeScript fails (and leaves a bundle without its registration),
// so every step's outcome is checked here instead of trusted.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTROLS, NAMESPACE } from "./lib/controls.mjs";
import { fail, run } from "./lib/run.mjs";
import { check as checkStrings } from "./strings.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => join(root, "node_modules", ".bin", name);
const started = Date.now();

function step(title) {
    console.log(`\n▶ ${title}`);
}

step("Strings: every control, every language");
const stringProblems = checkStrings();
if (stringProblems.length) fail(`resx files are inconsistent:\n  ${stringProblems.join("\n  ")}`);

// Prettier guards the layout once the tree has been formatted in one commit; until then the file that
// switches the check on (.prettier-enforced at the root) is absent and `npm run format:check` is advisory.
if (existsSync(join(root, ".prettier-enforced"))) {
    step("Prettier (formatting)");
    const prettierArgs = ["--check", "--cache", "--cache-location", join(root, "node_modules", ".cache", "prettier", "check"), "."];
    if ((await run(bin("prettier"), prettierArgs, { cwd: root })).code !== 0) fail("Files are not formatted: run `npm run format`.");
}

step("ESLint (whole project)");
if ((await run(bin("eslint"), ["--max-warnings", "0", "."], { cwd: root })).code !== 0) fail("ESLint found problems.");

step("pcf-scripts rebuild --buildMode production");
const build = await run(bin("pcf-scripts"), ["rebuild", "--buildMode", "production"], { cwd: root });
const buildFailed = build.code !== 0 || /\[(?:re)?build\] Failed|\bERROR\b|error TS\d+/.test(build.output) || !/\[(?:re)?build\] Succeeded/.test(build.output);
if (buildFailed) fail("pcf-scripts reported a failed build (lint, type or bundling error above).");

for (const control of CONTROLS) {
    const bundle = join(root, "out", "controls", control, "bundle.js");
    if (!existsSync(bundle)) fail(`${control}: no bundle.js was written.`);
    const text = readFileSync(bundle, "utf8");
    if (!text.includes(`registerControl('${NAMESPACE}.${control}'`)) fail(`${control}: bundle.js lacks its registration (a failed compile leaves such a bundle).`);
    console.log(`  ${control}: bundle.js ${statSync(bundle).size.toLocaleString("en-US")} bytes`);
}

step("Clean generated/ManifestTypes.d.ts per control");
// One generator serves every control in a root build and leaks earlier controls' properties into later
// controls' types; regenerating inside each folder gives each control only its own.
for (const control of CONTROLS) {
    const result = await run(bin("pcf-scripts"), ["refreshTypes"], { cwd: join(root, control), echo: false });
    if (result.code !== 0 || !/Succeeded/.test(result.output)) fail(`${control}: refreshTypes failed:\n${result.output}`);
}

step("TypeScript (controls, common and tests)");
if ((await run(bin("tsc"), ["--noEmit", "-p", "tsconfig.test.json"], { cwd: root })).code !== 0) fail("TypeScript found errors.");

const packageScript = join(root, "scripts", "package-solution.mjs");
if (existsSync(packageScript)) {
    step("Solution zips");
    if ((await run(process.execPath, [packageScript], { cwd: root })).code !== 0) fail("Packaging the solution failed.");
}

console.log(`\n✔ Build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
