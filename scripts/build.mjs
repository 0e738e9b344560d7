// npm run build: lint, type-check and build every control in production mode, and fail loudly.
// pcf-scripts exits 0 even when lint or TypeScript fails (and leaves a bundle without its registration),
// so every step's outcome is checked here instead of trusted.
//
// What keeps it quick: Prettier and ESLint run beside the bundling. pcf-scripts skips its own ESLint pass
// and its entry point check, which is made here on the syntax alone (scripts/lib/pcf-rebuild.mjs). Webpack
// only transpiles (webpack.config.js): tsc checks the controls and common/ as bundled and the tests, once,
// instead of ts-loader checking the whole project once per control. tsc starts as soon as pcf-scripts has
// written its manifest types and begins bundling, so it runs beside webpack; Prettier, ESLint and tsc keep
// caches in out/.cache, so an unchanged file is not checked twice. The first failure stops the rest.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTROLS, NAMESPACE } from "./lib/controls.mjs";
import { entryPointProblems } from "./lib/entryPoint.mjs";
import { clearBuildStamp, writeBuildStamp } from "./lib/freshness.mjs";
import { fail, run } from "./lib/run.mjs";
import { check as checkStrings } from "./strings.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => join(root, "node_modules", ".bin", name);
const cache = (name) => join(root, "out", ".cache", name);
const started = Date.now();
const timings = [];
const abort = new AbortController();
let firstFailure;

function step(title) {
    console.log(`\n▶ ${title}`);
}

function stopAll(problem) {
    if (firstFailure) return;
    firstFailure = problem;
    abort.abort();
}

/**
 * Runs one step beside others; its output is printed when it ends. `check` turns the result into a problem
 * (or null); a problem stops every step still running. Resolves true when the step passed.
 */
async function runStep({ title, command, args, cwd = root, env, check, onOutput }) {
    if (abort.signal.aborted) return false;
    const begun = Date.now();
    const result = await run(command, args, { cwd, env, echo: false, signal: abort.signal, onOutput });
    // Stopped because another step failed: that step's message is the one that counts.
    if (abort.signal.aborted) return false;
    const seconds = ((Date.now() - begun) / 1000).toFixed(1);
    step(`${title} (${seconds} s)`);
    process.stdout.write(result.output);
    timings.push(`${title} ${seconds} s`);
    const problem = check(result);
    if (problem) stopAll(problem);
    return !problem;
}

// Until every step has passed, out/ does not count as a build of these sources (npm start, npm test -- --no-build).
clearBuildStamp(root);

step("Strings: every control, every language");
const stringProblems = checkStrings();
if (stringProblems.length) fail(`resx files are inconsistent:\n  ${stringProblems.join("\n  ")}`);

step("Entry points: each control's index.ts exports its class only");
const entryProblems = CONTROLS.flatMap((control) => entryPointProblems(root, control));
if (entryProblems.length) fail(`pcf-scripts would refuse these code files:\n  ${entryProblems.join("\n  ")}`);

console.log("\n… Prettier, ESLint, the production bundles and then TypeScript run side by side; each step prints when it ends.");

// The tree is formatted with Prettier: an unformatted file fails the build (`npm run format` fixes it).
const formatting = runStep({
    title: "Prettier (formatting)",
    command: bin("prettier"),
    args: ["--check", "--cache", "--cache-location", cache("prettier"), "."],
    check: (result) => (result.code !== 0 ? "Files are not formatted: run `npm run format`." : null),
});

const lint = runStep({
    title: "ESLint (whole project)",
    command: bin("eslint"),
    args: ["--max-warnings", "0", "--cache", "--cache-strategy", "content", "--cache-location", cache("eslint/"), "."],
    check: (result) => (result.code !== 0 ? "ESLint found problems." : null),
});

// pcf-scripts writes generated/ManifestTypes.d.ts before it bundles and not after; webpack never reads them
// (type-only imports). From the moment it says it is bundling, the types can be cleaned and checked.
let bundlingBegan;
const typesWritten = new Promise((resolve) => (bundlingBegan = resolve));
const bundles = runStep({
    title: "pcf-scripts rebuild --buildMode production",
    // pcf-scripts' rebuild without its ESLint pass and its entry point check (both made here).
    command: process.execPath,
    args: [join(root, "scripts", "lib", "pcf-rebuild.mjs")],
    env: { ASYNCOPS_TRANSPILE_ONLY: "1" },
    onOutput: (text) => {
        if (text.includes("] Compiling and bundling control")) bundlingBegan();
    },
    check: (result) =>
        result.code !== 0 || /\[(?:re)?build\] Failed|\bERROR\b|error TS\d+/.test(result.output) || !/\[(?:re)?build\] Succeeded/.test(result.output)
            ? "pcf-scripts reported a failed build (manifest, bundling or size error above)."
            : null,
}).then((passed) => {
    bundlingBegan();
    if (!passed) return;
    for (const control of CONTROLS) {
        const bundle = join(root, "out", "controls", control, "bundle.js");
        if (!existsSync(bundle)) return stopAll(`${control}: no bundle.js was written.`);
        const text = readFileSync(bundle, "utf8");
        if (!text.includes(`registerControl('${NAMESPACE}.${control}'`))
            return stopAll(`${control}: bundle.js lacks its registration (a failed compile leaves such a bundle).`);
        console.log(`  ${control}: bundle.js ${statSync(bundle).size.toLocaleString("en-US")} bytes`);
    }
});

const types = typesWritten.then(async () => {
    if (abort.signal.aborted) return;
    // One generator serves every control in a root build and leaks earlier controls' properties into later
    // controls' types; regenerating inside each folder gives each control only its own.
    const refreshed = await Promise.all(
        CONTROLS.map((control) => run(bin("pcf-scripts"), ["refreshTypes"], { cwd: join(root, control), echo: false, signal: abort.signal })),
    );
    if (abort.signal.aborted) return;
    step("Clean generated/ManifestTypes.d.ts per control");
    const broken = refreshed.findIndex((result) => result.code !== 0 || !/Succeeded/.test(result.output));
    if (broken >= 0) return stopAll(`${CONTROLS[broken]}: refreshTypes failed:\n${refreshed[broken].output}`);

    // The product as pcf-scripts compiles it (tsconfig.json; --isolatedModules because webpack transpiles file
    // by file), and the tests with the controls and common/ they use (tsconfig.test.json).
    const tsc = (project, name) => ["--noEmit", "--pretty", "false", "-p", project, "--incremental", "--tsBuildInfoFile", cache(`tsc/${name}.tsbuildinfo`)];
    await Promise.all([
        runStep({
            title: "TypeScript (controls and common, as bundled)",
            command: bin("tsc"),
            args: [...tsc("tsconfig.json", "product"), "--isolatedModules"],
            check: (result) => (result.code !== 0 ? "TypeScript found errors (controls and common)." : null),
        }),
        // A copy of the project without its tests (test/build/) has nothing more to check here.
        existsSync(join(root, "test"))
            ? runStep({
                  title: "TypeScript (tests)",
                  command: bin("tsc"),
                  args: tsc("tsconfig.test.json", "tests"),
                  check: (result) => (result.code !== 0 ? "TypeScript found errors (tests, or the controls and common they use)." : null),
              })
            : console.log("\n▶ TypeScript (tests): no test/ folder, nothing to check"),
    ]);
});

await Promise.all([formatting, lint, bundles, types]);
if (firstFailure) fail(firstFailure);

const packageScript = join(root, "scripts", "package-solution.mjs");
if (existsSync(packageScript)) {
    step("Solution zips");
    if ((await run(process.execPath, [packageScript], { cwd: root })).code !== 0) fail("Packaging the solution failed.");
}

writeBuildStamp(root, started);
console.log(`\n✔ Build finished in ${((Date.now() - started) / 1000).toFixed(1)} s (${timings.join(", ")})`);
