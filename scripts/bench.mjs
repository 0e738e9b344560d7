/* global window -- page.evaluate callbacks run in the browser */
// npm run bench: builds once, then measures in one run and reports (it never fails on a figure):
//   - production bundle size per control (bytes and gzip)
//   - build time (npm run build, wall clock)
//   - StagedDependencyViewer in headless Chromium through the gallery, at 1,000 / 10,000 / 100,000
//     entries: first updateView (parse + model) against a bare JSON.parse of the same text (ratio), first
//     paint, list rows in the DOM, JSON re-parses across 100 further updateView calls with the same value,
//     and the time of one updateView with the same value (median over 30 batches of 200 calls; alone, and
//     with ReactDOM.render of the element it returns)
//   - StagedDependencyViewer, a value of 100,000 / 1,000,000 entries arriving on a mounted control: first
//     entry row, complete read (against a bare JSON.parse), longest main-thread task, JS heap, and a search
//     typed key by key (last key → match count, longest task)
//   - IntegrationJobProgress: Web API requests of the first load and of one refresh at 12 and 10,000
//     packets (counted by the gallery's fake Web API; the page clock is advanced past the interval)
//   - OperationsBoard with 5,000 loaded rows: the first screen of rows (updateView + render, the rows
//     exist when ReactDOM.render returns), against a floor of 100 ms; a repeated updateView
// Prints the tables, writes bench/results/latest.json (git-ignored) and docs/benchmarks.md (committed: the
// README and docs link to it, never copy its figures). `--no-build` measures the bundles out/ holds.
// `--reading` measures only the large values arriving (no build, nothing written), for comparing changes
// to the sliced reading quickly and several times in the same conditions.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTROLS } from "./lib/controls.mjs";
import { benchmarkPage } from "./lib/benchReport.mjs";
import { bundleTables, measureBundles, roomsOf } from "./lib/benchBundles.mjs";
import { measureColdStarts } from "./lib/coldStart.mjs";
import { openGallery } from "./gallery/galleryPage.mjs";
import { round } from "./lib/benchFigures.mjs";
import { GC_FLAGS, SEARCH_QUERY, STREAM_RUNS, UPDATES, measureDependencies, measureStreamedReadings } from "./lib/benchViewer.mjs";
import {
    BOARD_FLOOR_MS,
    CELLS_FLOOR_MS,
    CELLS_ROWS,
    LARGE_VIEW_ROWS,
    LONG_TASK_FLOOR_MS,
    measureBoard,
    measureGridCells,
    measureLargeView,
} from "./lib/benchBoard.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
/** GALLERY_ROOT: measure another checkout's build (as the gallery tests can). */
const outRoot = process.env.GALLERY_ROOT ?? root;
const readingOnly = process.argv.includes("--reading");
const skipBuild = process.argv.includes("--no-build") || readingOnly || outRoot !== root;
const PACKET_COUNTS = [12, 10000];
const REFRESH_SECONDS = 15;

function build() {
    if (skipBuild) return { ok: true, seconds: null };
    console.log("Building (npm run build)…");
    const started = Date.now();
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const result = spawnSync(npm, ["run", "build"], {
        cwd: root,
        encoding: "utf8",
        shell: process.platform === "win32",
        // With source maps (not referenced by the bundles, not packaged): bundleFolders reads them.
        env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "true", APPLICATION_INSIGHTS_NO_STATSBEAT: "true", ASYNCOPS_SOURCE_MAP: "1" },
    });
    const seconds = (Date.now() - started) / 1000;
    if (result.status !== 0) console.error(`${result.stdout}\n${result.stderr}\nThe build failed; measuring the bundles out/ holds.`);
    return { ok: result.status === 0, seconds };
}

function jobDefinition(packets) {
    const id = `44444444-0000-4000-8000-${String(packets).padStart(12, "0")}`;
    const job = {
        msdyn_integrationjobid: id,
        msdyn_name: `Bench ${packets}`,
        msdyn_numberofpackets: packets,
        msdyn_status: 192350003,
        msdyn_type: 192350000,
        msdyn_responsejson: null,
    };
    return {
        id: `bench-job-${packets}`,
        control: "IntegrationJobProgress",
        record: { entityName: "msdyn_integrationjob", id },
        parameters: { expectedPackets: packets, jobStatus: 192350003, jobType: 192350000, refreshSeconds: REFRESH_SECONDS },
        tables: { msdyn_integrationjob: [job], msdyn_integrationjobdetail: { $packets: id, sequence: { from: 1, to: packets } } },
    };
}

async function measureRequests(gallery) {
    const { page } = gallery;
    const rows = [];
    for (const packets of PACKET_COUNTS) {
        await page.evaluate((definition) => window.gallery.render(definition, { noWebApi: false }), jobDefinition(packets));
        await page.waitForTimeout(500);
        const initial = await page.evaluate(() => window.gallery.webApiCalls());
        await page.clock.runFor(REFRESH_SECONDS * 1000 + 1000);
        await page.waitForTimeout(500);
        const afterRefresh = await page.evaluate(() => window.gallery.webApiCalls());
        const refresh = afterRefresh.slice(initial.length);
        rows.push({
            packets,
            firstLoadRequests: initial.length,
            requestsPerRefresh: refresh.length,
            refreshCalls: [...new Set(refresh.map((c) => `${c.method} ${c.entity}`))].join(", "),
        });
        await page.evaluate(() => window.gallery.teardown());
    }
    return rows;
}

/** Every table printed, kept for docs/benchmarks.md: { title, rows, notes }. */
const printed = [];

function table(title, rows, notes = []) {
    console.log(`\n${title}`);
    if (rows.length) console.table(rows);
    for (const note of notes) console.log(note);
    printed.push({ title, rows, notes });
}

function machineOf(browser) {
    return {
        cpu: cpus()[0]?.model ?? "unknown",
        cores: cpus().length,
        memoryGb: round(totalmem() / 1024 ** 3, 1),
        os: `${platform()} ${release()}`,
        node: process.version,
        browser,
        /** 1, 5 and 15-minute load averages when the measuring ended: figures taken under load are pessimistic. */
        loadAverage: loadavg().map((l) => round(l, 2)),
    };
}

const machineLine = (machine) =>
    `\nMachine: ${machine.cpu} × ${machine.cores}, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, Chromium ${machine.browser}, load average ${machine.loadAverage.join(" ")}`;

function readingTable(streamed) {
    table(
        "StagedDependencyViewer: a large value arriving, read in slices (headless Chromium, production bundle)",
        streamed.map((r) => ({
            entries: r.entries,
            "MB of text": round(r.characters / 1e6, 1),
            "JSON.parse ms": round(r.jsonParseMs),
            "first row ms": round(r.firstRowMs),
            "read ms": round(r.readMs),
            "read / JSON.parse": `${round(r.parseRatio, 2)} (${r.parseRatios.join(", ")})`,
            "longest task ms": round(r.longestTaskMs),
            "long tasks": r.longTasks,
            "heap after read MB": round(r.heapAfterMb),
            "held by the list MB": round(r.heapHeldMb),
            "search: last key → count ms": round(r.searchCountMs),
            "search longest task ms": round(r.searchLongestTaskMs),
        })),
        [
            `Median of ${STREAM_RUNS} reads of each size, the read / JSON.parse of each in brackets; search "${SEARCH_QUERY}", typed 60 ms a key, the count waits for the 200 ms debounce after the last key.`,
            "Heap after read: the page's whole JS heap, the text and uncollected garbage included; held by the list: after garbage collection, beyond the text.",
            "Floors at 1,000,000 entries: first row ≤ 150 ms, no task over 100 ms, search ≤ 350 ms, read ≤ 1.5 × JSON.parse.",
        ],
    );
}

if (readingOnly) {
    const gallery = await openGallery({ browserArgs: GC_FLAGS });
    const streamed = [];
    try {
        streamed.push(...(await measureStreamedReadings(gallery.page)));
        readingTable(streamed);
        console.log(machineLine(machineOf(gallery.browser.version())));
    } finally {
        await gallery.close();
    }
    process.exit(0);
}

const builtAt = new Date().toISOString();
const buildResult = build();
const { bundles, sources } = await measureBundles(outRoot, CONTROLS);
if (bundles.every((b) => b.bytes === null)) {
    console.error("No bundles in out/: run npm run build first.");
    process.exit(1);
}

const renderGallery = await openGallery({ browserArgs: GC_FLAGS });
const browserVersion = renderGallery.browser.version();
let dependencies;
let boardFigures;
let largeView;
let cellFigures;
let coldStarts;
const streamed = [];
try {
    dependencies = await measureDependencies(renderGallery.page);
    streamed.push(...(await measureStreamedReadings(renderGallery.page)));
    boardFigures = await measureBoard(renderGallery.page);
    largeView = await measureLargeView(renderGallery.page);
    cellFigures = await measureGridCells(renderGallery.page);
    coldStarts = await measureColdStarts(renderGallery.browser, renderGallery.server.url, CONTROLS);
} finally {
    await renderGallery.close();
}
// A page whose clock the benchmark can move past the refresh interval without waiting for it.
const clockGallery = await openGallery({ beforeLoad: (page) => page.clock.install() });
let requests;
try {
    requests = await measureRequests(clockGallery);
} finally {
    await clockGallery.close();
}

const machine = machineOf(browserVersion);
const results = {
    measuredAt: builtAt,
    machine,
    build: buildResult,
    bundles,
    bundleRooms: roomsOf(sources, CONTROLS),
    coldStarts,
    stagedDependencyViewer: dependencies,
    stagedDependencyReading: streamed,
    integrationJobProgress: requests,
    operationsBoard: boardFigures,
    operationsBoardLargeView: largeView,
    operationCells: cellFigures,
};

for (const { title, rows, notes } of bundleTables({ bundles, sources, controls: CONTROLS })) table(title, rows, notes);
table(
    "Cold start of each control (headless Chromium, production bundle, a fresh page per control, median of 3)",
    coldStarts.map((c) => ({
        control: c.control,
        scenario: c.scenario,
        "script evaluation ms": round(c.evaluateMs),
        "init + first updateView + first paint ms": round(c.firstPaintMs),
        "cold start ms": round(c.coldStartMs),
    })),
    ["A page that loads only that control's bundle, then shows its first scenario in a 600 px form section."],
);
const buildLine = `Build time (npm run build, wall clock): ${buildResult.seconds === null ? "not measured (--no-build)" : `${buildResult.seconds.toFixed(1)} s${buildResult.ok ? "" : " (FAILED)"}`}`;
console.log(`\n${buildLine}`);
table(
    "StagedDependencyViewer (headless Chromium, production bundle)",
    dependencies.map((r) => ({
        entries: r.entries,
        "first updateView ms": r.firstUpdateViewMs,
        "JSON.parse ms": r.jsonParseMs,
        ratio: r.parseRatio,
        "first paint ms": r.firstPaintMs,
        "DOM rows": r.domRows,
        "parses, first render": r.parsesOnFirstRender,
        [`re-parses in ${UPDATES} updates`]: r.reparsesIn100Updates,
        "ms per repeated update": r.msPerRepeatedUpdate,
        "same-value updateView ms": r.sameValueUpdateViewMs,
        "same-value update + render ms": r.sameValueUpdateWithRenderMs,
    })),
);
readingTable(streamed);
table(
    "IntegrationJobProgress Web API requests",
    requests.map((r) => ({ packets: r.packets, "first load": r.firstLoadRequests, "per refresh": r.requestsPerRefresh, "refresh calls": r.refreshCalls })),
);
table("OperationsBoard, 5,000 loaded rows", [
    {
        "first screen ms (updateView + render), median": boardFigures.firstScreenMs,
        fastest: boardFigures.fastestFirstScreenMs,
        "updateView ms": boardFigures.updateViewMs,
        "render ms": boardFigures.renderMs,
        "rows in the DOM": boardFigures.domRows,
        "ms per repeated update": boardFigures.msPerRepeatedUpdate,
        [`median within the ${BOARD_FLOOR_MS} ms floor`]: boardFigures.withinFloor ? "yes" : "NO",
    },
]);
table(
    `OperationsBoard, a ${LARGE_VIEW_ROWS.toLocaleString("en-US")}-row view scrolled to its end`,
    [
        {
            "first screen ms": round(largeView.firstScreenMs),
            "rows loaded": largeView.rowsLoaded,
            "pages asked": largeView.pagesAsked,
            "scrolling to the end, s": round(largeView.scrolledMs / 1000),
            "longest task ms": round(largeView.longestTaskMs),
            "longest updateView + render ms": round(largeView.longestControlUpdateMs),
            "long tasks": largeView.longTasks,
            [`first screen within ${BOARD_FLOOR_MS} ms, no task over ${LONG_TASK_FLOOR_MS} ms`]:
                largeView.firstScreenMs <= BOARD_FLOOR_MS && largeView.longestTaskMs <= LONG_TASK_FLOOR_MS ? "yes" : "NO",
        },
    ],
    [
        "Pages of 5,000 rows (Dataverse's largest), asked for by scrolling the grid to its end; each wait is for the page to be quiet, never a fixed time.",
        "The longest task holds the host's work too: the gallery's fake data set builds the records object of every row loaded so far for each page it hands over. The longest updateView + render is the control's own work for one update.",
    ],
);
table(
    `OperationCells in the Power Apps grid, ${CELLS_ROWS.toLocaleString("en-US")} rows × 10 columns (the gallery's grid, which draws every row)`,
    [
        {
            "grid alone ms": cellFigures.gridAloneMs,
            "grid with the cells ms": cellFigures.withCellsMs,
            "the cells' cost ms": cellFigures.cellsCostMs,
            "the cells' cost, rendered again ms": cellFigures.cellsCostAgainMs,
            "cells drawn by the customizer": cellFigures.drawnByCustomizer,
            [`cost within ${CELLS_FLOOR_MS} ms`]: cellFigures.withinFloor ? "yes" : "NO",
        },
    ],
    [
        "Medians of 13 pairs, each render from a collected heap, in alternating order. The baseline is the same grid without its customizer; the real grid virtualizes its rows, so it asks for fewer cells at once than this one.",
    ],
);
console.log(machineLine(machine));

const folder = join(root, "bench", "results");
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(root, "docs", "benchmarks.md"), benchmarkPage({ root, machine, measuredAt: builtAt, buildLine, tables: printed }));
console.log(`\nWrote bench/results/latest.json and docs/benchmarks.md`);
