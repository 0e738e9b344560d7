/* global window, document, MutationObserver -- page.evaluate callbacks run in the browser */
// The dependency viewer in npm run bench: values of 1,000 to 100,000 entries given to updateView, and
// values of 100,000 and 1,000,000 entries arriving on a mounted control, read in slices (scripts/bench.mjs
// says what each figure is).
import { PLAIN_FORM, SAMPLES, median, round } from "./benchFigures.mjs";

export const DEPENDENCY_SIZES = [1000, 10000, 100000];
export const UPDATES = 100;
/** Same-value updateView timing: batches of calls (one call is below the browser's timer resolution). */
export const SAME_VALUE_BATCHES = 30;
export const SAME_VALUE_PER_BATCH = 200;

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

export async function measureDependencies(page) {
    const rows = [];
    for (const count of DEPENDENCY_SIZES) {
        const samples = [];
        for (let i = 0; i < SAMPLES; i += 1) {
            samples.push(
                await page.evaluate(
                    async ({ definition, settings }) => {
                        const parsesBefore = window.__aops.largeParses.length;
                        const timings = await window.gallery.render(definition, settings);
                        const host = document.querySelector("#stage .control-host");
                        const count = (selector) => host.querySelectorAll(selector).length;
                        const domRows = count("[data-list-index]") || count("[role='row']") || count("[role='listitem']") || count("li");
                        return { ...timings, domRows, firstRenderParses: window.__aops.largeParses.length - parsesBefore };
                    },
                    { definition: stagedDefinition(count), settings: { ...PLAIN_FORM, noWebApi: true } },
                ),
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
export const GC_FLAGS = ["--js-flags=--expose-gc"];
export const SEARCH_QUERY = "new_field12";

async function measureStreamedReading(page, count) {
    await page.evaluate(({ definition, settings }) => window.gallery.render(definition, settings), {
        definition: { ...stagedDefinition(1), parameters: { unprocessedDependencies: '["warm-up"]' } },
        settings: { ...PLAIN_FORM, noWebApi: true },
    });
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
export const STREAM_RUNS = 3;

/** The figures of `STREAM_RUNS` reads of each size, each figure the median of its runs (the ratio of each run's read and parse). */
export async function measureStreamedReadings(page) {
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
