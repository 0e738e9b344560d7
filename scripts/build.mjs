// npm run build: lint, type-check and build every control in production mode, and fail loudly.
// pcf-scripts exits 0 even when lint or TypeScript fails (and leaves a bundle without its registration),
// so every step's outcome is checked here instead of trusted.
//
// What keeps it quick: ESLint runs once, beside the bundling (pcf-scripts is told to skip its own ESLint
// pass); webpack only transpiles (webpack.config.js) because tsc checks the controls, common/ and the tests
// once afterwards instead of ts-loader checking the whole project once per control; the two tsc runs go
// side by side; ESLint and tsc keep caches in out/.cache, so an unchanged file is not checked twice.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTROLS, NAMESPACE } from "./lib/controls.mjs";
import { clearBuildStamp, writeBuildStamp } from "./lib/freshness.mjs";
import { fail, run } from "./lib/run.mjs";
import { check as checkStrings } from "./strings.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => join(root, "node_modules", ".bin", name);
const cache = (name) => join(root, "out", ".cache", name);
const started = Date.now();
const timings = [];

function step(title) {
    console.log(`\n▶ ${title}`);
}

/** Runs steps side by side; each one's output is printed when it ends. The first failure stops the rest. */
async function together(steps) {
    const abort = new AbortController();
    const failures = [];
    await Promise.all(
        steps.map(async ({ title, command, args, cwd = root, env, check }) => {
            const begun = Date.now();
            const result = await run(command, args, { cwd, env, echo: false, signal: abort.signal });
            if (abort.signal.aborted && failures.length) return;
            const seconds = (Date.now() - begun) / 1000;
            step(`${title} (${seconds.toFixed(1)} s)`);
            process.stdout.write(result.output);
            timings.push(`${title} ${seconds.toFixed(1)} s`);
            const problem = check(result);
            if (problem && !failures.length) {
                failures.push(problem);
                abort.abort();
            }
        }),
    );
    if (failures.length) fail(failures[0]);
}

// Until every step has passed, out/ does not count as a build of these sources (npm start, npm test -- --no-build).
clearBuildStamp(root);

step("Strings: every control, every language");
const stringProblems = checkStrings();
if (stringProblems.length) fail(`resx files are inconsistent:\n  ${stringProblems.join("\n  ")}`);

// Prettier guards the layout once the tree has been formatted in one commit; until then the file that
// switches the check on (.prettier-enforced at the root) is absent and `npm run format:check` is advisory.
if (existsSync(join(root, ".prettier-enforced"))) {
    step("Prettier (formatting)");
    const prettierArgs = ["--check", "--cache", "--cache-location", cache("prettier"), "."];
    if ((await run(bin("prettier"), prettierArgs, { cwd: root })).code !== 0) fail("Files are not formatted: run `npm run format`.");
}

console.log("\n… ESLint and the production bundles run side by side; each prints when it ends.");
await together([
    {
        title: "ESLint (whole project)",
        command: bin("eslint"),
        args: ["--max-warnings", "0", "--cache", "--cache-location", cache("eslint/"), "."],
        check: (result) => (result.code !== 0 ? "ESLint found problems." : null),
    },
    {
        title: "pcf-scripts rebuild --buildMode production",
        command: bin("pcf-scripts"),
        args: ["rebuild", "--buildMode", "production", "--skipBuildLinting", "true"],
        env: { ASYNCOPS_TRANSPILE_ONLY: "1" },
        check: (result) =>
            result.code !== 0 || /\[(?:re)?build\] Failed|\bERROR\b|error TS\d+/.test(result.output) || !/\[(?:re)?build\] Succeeded/.test(result.output)
                ? "pcf-scripts reported a failed build (manifest, bundling or size error above)."
                : null,
    },
]);

for (const control of CONTROLS) {
    const bundle = join(root, "out", "controls", control, "bundle.js");
    if (!existsSync(bundle)) fail(`${control}: no bundle.js was written.`);
    const text = readFileSync(bundle, "utf8");
    if (!text.includes(`registerControl('${NAMESPACE}.${control}'`))
        fail(`${control}: bundle.js lacks its registration (a failed compile leaves such a bundle).`);
    console.log(`  ${control}: bundle.js ${statSync(bundle).size.toLocaleString("en-US")} bytes`);
}

step("Clean generated/ManifestTypes.d.ts per control");
// One generator serves every control in a root build and leaks earlier controls' properties into later
// controls' types; regenerating inside each folder gives each control only its own.
const refreshed = await Promise.all(CONTROLS.map((control) => run(bin("pcf-scripts"), ["refreshTypes"], { cwd: join(root, control), echo: false })));
refreshed.forEach((result, index) => {
    if (result.code !== 0 || !/Succeeded/.test(result.output)) fail(`${CONTROLS[index]}: refreshTypes failed:\n${result.output}`);
});

// The product as pcf-scripts compiles it (tsconfig.json; --isolatedModules because webpack transpiles file
// by file), and the tests with the controls and common/ they use (tsconfig.test.json).
const tsc = (project, name) => ["--noEmit", "--pretty", "false", "-p", project, "--incremental", "--tsBuildInfoFile", cache(`tsc/${name}.tsbuildinfo`)];
await together([
    {
        title: "TypeScript (controls and common, as bundled)",
        command: bin("tsc"),
        args: [...tsc("tsconfig.json", "product"), "--isolatedModules"],
        check: (result) => (result.code !== 0 ? "TypeScript found errors (controls and common)." : null),
    },
    {
        title: "TypeScript (tests)",
        command: bin("tsc"),
        args: tsc("tsconfig.test.json", "tests"),
        check: (result) => (result.code !== 0 ? "TypeScript found errors (tests, or the controls and common they use)." : null),
    },
]);

const packageScript = join(root, "scripts", "package-solution.mjs");
if (existsSync(packageScript)) {
    step("Solution zips");
    if ((await run(process.execPath, [packageScript], { cwd: root })).code !== 0) fail("Packaging the solution failed.");
}

writeBuildStamp(root, started);
console.log(`\n✔ Build finished in ${((Date.now() - started) / 1000).toFixed(1)} s (${timings.join(", ")})`);
