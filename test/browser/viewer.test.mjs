// Browser tests of the dependency viewer: its list interactions (search, keys, details, copy, export) and
// a million dependencies read in slices.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { onlyWithSweeps } from "./runtime.mjs";
import { gallery, useGallery, FACT_WAIT_MS, english, takeProblems, PLAIN, showScenario, finish } from "./galleryHarness.mjs";

useGallery();

describe("StagedDependencyViewer list interactions", () => {
    const strings = english("StagedDependencyViewer");
    const SCENARIO = "staged-30-as-a-json-array";
    const QUERY = "new_field1";
    /** What the search must find: the generated entries whose name, id or parent holds the query. */
    let expectedMatches = 0;

    before(async () => {
        const { dependencies } = await import("../../scripts/gallery/fixtures/generate.mjs");
        expectedMatches = JSON.parse(dependencies(30, "json")).filter((e) =>
            [e.name, e.id, e.parent ?? ""].some((v) => v.toLowerCase().includes(QUERY)),
        ).length;
    });

    test("search is debounced, counts the matches and highlights them", async () => {
        const { page } = gallery;
        takeProblems();
        await showScenario(page, SCENARIO, "30 unprocessed dependencies");
        // Record each change of the match count and the moment of every keystroke.
        await page.evaluate(() => {
            const status = document.querySelector("#stage .aops-dependency-count");
            window.__countChanges = [];
            window.__keys = [];
            document.addEventListener("keydown", () => window.__keys.push(performance.now()), true);
            new MutationObserver(() => window.__countChanges.push({ at: performance.now(), text: status.textContent })).observe(status, {
                childList: true,
                characterData: true,
                subtree: true,
            });
        });
        await page.locator("#stage").getByRole("searchbox", { name: strings.Search_Label }).pressSequentially(QUERY, { delay: 20 });
        const wanted = strings.Search_Matches.replace("{0}", String(expectedMatches)).replace("{1}", "30");
        await page.locator("#stage .aops-dependency-count").getByText(wanted).waitFor({ timeout: FACT_WAIT_MS });
        const { changes, keys } = await page.evaluate(() => ({ changes: window.__countChanges, keys: window.__keys }));
        assert.equal(keys.length, QUERY.length);
        const distinct = changes.map((c) => c.text).filter((text, i, all) => i === 0 || all[i - 1] !== text);
        assert.equal(distinct.at(-1), wanted);
        assert.ok(distinct.length < QUERY.length, `the count follows the typing, not every keystroke: ${JSON.stringify(distinct)}`);
        for (const change of changes) {
            const lastKey = Math.max(...keys.filter((at) => at <= change.at));
            assert.ok(change.at - lastKey >= 150, `the search waits for typing to pause (${Math.round(change.at - lastKey)} ms after a key)`);
        }
        const marks = await page.locator("#stage mark").allInnerTexts();
        assert.ok(marks.length > 0, "matches are highlighted");
        for (const mark of marks) assert.equal(mark.toLowerCase(), QUERY, "only the query is highlighted");
        // What the list shows: matching rows only (how many of them are in the DOM is the virtualized list's business).
        const listed = await page.locator("#stage [data-dependency-row]").allInnerTexts();
        assert.ok(listed.length > 0, "matching rows are listed");
        for (const row of listed) assert.ok(row.toLowerCase().includes(QUERY), `only matching rows are listed: ${JSON.stringify(row)}`);
        await finish(page);
    });

    test("CSV export hands the host a file with the matching rows", async () => {
        const { page } = gallery;
        takeProblems();
        await showScenario(page, SCENARIO, "30 unprocessed dependencies");
        await page.locator("#stage").getByRole("searchbox", { name: strings.Search_Label }).fill(QUERY);
        await page.locator("#stage mark").first().waitFor({ timeout: FACT_WAIT_MS });
        await page.locator("#stage").getByRole("button", { name: strings.Export_Csv }).click();
        await page.waitForFunction(() => window.gallery.navigationCalls().some((n) => n.method === "openFile"), null, { timeout: 5000 });
        const [file, options] = (await page.evaluate(() => window.gallery.navigationCalls())).find((n) => n.method === "openFile").args;
        // The operation's name follows the base name, as a file name can hold it.
        const operation = await page.evaluate((id) => window.gallery.scenarios.find((s) => s.id === id).parameters.operationName, SCENARIO);
        assert.ok(operation, "the scenario names its operation");
        assert.ok(file.fileName.startsWith(`${strings.Export_FileName}-`) && file.fileName.endsWith(".csv"), file.fileName);
        assert.doesNotMatch(file.fileName, /[<>:"/\\|?*\s]/, "nothing a file name cannot hold");
        assert.equal(file.mimeType, "text/csv");
        const csv = Buffer.from(file.fileContent, "base64")
            .toString("utf8")
            .replace(/^\uFEFF/, "");
        assert.equal(file.fileSize, Buffer.byteLength(Buffer.from(file.fileContent, "base64")), "fileSize is the decoded size");
        const lines = csv.trim().split(/\r?\n/);
        assert.match(lines[0], new RegExp(`${strings.Column_Name}.*${strings.Column_Id}`), "a header row with the column names");
        assert.equal(lines.length - 1, expectedMatches, "one line per matching dependency");
        assert.ok(
            lines.slice(1).every((line) => line.toLowerCase().includes(QUERY)),
            "only matching rows are exported",
        );
        assert.equal(options?.openMode, 2, "the host saves the file");
        await finish(page);
    });

    test("collapsing a group hides its rows; copy puts the list on the clipboard", async () => {
        const { page } = gallery;
        takeProblems();
        await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: gallery.server.url });
        await showScenario(page, SCENARIO, "30 unprocessed dependencies");
        const header = page.locator("#stage [data-dependency-group]").first();
        // The first group's rows, as the user sees them under its header (the ids they show).
        const groupIds = await page.evaluate(() => {
            const cells = [...document.querySelectorAll("#stage [data-dependency-row], #stage [data-dependency-group]")];
            const ids = [];
            for (const cell of cells.slice(1)) {
                if (cell.hasAttribute("data-dependency-group")) break;
                ids.push(cell.innerText.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i)?.[0]);
            }
            return ids;
        });
        assert.ok(groupIds.length > 0 && groupIds.every(Boolean), `the first group shows its rows: ${JSON.stringify(groupIds)}`);
        const groupRow = (id) => page.locator("#stage [data-dependency-row]").filter({ hasText: id });
        assert.equal(await header.getAttribute("aria-expanded"), "true");
        await header.click();
        await page.waitForFunction(() => document.querySelector("#stage [data-dependency-group]").getAttribute("aria-expanded") === "false");
        for (const id of groupIds) await groupRow(id).waitFor({ state: "hidden", timeout: FACT_WAIT_MS });
        // The other groups stay: the next header is listed.
        await page.locator("#stage [data-dependency-group]").nth(1).waitFor({ timeout: FACT_WAIT_MS });
        await header.click();
        for (const id of groupIds) await groupRow(id).waitFor({ state: "visible", timeout: FACT_WAIT_MS });
        assert.equal(await header.getAttribute("aria-expanded"), "true");

        await page.locator("#stage").getByRole("button", { name: strings.Copy_List }).click();
        await page.locator("#stage").getByText(strings.Copy_Done).waitFor({ timeout: FACT_WAIT_MS });
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(copied.trim().split(/\r?\n/).length, 31, "a header and the 30 dependencies");
        assert.ok(copied.includes("0000d3d3-0000-4000-8000-000000000001"), "the entries' ids are copied");
        await page.context().clearPermissions();
        await finish(page);
    });

    test("arrow keys move focus between the rows of the list", async () => {
        const { page } = gallery;
        takeProblems();
        await showScenario(page, SCENARIO, "30 unprocessed dependencies");
        const focused = () =>
            page.evaluate(() => {
                const element = document.activeElement;
                const rows = [...document.querySelectorAll("#stage [data-dependency-row], #stage [data-dependency-group]")];
                return { index: rows.indexOf(element), text: element?.innerText ?? "" };
            });
        await page.locator("#stage [data-dependency-group]").first().focus();
        const start = await focused();
        assert.equal(start.index, 0, "the first group header has focus");
        await page.keyboard.press("ArrowDown");
        const down = await focused();
        assert.equal(down.index, 1, `ArrowDown moves to the next row (now on ${JSON.stringify(down.text)})`);
        await page.keyboard.press("ArrowDown");
        assert.equal((await focused()).index, 2, "and on");
        await page.keyboard.press("ArrowUp");
        assert.equal((await focused()).index, 1, "ArrowUp moves back");
        await finish(page);
    });

    test("a value above 12 million characters is read in slices with visible progress", { skip: onlyWithSweeps }, async () => {
        const { page } = gallery;
        takeProblems();
        const progress = strings.Dependencies_ReadingProgress.split("{1}")[1].trim(); // "characters read"
        await page.evaluate((progress) => {
            window.__progressSeen = [];
            const stage = document.querySelector("#stage");
            window.__progressObserver = new MutationObserver(() => {
                if (stage.innerText.includes(progress)) window.__progressSeen.push(stage.querySelector(".control-host")?.innerText ?? "");
            });
            window.__progressObserver.observe(stage, { childList: true, characterData: true, subtree: true });
        }, progress);
        await page.evaluate(({ settings }) => window.gallery.show("staged-110-000-entries-above-12-million-characters", settings), { settings: PLAIN });
        await page.locator("#stage .control-host").getByText("110,000 unprocessed dependencies").waitFor({ timeout: 30000 });
        const seen = await page.evaluate(() => {
            window.__progressObserver.disconnect();
            return window.__progressSeen;
        });
        assert.ok(seen.length > 0, "reading progress was shown while the value was parsed");
        assert.ok(
            seen.some((text) => /\d+%/.test(text)),
            `a percentage is shown: ${seen[0]?.slice(0, 200)}`,
        );
        await finish(page);
    });

    test("a large list's CSV is prepared in slices with visible progress, and the host gets every line", { skip: onlyWithSweeps }, async () => {
        const { page } = gallery;
        takeProblems();
        await page.evaluate(({ settings }) => window.gallery.show("staged-110-000-entries-above-12-million-characters", settings), { settings: PLAIN });
        const host = page.locator("#stage .control-host");
        await host.getByText("110,000 unprocessed dependencies").waitFor({ timeout: 30000 });
        const preparing = strings.Export_Preparing.split("(")[0].trim(); // "Preparing the file"
        await page.evaluate((preparing) => {
            window.__exportSeen = [];
            const stage = document.querySelector("#stage");
            window.__exportObserver = new MutationObserver(() => {
                const status = [...stage.querySelectorAll("[role='status']")].find((s) => s.textContent.startsWith(preparing));
                if (status) window.__exportSeen.push(status.textContent);
            });
            window.__exportObserver.observe(stage, { childList: true, characterData: true, subtree: true });
        }, preparing);
        await host.getByRole("button", { name: strings.Export_Csv }).click();
        await page.waitForFunction(() => window.gallery.navigationCalls().some((n) => n.method === "openFile"), null, { timeout: 30000 });
        const { seen, lines, header } = await page.evaluate(() => {
            window.__exportObserver.disconnect();
            const [file] = window.gallery.navigationCalls().find((n) => n.method === "openFile").args;
            const bytes = Uint8Array.from(atob(file.fileContent), (c) => c.charCodeAt(0));
            const text = new TextDecoder().decode(bytes);
            const rows = text.split("\r\n");
            return { seen: window.__exportSeen, lines: rows.length, header: rows[0] };
        });
        assert.ok(seen.length > 0, "the file's progress was shown while it was prepared");
        assert.ok(
            seen.some((text) => /\d+\s?%/.test(text)),
            `with a percentage: ${seen[0]}`,
        );
        assert.equal(lines, 110_002, "a header, 110,000 entries and the last line end");
        assert.equal(header, [strings.Column_Name, strings.Column_Type, strings.Column_Id, strings.Column_Parent].join(","));
        await host.getByText(preparing).waitFor({ state: "detached" });
        await finish(page);
    });
});

describe("StagedDependencyViewer: a million dependencies", () => {
    const MILLION = 1_000_000;

    test("the first entries show while a million are read, and the page answers keys meanwhile", { skip: onlyWithSweeps }, async () => {
        const { page } = gallery;
        takeProblems();
        await showScenario(page, "staged-30-as-a-json-array", "30 unprocessed dependencies");
        await page.evaluate(async (count) => {
            const { dependencies } = await import("/fixtures/generate.mjs");
            window.__million = dependencies(count, "json");
            const probe = document.createElement("input");
            probe.id = "typing-probe";
            probe.setAttribute("aria-label", "typing probe");
            document.body.append(probe);
            const host = document.querySelector("#stage .control-host");
            const reading = () => host.querySelector("[role='progressbar']") !== null;
            window.__seen = { rowsWhileReading: null, keysWhileReading: 0 };
            probe.addEventListener("input", () => {
                if (reading()) window.__seen.keysWhileReading += 1;
            });
            window.__rowsObserver = new MutationObserver(() => {
                const row = host.querySelector("[data-dependency-row]");
                if (window.__seen.rowsWhileReading === null && row && reading()) {
                    window.__seen.rowsWhileReading = row.textContent;
                }
            });
            window.__rowsObserver.observe(host, { childList: true, subtree: true, characterData: true });
        }, MILLION);
        await page.evaluate(() => {
            window.gallery.setParameter("unprocessedDependencies", window.__million);
            delete window.__million;
        });
        // Keys typed while the value is read reach the page.
        await page.locator("#typing-probe").pressSequentially("still here", { delay: 20 });
        await page.locator("#stage .control-host").getByText("1,000,000 unprocessed dependencies").waitFor({ timeout: 180_000 });
        const seen = await page.evaluate(() => {
            window.__rowsObserver.disconnect();
            document.querySelector("#typing-probe").remove();
            return window.__seen;
        });
        assert.ok(seen.rowsWhileReading, "entries were listed before the whole value was read");
        assert.ok(seen.rowsWhileReading.includes("0000d3d3-0000-4000-8000-000000000001"), `the first entry of the value comes first: ${seen.rowsWhileReading}`);
        assert.ok(seen.keysWhileReading > 0, "a key typed while the value was read was handled before the list completed");
        // The complete list is grouped: a group header with its final count.
        await page.locator("#stage [data-dependency-group]").first().waitFor({ timeout: FACT_WAIT_MS });
        // Scrolled to the middle and to the end, the rows there show, and the page holds only a few screens of rows.
        for (const share of [0.5, 1]) {
            const wanted = await page.evaluate((at) => {
                const box = document.querySelector("#stage .aops-dependency-scroll");
                box.scrollTop = (box.scrollHeight - box.clientHeight) * at;
                return Math.floor(box.scrollTop / 32);
            }, share);
            await page.waitForFunction(
                (row) => {
                    const box = document.querySelector("#stage .aops-dependency-scroll");
                    const top = box.getBoundingClientRect().top;
                    const indexes = Array.from(box.querySelectorAll("[data-list-index]"))
                        .filter((cell) => Math.abs(cell.getBoundingClientRect().top - top) < 64)
                        .map((cell) => Number(cell.getAttribute("data-list-index")));
                    return indexes.some((index) => Math.abs(index - row) <= 2) && box.querySelectorAll("[data-list-index]").length < 1000;
                },
                wanted,
                { timeout: FACT_WAIT_MS },
            );
        }
        await finish(page);
    });
});
