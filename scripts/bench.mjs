/* global window, document, MutationObserver, requestAnimationFrame -- page.evaluate callbacks run in the browser */
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

const root = fileURLToPath(new URL("..", import.meta.url));
/** GALLERY_ROOT: measure another checkout's build (as the gallery tests can). */
const outRoot = process.env.GALLERY_ROOT ?? root;
const readingOnly = process.argv.includes("--reading");
const skipBuild = process.argv.includes("--no-build") || readingOnly || outRoot !== root;
const DEPENDENCY_SIZES = [1000, 10000, 100000];
const PACKET_COUNTS = [12, 10000];
const SAMPLES = 3;
const UPDATES = 100;
/** Same-value updateView timing: batches of calls (one call is below the browser's timer resolution). */
const SAME_VALUE_BATCHES = 30;
const SAME_VALUE_PER_BATCH = 200;
const REFRESH_SECONDS = 15;
const BOARD_SCENARIO = "board-5000-operations";
const BOARD_FLOOR_MS = 100;
/** The large view: loaded page by page (Dataverse hands over 5,000 rows a page at most) by scrolling to the end. */
const LARGE_VIEW_ROWS = 50_000;
const LONG_TASK_FLOOR_MS = 100;
/** The grid customizer: 1,000 rows × 10 columns drawn in the Power Apps grid. */
const CELLS_SCENARIO = "cells-background-operations";
const CELLS_ROWS = 1000;
const CELLS_FLOOR_MS = 50;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value, digits = 1) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));

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

/** A scenario-shaped definition for the gallery's render(). */
function stagedDefinition(count) {
    return {
        id: `bench-dependencies-${count}`,
        control: "StagedDependencyViewer",
        record: null,
        parameters: {
            unprocessedDependencies: { $generate: "dependencies", args: [count, "json"] },
            componentType: 1,
            asyncJobStatus: 20,
            operationName: "Bench",
        },
        tables: {},
    };
}

async function measureDependencies(page) {
    const rows = [];
    for (const count of DEPENDENCY_SIZES) {
        const samples = [];
        for (let i = 0; i < SAMPLES; i += 1) {
            samples.push(
                await page.evaluate(async (definition) => {
                    const parsesBefore = window.__aops.largeParses.length;
                    const timings = await window.gallery.render(definition, {
                        noWebApi: true,
                        dark: false,
                        rtl: false,
                        phone: false,
                        disabled: false,
                        masked: false,
                        languageId: 1033,
                    });
                    const host = document.querySelector("#stage .control-host");
                    const count = (selector) => host.querySelectorAll(selector).length;
                    const domRows = count("[data-list-index]") || count("[role='row']") || count("[role='listitem']") || count("li");
                    return { ...timings, domRows, firstRenderParses: window.__aops.largeParses.length - parsesBefore };
                }, stagedDefinition(count)),
            );
        }
        const parse = await page.evaluate(async (n) => {
            const { dependencies } = await import("/fixtures/generate.mjs");
            const text = dependencies(n, "json");
            const times = [];
            for (let i = 0; i < 5; i += 1) {
                const started = performance.now();
                JSON.parse(text);
                times.push(performance.now() - started);
            }
            times.sort((a, b) => a - b);
            return { jsonParseMs: times[2], length: text.length };
        }, count);
        // The control stays mounted from the last sample: updateView again with the same value.
        const updates = await page.evaluate(
            ({ updates, length }) => {
                const before = window.__aops.largeParses.filter((l) => l === length).length;
                const started = performance.now();
                for (let i = 0; i < updates; i += 1) window.gallery.update();
                const elapsed = performance.now() - started;
                const after = window.__aops.largeParses.filter((l) => l === length).length;
                return { reparses: after - before, perUpdateMs: elapsed / updates };
            },
            { updates: UPDATES, length: parse.length },
        );
        const same = await page.evaluate(({ batches, perBatch }) => window.gallery.timeSameValueUpdates({ batches, perBatch }), {
            batches: SAME_VALUE_BATCHES,
            perBatch: SAME_VALUE_PER_BATCH,
        });
        const updateViewMs = median(samples.map((s) => s.updateViewMs));
        rows.push({
            entries: count,
            characters: parse.length,
            firstUpdateViewMs: round(updateViewMs),
            jsonParseMs: round(parse.jsonParseMs),
            parseRatio: round(updateViewMs / Math.max(parse.jsonParseMs, 0.1), 2),
            firstPaintMs: round(median(samples.map((s) => s.firstPaintMs))),
            domRows: samples[samples.length - 1].domRows,
            // Proves the counter sees the control's parse: 1 expected on a first render.
            parsesOnFirstRender: samples[samples.length - 1].firstRenderParses,
            reparsesIn100Updates: updates.reparses,
            msPerRepeatedUpdate: round(updates.perUpdateMs, 2),
            sameValueUpdateViewMs: round(median(same.updateViewMs), 3),
            sameValueUpdateWithRenderMs: round(median(same.withRenderMs), 3),
        });
        await page.evaluate(() => window.gallery.teardown());
    }
    return rows;
}

/**
 * A value arriving on a mounted control, read in slices: the control shows a one-entry list, the page
 * generates the text, then the parameter takes it (updateView + render, as when the record changes).
 * Times from that moment: first entry row in the DOM, the complete count, the longest main-thread task
 * (PerformanceObserver "longtask") until then, the JS heap after the read; then a search typed key by key
 * (time from the last key to the updated match count, longest task meanwhile).
 */
const STREAM_SIZES = [100000, 1000000];
/** `window.gc()` in the page, so that the heap a list holds is measured without garbage. */
const GC_FLAGS = ["--js-flags=--expose-gc"];
const SEARCH_QUERY = "new_field12";

async function measureStreamedReading(page, count) {
    await page.evaluate(
        (definition) =>
            window.gallery.render(definition, { noWebApi: true, dark: false, rtl: false, phone: false, disabled: false, masked: false, languageId: 1033 }),
        { ...stagedDefinition(1), parameters: { unprocessedDependencies: '["warm-up"]' } },
    );
    const reading = await page.evaluate(async (n) => {
        const { dependencies } = await import("/fixtures/generate.mjs");
        window.__benchText = dependencies(n, "json");
        const parseTimes = [];
        for (let i = 0; i < 3; i += 1) {
            const started = performance.now();
            JSON.parse(window.__benchText);
            parseTimes.push(performance.now() - started);
        }
        parseTimes.sort((a, b) => a - b);
        await new Promise((resolve) => setTimeout(resolve, 300));
        // Collected first (the parses above left a heap of garbage), so that what the list holds is told apart.
        window.gc?.();
        const heapBefore = performance.memory?.usedJSHeapSize ?? null;
        window.__benchHeapBefore = heapBefore;
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))));
        observer.observe({ type: "longtask", buffered: false });
        const host = document.querySelector("#stage .control-host");
        const complete = `${n.toLocaleString("en-US")} unprocessed dependencies`;
        let firstRowAt = null;
        let doneAt = null;
        const finished = new Promise((resolve) => {
            const check = () => {
                const now = performance.now();
                if (firstRowAt === null && host.querySelector("[data-dependency-row]") && !host.textContent.includes("warm-up")) firstRowAt = now;
                if (doneAt === null && host.querySelector(".aops-dependency-count")?.textContent === complete) {
                    doneAt = now;
                    mutations.disconnect();
                    resolve();
                }
            };
            const mutations = new MutationObserver(check);
            mutations.observe(host, { childList: true, subtree: true, characterData: true });
        });
        const started = performance.now();
        window.gallery.setParameter("unprocessedDependencies", window.__benchText);
        const updateViewMs = performance.now() - started;
        await finished;
        await new Promise((resolve) => setTimeout(resolve, 200));
        observer.disconnect();
        const during = tasks.filter((t) => t.start + t.duration >= started && t.start <= doneAt);
        const heapAfter = performance.memory?.usedJSHeapSize ?? null;
        return {
            characters: window.__benchText.length,
            jsonParseMs: parseTimes[1],
            updateViewMs,
            firstRowMs: firstRowAt - started,
            readMs: doneAt - started,
            longestTaskMs: during.reduce((max, t) => Math.max(max, t.duration), 0),
            longTasks: during.length,
            heapAfterMb: heapAfter === null ? null : heapAfter / 1024 ** 2,
        };
    }, count);
    // Let the search index finish in the background, as it does while a user reads the first screen.
    await page.waitForTimeout(3000);
    // What the read list holds once garbage is collected (groups, search index, repeat counts), beyond the
    // text itself, which the page held before the read.
    const heapHeldMb = await page.evaluate(() => {
        if (!window.gc || !performance.memory) return null;
        window.gc();
        return (performance.memory.usedJSHeapSize - window.__benchHeapBefore) / 1024 ** 2;
    });
    await page.evaluate(() => {
        window.__benchTasks = [];
        window.__benchObserver = new PerformanceObserver((list) =>
            window.__benchTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))),
        );
        window.__benchObserver.observe({ type: "longtask", buffered: false });
        window.__benchLastKey = 0;
        document.addEventListener("keydown", () => (window.__benchLastKey = performance.now()), { capture: true });
        const counter = document.querySelector("#stage .aops-dependency-count");
        window.__benchCountAt = new Promise((resolve) => {
            const mutations = new MutationObserver(() => {
                if (/match/i.test(counter.textContent)) {
                    mutations.disconnect();
                    resolve(performance.now());
                }
            });
            mutations.observe(counter, { childList: true, subtree: true, characterData: true });
        });
    });
    await page.locator("#stage [role='searchbox']").pressSequentially(SEARCH_QUERY, { delay: 60 });
    const search = await page.evaluate(async () => {
        const countAt = await window.__benchCountAt;
        await new Promise((resolve) => setTimeout(resolve, 200));
        window.__benchObserver.disconnect();
        const lastKey = window.__benchLastKey;
        const during = window.__benchTasks.filter((t) => t.start + t.duration >= lastKey - 1000 && t.start <= countAt);
        return {
            searchCountMs: countAt - lastKey,
            searchLongestTaskMs: during.reduce((max, t) => Math.max(max, t.duration), 0),
            text: document.querySelector("#stage .aops-dependency-count").textContent,
        };
    });
    await page.evaluate(() => {
        window.gallery.teardown();
        delete window.__benchText;
    });
    return { entries: count, ...reading, heapHeldMb, ...search };
}

/** Reads per size: the read and its JSON.parse baseline swing from run to run, so each figure is the median of these. */
const STREAM_RUNS = 3;

/** The figures of `STREAM_RUNS` reads of each size, each figure the median of its runs (the ratio of each run's read and parse). */
async function measureStreamedReadings(page) {
    const rows = [];
    for (const count of STREAM_SIZES) {
        const runs = [];
        for (let run = 0; run < STREAM_RUNS; run += 1) runs.push(await measureStreamedReading(page, count));
        const row = { entries: count, runs: runs.length, text: runs[0].text };
        for (const key of Object.keys(runs[0])) if (typeof runs[0][key] === "number" && key !== "entries") row[key] = median(runs.map((r) => r[key]));
        row.parseRatio = median(runs.map((r) => r.readMs / Math.max(r.jsonParseMs, 0.1)));
        row.parseRatios = runs.map((r) => round(r.readMs / Math.max(r.jsonParseMs, 0.1), 2));
        rows.push(row);
    }
    return rows;
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

async function measureBoard(page) {
    const samples = [];
    // More samples than elsewhere: the fastest shows what the board costs when the machine is not busy.
    for (let i = 0; i < 2 * SAMPLES + 1; i += 1) {
        samples.push(
            await page.evaluate(async (id) => {
                const timings = await window.gallery.show(id, {
                    noWebApi: false,
                    dark: false,
                    rtl: false,
                    phone: false,
                    disabled: false,
                    masked: false,
                    languageId: 1033,
                });
                const rows = document.querySelectorAll("#stage [role='row'] [data-operation-id]").length;
                return { ...timings, domRows: rows };
            }, BOARD_SCENARIO),
        );
    }
    // The board stays mounted from the last sample: updateView again with the same 5,000 rows.
    const repeated = await page.evaluate((updates) => {
        const started = performance.now();
        for (let i = 0; i < updates; i += 1) window.gallery.update();
        return (performance.now() - started) / updates;
    }, 20);
    await page.evaluate(() => window.gallery.teardown());
    const firstScreenMs = median(samples.map((s) => s.updateViewMs + s.renderMs));
    return {
        rows: 5000,
        firstScreenMs: round(firstScreenMs),
        fastestFirstScreenMs: round(Math.min(...samples.map((s) => s.updateViewMs + s.renderMs))),
        updateViewMs: round(median(samples.map((s) => s.updateViewMs))),
        renderMs: round(median(samples.map((s) => s.renderMs))),
        domRows: samples[samples.length - 1].domRows,
        msPerRepeatedUpdate: round(repeated, 2),
        floorMs: BOARD_FLOOR_MS,
        withinFloor: firstScreenMs <= BOARD_FLOOR_MS,
    };
}

/**
 * OperationCells in the gallery's Power Apps grid: 1,000 rows × 10 columns rendered with the customizer
 * and, as the baseline, the same grid drawing every cell itself; the difference is what the cells cost.
 * Then the grid rendered again with the same rows (the grid re-renders on every scroll and refresh).
 */
async function measureGridCells(page) {
    const samples = [];
    for (let i = 0; i < 4 * SAMPLES + 1; i += 1) {
        samples.push(
            await page.evaluate(
                async ({ id, rowCount, sample }) => {
                    const base = window.gallery.scenarios.find((s) => s.id === id);
                    const template = base.tables.backgroundoperation;
                    const rows = Array.from({ length: rowCount }, (_, n) => ({
                        ...template[n % template.length],
                        backgroundoperationid: `0000ce11-0000-4000-8000-${(n + 1).toString(16).padStart(12, "0")}`,
                        name: `Operation ${String(n + 1).padStart(4, "0")}`,
                        priority: n % 10,
                    }));
                    const columns = [
                        ...base.dataset.columns,
                        { name: "backgroundoperationstatecode", displayName: "Status", dataType: "OptionSet" },
                        { name: "priority", displayName: "Priority", dataType: "Whole.None" },
                    ];
                    const settings = { noWebApi: false, dark: false, rtl: false, phone: false, width: 1366, disabled: false, masked: false, languageId: 1033 };
                    const definition = {
                        ...base,
                        id: "bench-cells",
                        tables: { backgroundoperation: rows },
                        dataset: { ...base.dataset, columns, pageSize: rowCount },
                    };
                    const measure = async (withCells) => {
                        // Each render starts from a collected heap, so neither pays for the other's garbage.
                        window.gc?.();
                        const first = await window.gallery.render({ ...definition, gridWithoutCustomizer: !withCells }, settings);
                        const again = window.gallery.update();
                        const cells = document.querySelectorAll("#stage td").length;
                        const drawn = document.querySelectorAll("#stage td[data-custom='true']").length;
                        window.gallery.teardown();
                        return { renderMs: first.renderMs, againMs: again.renderMs, cells, drawn };
                    };
                    // Alternating which goes first, so that neither always runs on a warmer page.
                    const grid = sample % 2 ? await measure(false) : undefined;
                    const withCells = await measure(true);
                    return { grid: grid ?? (await measure(false)), withCells };
                },
                { id: CELLS_SCENARIO, rowCount: CELLS_ROWS, sample: i },
            ),
        );
    }
    const cost = samples.map((s) => s.withCells.renderMs - s.grid.renderMs);
    const againCost = samples.map((s) => s.withCells.againMs - s.grid.againMs);
    const last = samples[samples.length - 1];
    return {
        rows: CELLS_ROWS,
        cells: last.withCells.cells,
        drawnByCustomizer: last.withCells.drawn,
        gridAloneMs: round(median(samples.map((s) => s.grid.renderMs))),
        withCellsMs: round(median(samples.map((s) => s.withCells.renderMs))),
        cellsCostMs: round(median(cost)),
        cellsCostAgainMs: round(median(againCost)),
        floorMs: CELLS_FLOOR_MS,
        withinFloor: median(cost) <= CELLS_FLOOR_MS,
    };
}

/** Every table printed, kept for docs/benchmarks.md: { title, rows, notes }. */
const printed = [];

/**
 * OperationsBoard over a 50,000-row view (pages of 5,000, the 5,000-row scenario's rows repeated): the first
 * screen (updateView + render of the first page), then the grid scrolled to its end again and again until
 * every page is loaded, with the longest main-thread task (PerformanceObserver "longtask") meanwhile.
 */
async function measureLargeView(page) {
    return page.evaluate(
        async ({ id, total }) => {
            const base = window.gallery.scenarios.find((s) => s.id === id);
            const template = base.tables.backgroundoperation;
            const rows = Array.from({ length: total }, (_, i) => ({
                ...template[i % template.length],
                backgroundoperationid: `0000b0a8-0000-4000-8000-${(i + 1).toString(16).padStart(12, "0")}`,
                name: `Bulk job ${String(i + 1).padStart(5, "0")}`,
            }));
            const definition = { ...base, id: "bench-50000", tables: { backgroundoperation: rows }, dataset: { ...base.dataset, pageSize: 5000 } };
            const settings = { noWebApi: false, dark: false, phone: false, width: 1366, disabled: false, masked: false, languageId: 1033 };
            const timings = await window.gallery.render(definition, settings);
            const tasks = [];
            const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
            observer.observe({ type: "longtask", buffered: false });
            const started = performance.now();
            const asked = () => window.gallery.datasetCalls().filter((c) => c.method === "loadNextPage").length;
            /** The rows the board says it has loaded ("N of M operations loaded"). */
            const loaded = () => {
                const line = [...document.querySelectorAll("#stage .aops-board *")].find(
                    (e) => e.childElementCount === 0 && / operations loaded$/.test(e.textContent ?? ""),
                );
                return Number((/^([\d,]+)/.exec(line?.textContent ?? "")?.[1] ?? "0").replace(/,/g, ""));
            };
            const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
            // Bounded: forty rounds at most, two minutes in all; each round scrolls to the end and waits for
            // the next page to show (the list debounces its scroll events), 4.5 seconds at most.
            for (let round = 0; round < 40 && loaded() < total && performance.now() - started < 120_000; round += 1) {
                const scroller = document.querySelector("#stage .aops-board-grid [data-is-scrollable='true']");
                if (!scroller) break;
                const before = loaded();
                // As a user does when nothing comes: scroll up a little and to the end again, three times at most.
                for (let attempt = 0; attempt < 3 && loaded() === before; attempt += 1) {
                    scroller.scrollTop = Math.max(0, scroller.scrollHeight - scroller.clientHeight - 400);
                    await frame();
                    scroller.scrollTop = scroller.scrollHeight;
                    const until = performance.now() + 1_500;
                    while (loaded() === before && performance.now() < until) await frame();
                }
                if (loaded() === before) break;
            }
            const pages = asked();
            observer.disconnect();
            // The control's own work per update (updateView + render), the first screen aside: the longest task
            // also holds the host's work (here the fake data set building its records for the page).
            const controlWork = window.gallery
                .updateTimings()
                .slice(1)
                .map((u) => u.updateViewMs + u.renderMs);
            const shown = loaded();
            window.gallery.teardown();
            return {
                rows: total,
                firstScreenMs: timings.updateViewMs + timings.renderMs,
                scrolledMs: performance.now() - started,
                pagesAsked: pages,
                rowsLoaded: shown,
                longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
                longTasks: tasks.length,
                longestControlUpdateMs: controlWork.length ? Math.max(...controlWork) : 0,
            };
        },
        { id: BOARD_SCENARIO, total: LARGE_VIEW_ROWS },
    );
}

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
