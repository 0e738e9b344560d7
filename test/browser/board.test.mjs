// Browser tests of the OperationsBoard's interactions, on its gallery scenarios in a real Chromium with
// the production bundle (every scenario's facts, axe, dark RTL, phone and timers after destroy run in
// gallery.test.mjs with the other controls). Here: keyboard, live refresh with announcements, bulk cancel,
// sorting, 5,000 virtualized rows, cards at phone width, the aggregate packet request.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { join } from "node:path";
import { testTheRuntime } from "./runtime.mjs";
import { gallery, useGallery, shots } from "./galleryHarness.mjs";
import { strings, WAIT_MS, stage, rowOf, show, axeViolations, finish } from "./boardHarness.mjs";

useGallery();

testTheRuntime(() => gallery, "board-mixed-statuses-live");

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
