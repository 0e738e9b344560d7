// npm test: every test of the project.
//   1. the production build (lint, types, bundles, solution zips): a broken build fails the tests, and
//      nothing after it runs
//   2. then two lanes side by side, each suite printed whole when it ends:
//      - unit, component and lifecycle tests (jest, jsdom); broken minimal copies of the project must fail
//        to build (type, manifest and entry point errors; lint, fence and format cases through the APIs);
//        the solution-zip verifier; the benchmark's bundle accounting; then the browser tests on React
//        17.0.2 + Fluent 8.121.1 as in model-driven apps
//      - the browser tests on React 16.14 + Fluent 8.29 as in canvas apps, with every host state swept
//        (GALLERY_RUNTIME, scripts/gallery/runtimes.mjs), then the stock harness
//      The browser tests wait on the page, jest keeps to one core: side by side they share two cores.
// Ends with one line "N passed, N failed" over all suites. Nothing after step 1 builds again: every later
// suite uses what out/ and Solutions/bin hold (the build-fails-loudly suite builds throw-away copies).
//
// Inner loop: `npm test -- --no-build` skips step 1 and tests the last build; it refuses to run when out/
// holds no successful build, and says so when sources changed after it (run `npm run build` again).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildState } from "./lib/freshness.mjs";
import { run } from "./lib/run.mjs";
import { RUNTIMES, TESTED_RUNTIMES } from "./gallery/runtimes.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => join(root, "node_modules", ".bin", name);
const skipBuild = process.argv.includes("--no-build");
const results = [];

function record(name, passed, failed) {
    results.push({ name, passed, failed });
    console.log(`\n■ ${name}: ${passed} passed, ${failed} failed`);
}

async function buildSuite() {
    const { code } = await run(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root });
    record("build", code === 0 ? 1 : 0, code === 0 ? 0 : 1);
    return code === 0;
}

/** Runs a suite's command quietly and prints its output whole when it ends (lanes run side by side). */
async function runSuite(title, command, args, env = {}) {
    const started = Date.now();
    const result = await run(command, args, { cwd: root, env, echo: false });
    console.log(`\n▶ ${title} (${((Date.now() - started) / 1000).toFixed(0)} s)\n${result.output.trimEnd()}`);
    return result;
}

async function jestSuite() {
    const dir = mkdtempSync(join(tmpdir(), "aops-jest-"));
    const report = join(dir, "report.json");
    const { code } = await runSuite("unit, component and lifecycle tests", bin("jest"), ["--ci", "--json", `--outputFile=${report}`]);
    let passed = 0;
    let failed = code === 0 ? 0 : 1;
    if (existsSync(report)) {
        const summary = JSON.parse(readFileSync(report, "utf8"));
        passed = summary.numPassedTests;
        // A suite that fails to load has no failed tests of its own; count it as one failure.
        failed =
            summary.numFailedTests +
            summary.numRuntimeErrorTestSuites +
            (code !== 0 && summary.numFailedTests === 0 && summary.numRuntimeErrorTestSuites === 0 ? 1 : 0);
        if (summary.numTotalTests === 0) failed += 1;
    }
    rmSync(dir, { recursive: true, force: true });
    record("unit, component and lifecycle tests", passed, failed);
}

/** Suites written as node:test files print "# pass N" / "# fail N". */
async function nodeTestSuite(name, files, env = {}) {
    const present = files.filter((file) => existsSync(join(root, file)));
    if (present.length === 0) return;
    const { code, output } = await runSuite(name, process.execPath, ["--test", "--test-reporter=tap", ...present], env);
    const pass = Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0);
    const fail = Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0);
    record(name, pass, fail + (code !== 0 && fail === 0 ? 1 : 0));
}

if (skipBuild) {
    const state = buildState(root);
    if (!state.built) {
        console.error(`\n✖ npm test -- --no-build tests the last build, but ${state.reason}. Run \`npm run build\` first (or \`npm test\`, which builds).`);
        process.exit(1);
    }
    if (!state.fresh) console.warn(`\n⚠ ${state.reason}: the browser and zip tests see the last build's bundles (\`npm run build\` refreshes them).`);
}

/** The test files of a folder of test/ (`*.test.mjs`), but `except`. */
const testFiles = (folder, except = []) =>
    readdirSync(join(root, "test", folder))
        .filter((file) => file.endsWith(".test.mjs") && !except.includes(file))
        .sort()
        .map((file) => `test/${folder}/${file}`);
/** The gallery's browser test files: all but the stock harness's, which runs once. */
const GALLERY_TEST_FILES = testFiles("browser", ["harness.test.mjs"]);

const built = skipBuild || (await buildSuite());
if (built) {
    const browserSuite = (id) => nodeTestSuite(`browser tests on ${RUNTIMES[id].short}`, GALLERY_TEST_FILES, { GALLERY_RUNTIME: id });
    const [sweptRuntime, ...otherRuntimes] = TESTED_RUNTIMES;
    // The default runtime's run (with the sweeps) is the longest suite: it has a lane of its own, and the
    // other runtimes follow the Node suites in the other lane.
    const nodeLane = async () => {
        await jestSuite();
        await nodeTestSuite("the build fails loudly", ["test/build/build-fails-loudly.test.mjs"]);
        await nodeTestSuite("solution zip verifier", testFiles("solution"));
        await nodeTestSuite("benchmark tooling", ["test/tooling/bench-bundles.test.mjs"]);
        for (const id of otherRuntimes) await browserSuite(id);
    };
    const browserLane = async () => {
        await browserSuite(sweptRuntime);
        // The stock harness serves its own React 16.14 and Fluent 8.29, whatever the gallery runs.
        await nodeTestSuite("browser tests of the pcf-start harness", ["test/browser/harness.test.mjs"]);
    };
    await Promise.all([nodeLane(), browserLane()]);
} else {
    console.error("\nThe build failed, so the tests that need its output were not run.");
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log("\nSummary:");
for (const r of results) console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && built ? 0 : 1);
