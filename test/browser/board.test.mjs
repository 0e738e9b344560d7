// Browser tests of the OperationsBoard's interactions, on its gallery scenarios in a real Chromium with
// the production bundle (every scenario's facts, axe, dark RTL, phone and timers after destroy run in
// gallery.test.mjs with the other controls). Here: keyboard, live refresh with announcements, bulk cancel,
// sorting, 5,000 virtualized rows, cards at phone width, the aggregate packet request.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readResx } from "../../scripts/lib/resx.mjs";
import { openGallery, screenshotFolder } from "../../scripts/gallery/galleryPage.mjs";
import { onlyWithSweeps, testTheRuntime } from "./runtime.mjs";
import { scenarios } from "../../scripts/gallery/fixtures/scenarios.mjs";
import { assertHostLook, axeEveryRule, expandAll, sidewaysOverflow, timersLeft, useDesktopWidth, usePhoneWidth, visualText } from "./hostStates.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const shots = screenshotFolder();
const axeSource = readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");
const strings = Object.fromEntries(readResx(join(root, "OperationsBoard", "strings", "OperationsBoard.1033.resx")));
const common = Object.fromEntries(readResx(join(root, "common", "strings", "Common.1033.resx")));
mkdirSync(shots, { recursive: true });

const WAIT_MS = 8000;
const TIMER_GRACE_MS = 1500;
const PLAIN = { dark: false, rtl: false, languageId: 1033, phone: false, width: 0, disabled: false, masked: false, noWebApi: false };
let gallery;

before(async () => {
    gallery = await openGallery();
});

after(async () => {
    await gallery?.close();
});

testTheRuntime(() => gallery, "board-mixed-statuses-live");

const stage = () => gallery.page.locator("#stage .control-host");
const rowOf = (name) => stage().locator("[role='row']", { has: gallery.page.getByText(name, { exact: true }) });

async function show(id, settings = {}) {
    gallery.problems.splice(0);
    await gallery.page.evaluate(({ id, settings }) => window.gallery.show(id, settings), { id, settings: { ...PLAIN, ...settings } });
}

async function axeViolations() {
    const { page } = gallery;
    if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) await page.addScriptTag({ content: axeSource });
    return page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector("#stage .control-host"), { resultTypes: ["violations"] });
        return result.violations.map(
            (v) =>
                `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                    .map((n) => n.target.join(" "))
                    .slice(0, 3)
                    .join(", ")}`,
        );
    });
}

/** No error on the page, and nothing of the control left running once it is destroyed. */
async function finish() {
    const { page } = gallery;
    assert.deepEqual(gallery.problems.splice(0), [], "page or console errors");
    await page.evaluate(() => window.gallery.teardown());
    assert.deepEqual(await timersLeft(page, TIMER_GRACE_MS), [], "timers still running after destroy()");
    assert.deepEqual(gallery.problems.splice(0), [], "page or console errors during destroy");
}

describe("OperationsBoard in the gallery", () => {
    test("keyboard: arrow keys move between rows, space selects (the command bar is told), Enter opens the record", async () => {
        const { page } = gallery;
        await show("board-mixed-statuses-live");
        await rowOf("Export audit log").waitFor({ timeout: WAIT_MS });
        // A click on a row selects it and puts the keyboard there.
        await rowOf("Export audit log").locator("[role='gridcell']").nth(3).click();
        const focusedRow = () => page.evaluate(() => document.activeElement?.closest("[role='row']")?.innerText ?? "");
        const selected = async () =>
            (await page.evaluate(() => window.gallery.datasetCalls())).filter((c) => c.method === "setSelectedRecordIds").at(-1)?.args[0] ?? [];
        assert.match(await focusedRow(), /Export audit log/);
        assert.deepEqual(await selected(), ["0000b0a7-0000-4000-8000-000000000001"]);
        await page.keyboard.press("ArrowDown");
        assert.match(await focusedRow(), /Recalculate rollups/, "ArrowDown moves to the next row");
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("ArrowUp");
        assert.match(await focusedRow(), /Recalculate rollups/, "ArrowUp moves back");
        await page.keyboard.press("Space");
        await page.waitForFunction(
            () =>
                window.gallery
                    .datasetCalls()
                    .filter((c) => c.method === "setSelectedRecordIds")
                    .at(-1)?.args[0].length === 2,
            null,
            { timeout: WAIT_MS },
        );
        // Two selected, one of them waiting: only that one can be canceled.
        await stage()
            .getByRole("button", { name: strings.Cancel_Button_one.replace("{0}", "1") })
            .waitFor({ timeout: WAIT_MS });
        await page.keyboard.press("Enter");
        await page.waitForFunction(() => window.gallery.datasetCalls().some((c) => c.method === "openDatasetItem"), null, { timeout: WAIT_MS });
        const open = (await page.evaluate(() => window.gallery.datasetCalls())).find((c) => c.method === "openDatasetItem");
        assert.equal(open.args[0].id.guid, "0000b0a7-0000-4000-8000-000000000002", "Enter opens the focused row");
        await finish();
    });

    test("live refresh: a refresh shows new statuses, announces them politely and highlights the rows", async () => {
        const { page } = gallery;
        await show("board-mixed-statuses-live");
        const row = rowOf("Recalculate rollups");
        await row.getByText("In Progress").waitFor({ timeout: WAIT_MS });
        await stage().getByRole("button", { name: "Refresh now" }).click();
        await row.getByText("Succeeded").waitFor({ timeout: WAIT_MS });
        const live = await page.evaluate(() =>
            [...document.querySelectorAll("#stage [role='status'][aria-live='polite']")].map((e) => e.textContent).join("|"),
        );
        assert.match(live, /Status changed: .*Recalculate rollups: Succeeded/);
        assert.match(live, /Import price list: In Progress/);
        const animation = (locator) => locator.evaluate((element) => getComputedStyle(element).animationName);
        const unchanged = await animation(rowOf("Archive notes"));
        assert.notEqual(await animation(row), unchanged, "the changed row is highlighted, unchanged rows are not");
        const refreshes = (await page.evaluate(() => window.gallery.datasetCalls())).filter((c) => c.method === "refresh");
        assert.equal(refreshes.length, 1, "one refresh");
        await page.screenshot({ path: join(shots, "board-live-refresh.png"), fullPage: true });
        await finish();
    });

    test("bulk cancel: asks the host once, cancels the waiting rows and names the started one it left alone", async () => {
        const { page } = gallery;
        await show("board-mixed-statuses-live");
        for (const name of ["Export audit log", "Compress attachments", "Recalculate rollups"]) {
            await rowOf(name).locator("[data-automationid='DetailsRowCheck'], .ms-DetailsRow-check").first().click();
        }
        const button = stage().getByRole("button", { name: strings.Cancel_Button.replace("{0}", "2") });
        await button.waitFor({ timeout: WAIT_MS });
        await button.click();
        // The host's confirm dialog, with the labels the board passes.
        await page.getByRole("dialog").getByRole("button", { name: strings.Cancel_ConfirmYes, exact: true }).click();
        const report = stage().locator(".aops-board-cancel-report");
        await report.waitFor({ timeout: WAIT_MS });
        const text = await report.innerText();
        assert.match(text, /2 of 2 operations are being canceled/);
        assert.match(text, /Recalculate rollups: left alone \(In Progress\)/);
        const updates = (await page.evaluate(() => window.gallery.webApiCalls())).filter((c) => c.method === "updateRecord");
        assert.deepEqual(updates.map((u) => [u.entity, u.id, u.data.backgroundoperationstatecode, u.data.backgroundoperationstatuscode]).sort(), [
            ["backgroundoperation", "0000b0a7-0000-4000-8000-000000000001", 2, 22],
            ["backgroundoperation", "0000b0a7-0000-4000-8000-00000000000a", 2, 22],
        ]);
        assert.equal((await page.evaluate(() => window.gallery.navigationCalls())).filter((n) => n.method === "openConfirmDialog").length, 1, "asked once");
        await rowOf("Export audit log").getByText("Canceling").waitFor({ timeout: WAIT_MS });
        assert.deepEqual(await axeViolations(), [], "axe-core violations with the report open");
        await finish();
    });

    test("sorting: a header click sorts through the data set and reloads", async () => {
        const { page } = gallery;
        await show("board-mixed-statuses-live");
        await rowOf("Export audit log").waitFor({ timeout: WAIT_MS });
        await stage().locator("[role='columnheader']", { hasText: strings.Column_Name }).locator(".ms-DetailsHeader-cellTitle").click();
        await page.waitForFunction(() => window.gallery.datasetCalls().some((c) => c.method === "refresh"), null, { timeout: WAIT_MS });
        await page.waitForFunction(
            () =>
                document.querySelector("#stage [role='row'] [data-operation-id]") &&
                document.querySelectorAll("#stage [data-operation-id]")[0].textContent === "Archive notes",
            null,
            { timeout: WAIT_MS },
        );
        const header = stage().locator("[role='columnheader']", { hasText: strings.Column_Name });
        assert.equal(await header.getAttribute("aria-sort"), "ascending");
        await finish();
    });

    test("5,000 rows: the grid holds only what is visible and scrolls to the last row", async () => {
        const { page } = gallery;
        await show("board-5000-operations");
        await rowOf("Bulk job 0001").waitFor({ timeout: WAIT_MS });
        const rendered = await page.evaluate(() => document.querySelectorAll("#stage [role='row']").length);
        assert.ok(rendered < 400, `virtualized: ${rendered} rows in the DOM for 5,000`);
        await page.evaluate(() => {
            const box = document.querySelector("#stage .aops-board-scroller");
            box.scrollTop = box.scrollHeight;
        });
        await rowOf("Bulk job 5000").waitFor({ timeout: WAIT_MS });
        // Home and End reach the first and the last loaded row, not the first and last drawn.
        await rowOf("Bulk job 5000").locator("[role='gridcell']").nth(3).click();
        const focusedRow = () => page.evaluate(() => document.activeElement?.closest("[role='row']")?.innerText ?? "");
        await page.keyboard.press("Home");
        await page.waitForFunction(() => /Bulk job 0001/.test(document.activeElement?.closest("[role='row']")?.innerText ?? ""), null, { timeout: WAIT_MS });
        await page.keyboard.press("Control+End");
        await page.waitForFunction(() => /Bulk job 5000/.test(document.activeElement?.closest("[role='row']")?.innerText ?? ""), null, { timeout: WAIT_MS });
        await page.keyboard.press("Control+Home");
        await page.waitForFunction(() => /Bulk job 0001/.test(document.activeElement?.closest("[role='row']")?.innerText ?? ""), null, { timeout: WAIT_MS });
        await page.keyboard.press("End");
        await page.waitForFunction(() => /Bulk job 5000/.test(document.activeElement?.closest("[role='row']")?.innerText ?? ""), null, { timeout: WAIT_MS });
        assert.match(await focusedRow(), /Bulk job 5000/);
        // The column headers stay on top of the rows, in view, while the grid scrolls.
        const header = await page.evaluate(() => {
            const area = document.querySelector("#stage .aops-board-scroller").getBoundingClientRect();
            const name = [...document.querySelectorAll("#stage [role='columnheader']")].find((h) => h.textContent.includes("Name"));
            const box = name?.getBoundingClientRect();
            const onTop = box ? document.elementFromPoint(box.left + 8, box.top + box.height / 2)?.closest("[role='columnheader']") === name : false;
            return { top: box ? box.top - area.top : -1, onTop };
        });
        assert.ok(header.top >= 0 && header.top < 4, `the header is at the top of the scrolled grid (${header.top} px below it)`);
        assert.ok(header.onTop, "the header is drawn over the rows, not under them");
        await page.screenshot({ path: join(shots, "board-5000-scrolled.png"), fullPage: true });
        await finish();
    });

    test("a refresh keeps the scroll position and the selection", async () => {
        const { page } = gallery;
        await show("board-5000-operations");
        await rowOf("Bulk job 0001").locator("[role='gridcell']").nth(3).click();
        const selected = "0000b0a7-0000-4000-8000-000000000001";
        await page.waitForFunction((id) => window.gallery.datasetCalls().some((c) => c.method === "setSelectedRecordIds" && c.args[0].includes(id)), selected, {
            timeout: WAIT_MS,
        });
        const box = stage().locator(".aops-board-scroller");
        await box.evaluate((element) => (element.scrollTop = 60_000));
        // The first row shown down there, once Fluent has rendered that part of the list.
        const shownRow = () =>
            page.evaluate(() => {
                const box = document.querySelector("#stage .aops-board-scroller").getBoundingClientRect();
                const names = [...document.querySelectorAll("#stage [data-operation-id]")].filter((e) => e.getBoundingClientRect().top > box.top + 60);
                return names[0]?.textContent ?? "";
            });
        await page.waitForFunction(
            () => [...document.querySelectorAll("#stage [data-operation-id]")].some((e) => /Bulk job 1[0-9]{3}/.test(e.textContent)),
            null,
            { timeout: WAIT_MS },
        );
        const name = await shownRow();
        assert.match(name, /Bulk job 1\d{3}/);
        const before = await box.evaluate((element) => element.scrollTop);
        const callsBefore = (await page.evaluate(() => window.gallery.datasetCalls())).length;
        await stage().getByRole("button", { name: "Refresh now" }).click();
        await page.waitForFunction(() => window.gallery.datasetCalls().some((c) => c.method === "refresh"), null, { timeout: WAIT_MS });
        await stage().locator(".aops-refresh[data-phase='idle']").waitFor({ timeout: WAIT_MS });
        assert.equal(await box.evaluate((element) => element.scrollTop), before, "the grid did not jump");
        assert.equal(await shownRow(), name, "the same rows are in view");
        const after = (await page.evaluate(() => window.gallery.datasetCalls())).slice(callsBefore).filter((c) => c.method === "setSelectedRecordIds");
        assert.ok(
            after.every((c) => c.args[0].includes(selected)),
            `the selection stays: ${JSON.stringify(after)}`,
        );
        await box.evaluate((element) => (element.scrollTop = 0));
        assert.equal(await rowOf("Bulk job 0001").getAttribute("aria-selected"), "true", "the row is still selected");
        await finish();
    });

    test("phone width: rows become cards that can be selected for the cancel", async () => {
        const { page } = gallery;
        await show("board-mixed-statuses-live", { phone: true });
        const card = stage().locator("[data-operation-card]", { hasText: "Export audit log" });
        await card.waitFor({ timeout: WAIT_MS });
        assert.equal(await stage().locator("[role='grid']").count(), 0, "no grid at phone width");
        const { width, allocated } = await page.evaluate(() => ({
            width: document.querySelector("#stage .control-host").scrollWidth,
            allocated: window.gallery.allocatedWidth(),
        }));
        assert.equal(allocated, 390, "the phone gives the control its 390 px");
        assert.ok(width <= allocated, `nothing wider than the phone (${width} px in ${allocated} px)`);
        await card.getByRole("checkbox").click();
        await stage()
            .getByRole("button", { name: strings.Cancel_Button_one.replace("{0}", "1") })
            .waitFor({ timeout: WAIT_MS });
        await page.screenshot({ path: join(shots, "board-phone.png"), fullPage: true });
        assert.deepEqual(await axeViolations(), [], "axe-core violations at phone width");
        await finish();
    });

    test("dark theme in Arabic at phone width, and a narrow subgrid, stay axe-clean", async () => {
        const { page } = gallery;
        await show("board-mixed-statuses-live", { dark: true, rtl: true, languageId: 1025, phone: true });
        await stage().locator("[data-operation-card]").first().waitFor({ timeout: WAIT_MS });
        await page.screenshot({ path: join(shots, "board-dark-rtl-phone.png"), fullPage: true });
        assert.deepEqual(await axeViolations(), [], "axe-core violations in dark RTL phone");
        await finish();
        await show("board-subgrid-narrow-form");
        await rowOf("Merge duplicate contacts").waitFor({ timeout: WAIT_MS });
        const overflow = await page.evaluate(() => {
            const host = document.querySelector("#stage .control-host");
            return host.scrollWidth - host.clientWidth;
        });
        assert.ok(overflow <= 1, `the board fits the narrow form (${overflow}px too wide)`);
        await finish();
    });
});

/** The host states real users run; each board scenario is checked in all of them. */
const HOST_STATES = [
    { name: "light", settings: { dark: false, rtl: false, languageId: 1033, phone: false } },
    { name: "dark", settings: { dark: true, rtl: false, languageId: 1033, phone: false } },
    { name: "rtl", settings: { dark: false, rtl: true, languageId: 1025, phone: false } },
    { name: "phone-390", settings: { dark: false, rtl: false, languageId: 1033, phone: true }, width: 390 },
    { name: "phone-320-dark", settings: { dark: true, rtl: false, languageId: 1031, phone: true }, width: 320 },
];

/** Opens the first error message tooltip (keyboard focus), as a user checking a failure does. */
async function openFirstTooltip(page) {
    const code = stage().locator(".aops-board-error").first();
    if ((await code.count()) === 0) return false;
    await code.focus();
    await page.locator(".ms-Tooltip").first().waitFor({ timeout: WAIT_MS });
    // Fluent fades a tooltip in: the screenshot and the contrast check see it once it is opaque.
    await page.waitForFunction(() => [...document.querySelectorAll(".ms-Callout")].every((c) => getComputedStyle(c).opacity === "1"), null, {
        timeout: WAIT_MS,
    });
    return true;
}

/** The visible content of the page: wait until the board shows rows, cards or its empty/loading state. */
async function boardShown(page) {
    await page.waitForFunction(
        () => {
            const host = document.querySelector("#stage .control-host");
            return host && host.innerText.trim().length > 0 && !host.querySelector(".ms-Spinner");
        },
        null,
        { timeout: WAIT_MS },
    );
}

describe("OperationsBoard in every host state: light, dark, Arabic right-to-left, 390 and 320 px phones", () => {
    for (const scenario of scenarios.filter((s) => s.control === "OperationsBoard")) {
        test(`${scenario.id}: collapsibles and a tooltip open, axe (every rule) clean, nothing sideways, screenshots`, { skip: onlyWithSweeps }, async () => {
            const { page } = gallery;
            try {
                for (const state of HOST_STATES) {
                    if (state.width) await usePhoneWidth(page, state.width);
                    else await useDesktopWidth(page);
                    await show(scenario.id, state.settings);
                    await boardShown(page);
                    await expandAll(page);
                    await openFirstTooltip(page);
                    await page.screenshot({ path: join(shots, `${scenario.id}-${state.name}.png`), fullPage: true });
                    // Fluent's grid puts its focused row (role "row", the ARIA grid pattern) in the tab order, which
                    // axe's experimental focus-order-semantics rule does not count as a widget; every other rule applies.
                    const violations = (await axeEveryRule(page, axeSource)).filter(
                        (v) =>
                            !(
                                v.startsWith("focus-order-semantics ") &&
                                v
                                    .split(" — ")[1]
                                    .split(" | ")
                                    .every((node) => /^(#row[\w-]+|div\[data-selection-index="\d+"\]) /.test(node))
                            ),
                    );
                    assert.deepEqual(violations, [], `axe violations (${state.name})`);
                    assert.deepEqual(await sidewaysOverflow(page), [], `sideways overflow (${state.name})`);
                    await assertHostLook(page, state, assert);
                    await finish();
                }
            } finally {
                await useDesktopWidth(page);
            }
        });
    }
});

describe("OperationsBoard: contrast on selected and hovered rows", () => {
    /** axe's color-contrast rule on the board, with whatever is selected and hovered now. */
    async function contrastViolations(page) {
        if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) await page.addScriptTag({ content: axeSource });
        return page.evaluate(async () => {
            const result = await window.axe.run(document.querySelector("#stage .control-host"), { runOnly: { type: "rule", values: ["color-contrast"] } });
            return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`));
        });
    }

    for (const dark of [false, true]) {
        test(`text and links stay at 4.5:1 on selected, hovered and selected-hovered rows (${dark ? "dark" : "light"})`, async () => {
            const { page } = gallery;
            await show("board-mixed-statuses-live", { dark });
            await rowOf("Archive notes").waitFor({ timeout: WAIT_MS });
            for (const name of ["Archive notes", "Send welcome mail"]) await rowOf(name).locator("[role='checkbox']").first().click();
            await page.waitForFunction(() => document.querySelectorAll("#stage .ms-DetailsRow.is-selected").length === 2, null, { timeout: WAIT_MS });
            // Hovered and selected, then hovered alone.
            for (const name of ["Archive notes", "Rebuild search index"]) {
                await rowOf(name).locator("[data-operation-id]").hover();
                await page.evaluate(() => window.gallery.settled());
                assert.deepEqual(await contrastViolations(page), [], `color contrast with "${name}" hovered`);
            }
            await finish();
        });
    }
});

describe("OperationsBoard: what a demanding admin checks", () => {
    test("in Arabic the error code reads -2147187707 (0x80048405) in visual order, in the grid and on the cards", async () => {
        const { page } = gallery;
        for (const phone of [false, true]) {
            await show("board-mixed-statuses-live", { rtl: true, languageId: 1025, dark: phone, phone });
            const code = stage().locator(".aops-board-error-code").first();
            await code.waitFor({ timeout: WAIT_MS });
            assert.ok((await stage().locator("[dir='rtl']").count()) > 0, "the board is right-to-left");
            assert.equal(await visualText(page, "#stage .aops-board-error-code"), "-2147187707 (0x80048405)", phone ? "cards" : "grid");
            await finish();
        }
    });

    /** The headers the grid shows, each with whether its text is cut, and whether anything makes the grid or the page scroll sideways. */
    async function gridLook(page) {
        return page.evaluate(() => {
            const box = document.querySelector("#stage .aops-board-scroller");
            const headers = [...document.querySelectorAll("#stage [role='columnheader']")].map((h) => h.textContent.trim()).filter(Boolean);
            return {
                headers,
                page: document.scrollingElement.scrollWidth - window.innerWidth,
                gridScrolls: box.scrollWidth > box.clientWidth + 1,
            };
        });
    }

    /** Every header, cell and folded line the grid cuts, hovered: each must then carry its whole text as its title. */
    async function cutWithoutTitle(page) {
        const cut = await page.evaluate(() => {
            const found = [];
            const selector = "#stage .ms-DetailsHeader-cellName, #stage [role='gridcell'] > *, #stage .aops-board-folded";
            document.querySelectorAll(selector).forEach((element, index) => {
                if (element.scrollWidth > element.clientWidth + 1) {
                    element.setAttribute("data-cut-check", String(index));
                    found.push(String(index));
                }
            });
            return found;
        });
        const missing = [];
        for (const index of cut) {
            const element = page.locator(`[data-cut-check='${index}']`);
            await element.hover();
            const { title, text } = await element.evaluate((e) => ({ title: e.title || e.closest("[title]")?.title || "", text: e.textContent.trim() }));
            // The whole text is one hover away: the title holds all of it (a view's own title may say more).
            if (!title.replace(/\s+/g, " ").includes(text.replace(/\s+/g, " "))) missing.push(`"${text}" (title "${title}")`);
        }
        return missing;
    }

    for (const width of [600, 1024, 1366, 1600]) {
        test(`a ${width} px view: no sideways scrolling; name, status, error, retries, run time and created in view from 1,024 px, the rest folded into the row; cut text has its title`, async () => {
            const { page } = gallery;
            try {
                // The view is `width` wide, the host log beside it as in the gallery.
                await page.setViewportSize({ width: width + 420, height: 900 });
                for (const languageId of [1033, 1031, 1025]) {
                    await show("board-mixed-statuses-live", { languageId, rtl: languageId === 1025, width });
                    await stage().locator("[role='row'] [data-operation-id]").first().waitFor({ timeout: WAIT_MS });
                    const look = await gridLook(page);
                    assert.ok(look.page <= 0, `the page scrolls sideways by ${look.page} px (${languageId})`);
                    assert.equal(look.gridScrolls, false, `the grid scrolls sideways (${languageId}): ${look.headers.join(", ")}`);
                    assert.deepEqual(await sidewaysOverflow(page), [], `the board sticks out of the view (${languageId})`);
                    const header = (key) => stage().locator(`[role='columnheader'][data-item-key='${key}']`);
                    for (const key of ["name", "status"]) assert.equal(await header(key).count(), 1, `the ${key} column shows at ${width} px`);
                    if (width >= 1024) {
                        for (const key of ["error", "retries", "run", "createdOn"])
                            assert.equal(await header(key).count(), 1, `the ${key} column shows at ${width} px (${languageId})`);
                    }
                    // What did not fit is under the name: the failed row's error code at 600 px.
                    const archive = stage().locator("[role='row']", { has: page.locator("[data-operation-id='0000b0a7-0000-4000-8000-000000000003']") });
                    if ((await header("error").count()) === 0) {
                        assert.match(
                            await archive.locator(".aops-board-folded").innerText(),
                            /-2147187707 \(0x80048405\)/,
                            `the error folds into the row (${languageId})`,
                        );
                    }
                    assert.deepEqual(await cutWithoutTitle(page), [], `cut text without its whole text on hover (${languageId})`);
                    if (languageId === 1033 || languageId === 1025)
                        await page.locator("#stage").screenshot({ path: join(shots, `board-view-${width}-${languageId}.png`) });
                    await finish();
                }
            } finally {
                await useDesktopWidth(page);
            }
        });
    }

    test("columns that fold but hold nothing in any row add no second line: masked values at 600 px give one-line rows", async () => {
        const { page } = gallery;
        try {
            await page.setViewportSize({ width: 600 + 420, height: 900 });
            await show("board-mixed-statuses-live", { width: 600 });
            const archive = rowOf("Archive notes");
            await archive.locator(".aops-board-folded").waitFor({ timeout: WAIT_MS });
            const twoLines = (await archive.boundingBox()).height;
            await show("board-mixed-statuses-live", { width: 600, masked: true });
            await stage().locator("[role='row'] [data-operation-id]").first().waitFor({ timeout: WAIT_MS });
            assert.equal(await stage().locator(".aops-board-folded").count(), 0, "no folded line when no row has a folded value");
            const oneLine = (await rowOf("Archive notes").boundingBox()).height;
            assert.ok(oneLine < twoLines - 8, `rows are one line (${oneLine} px) instead of two (${twoLines} px)`);
            await finish();
        } finally {
            await useDesktopWidth(page);
        }
    });

    test("a refresh keeps an open error tooltip open", async () => {
        const { page } = gallery;
        await show("board-mixed-statuses-live");
        const code = rowOf("Archive notes").locator(".aops-board-error");
        await code.waitFor({ timeout: WAIT_MS });
        const callsBefore = (await page.evaluate(() => window.gallery.datasetCalls())).filter((c) => c.method === "refresh").length;
        // Hover, as a mouse user does (the keyboard path is the host-state sweep's).
        await code.hover();
        const tooltip = page.locator(".ms-Tooltip", { hasText: "Access is denied." });
        await tooltip.waitFor({ timeout: WAIT_MS });
        // The view refreshes on its own every 5 seconds; the rows it changes are others.
        await page.waitForFunction((before) => window.gallery.datasetCalls().filter((c) => c.method === "refresh").length > before, callsBefore, {
            timeout: 15_000,
        });
        await rowOf("Recalculate rollups").getByText("Succeeded").waitFor({ timeout: WAIT_MS });
        await stage().locator(".aops-refresh[data-phase='idle']").waitFor({ timeout: WAIT_MS });
        assert.equal(await tooltip.isVisible(), true, "the tooltip is still open after the refresh");
        await page.mouse.move(0, 0);
        await finish();
    });

    test("status labels in the user's language and the maker's colors from the metadata, readable in dark", async () => {
        const { page } = gallery;
        const expected = { 1031: "Zahlen werden berechnet", 1041: "数値を計算中", 1025: "جارٍ حساب الأرقام", 1033: "Crunching the numbers" };
        for (const [languageId, label] of Object.entries(expected)) {
            await show("board-maker-labels-and-colors", { languageId: Number(languageId), rtl: languageId === "1025", dark: languageId === "1041" });
            await stage().getByText(label, { exact: true }).first().waitFor({ timeout: WAIT_MS });
            await finish();
        }
        const metadataCalls = (entries) => entries.filter((e) => e.kind === "utils" && e.method === "getEntityMetadata");
        // Showing a scenario starts a new host log: every call below is this board's.
        await show("board-maker-labels-and-colors");
        const badge = rowOf("Recalculate sales quotas").locator(".aops-badge");
        await page.waitForFunction(
            () => [...document.querySelectorAll("#stage .aops-badge")].some((b) => getComputedStyle(b).borderTopColor === "rgb(73, 130, 5)"),
            null,
            { timeout: WAIT_MS },
        );
        assert.equal(await badge.evaluate((b) => getComputedStyle(b).borderTopColor), "rgb(73, 130, 5)", "the maker's color");
        await page.evaluate(() => window.gallery.update());
        assert.equal(metadataCalls(await page.evaluate(() => window.gallery.log)).length, 1, "the metadata is read once");
        await finish();
    });

    test("invisible characters in names and error messages show as code points", async () => {
        const { page } = gallery;
        await show("board-hidden-characters");
        const link = stage().locator("[data-operation-id]").first();
        await link.waitFor({ timeout: WAIT_MS });
        assert.equal(await link.innerText(), "InvoiceU+202Etxt.exe sync");
        const marker = common.Invisible_Character.replace("{0}", "U+202E");
        assert.ok((await stage().getByRole("img", { name: marker }).count()) > 0, "the marker has an accessible name");
        await stage().locator(".aops-board-error").first().hover();
        const tooltip = page.locator(".ms-Tooltip").first();
        await tooltip.waitFor({ timeout: WAIT_MS });
        assert.match(await tooltip.innerText(), /AccessU\+200B is\s?U\+0000 denied for U\+202Euser\s?U\+202C\./);
        const text = await page.evaluate(() => document.querySelector("#stage").innerText + (document.querySelector(".ms-Tooltip")?.innerText ?? ""));
        for (const hidden of ["\u202E", "\u200B", "\u0000"]) assert.ok(!text.includes(hidden), `no raw ${JSON.stringify(hidden)} on the page`);
        await page.mouse.move(0, 0);
        await finish();
    });
});
