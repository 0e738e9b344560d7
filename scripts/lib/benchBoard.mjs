/* global window, document, requestAnimationFrame -- page.evaluate callbacks run in the browser */
// The board and the grid's cells in npm run bench: the first screen of a 5,000-row view, a 50,000-row view
// scrolled to its end, and what the cells cost the Power Apps grid (scripts/bench.mjs says what each
// figure is).
import { PLAIN_FORM, SAMPLES, median, round } from "./benchFigures.mjs";

export const BOARD_SCENARIO = "board-5000-operations";
export const BOARD_FLOOR_MS = 100;
/** The large view: loaded page by page (Dataverse hands over 5,000 rows a page at most) by scrolling to the end. */
export const LARGE_VIEW_ROWS = 50_000;
export const LONG_TASK_FLOOR_MS = 100;
/** The grid customizer: 1,000 rows × 10 columns drawn in the Power Apps grid. */
const CELLS_SCENARIO = "cells-background-operations";
export const CELLS_ROWS = 1000;
export const CELLS_FLOOR_MS = 50;

export async function measureBoard(page) {
    const samples = [];
    // More samples than elsewhere: the fastest shows what the board costs when the machine is not busy.
    for (let i = 0; i < 2 * SAMPLES + 1; i += 1) {
        samples.push(
            await page.evaluate(
                async ({ id, settings }) => {
                    const timings = await window.gallery.show(id, settings);
                    const rows = document.querySelectorAll("#stage [role='row'] [data-operation-id]").length;
                    return { ...timings, domRows: rows };
                },
                { id: BOARD_SCENARIO, settings: PLAIN_FORM },
            ),
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
export async function measureGridCells(page) {
    const samples = [];
    for (let i = 0; i < 4 * SAMPLES + 1; i += 1) {
        samples.push(
            await page.evaluate(
                async ({ id, rowCount, sample, settings }) => {
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
                { id: CELLS_SCENARIO, rowCount: CELLS_ROWS, sample: i, settings: { ...PLAIN_FORM, width: 1366 } },
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

/**
 * OperationsBoard over a 50,000-row view (pages of 5,000, the 5,000-row scenario's rows repeated): the first
 * screen (updateView + render of the first page), then the grid scrolled to its end again and again until
 * every page is loaded, with the longest main-thread task (PerformanceObserver "longtask") meanwhile.
 */
export async function measureLargeView(page) {
    return page.evaluate(
        async ({ id, total, settings }) => {
            const base = window.gallery.scenarios.find((s) => s.id === id);
            const template = base.tables.backgroundoperation;
            const rows = Array.from({ length: total }, (_, i) => ({
                ...template[i % template.length],
                backgroundoperationid: `0000b0a8-0000-4000-8000-${(i + 1).toString(16).padStart(12, "0")}`,
                name: `Bulk job ${String(i + 1).padStart(5, "0")}`,
            }));
            const definition = { ...base, id: "bench-50000", tables: { backgroundoperation: rows }, dataset: { ...base.dataset, pageSize: 5000 } };
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
        { id: BOARD_SCENARIO, total: LARGE_VIEW_ROWS, settings: { ...PLAIN_FORM, width: 1366 } },
    );
}
