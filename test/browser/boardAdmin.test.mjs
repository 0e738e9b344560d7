// Browser tests of the board as a demanding admin checks it: narrow views, long values, odd hosts.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { join } from "node:path";
import { sidewaysOverflow, useDesktopWidth, visualText } from "./hostStates.mjs";
import { gallery, useGallery, shots } from "./galleryHarness.mjs";
import { common, WAIT_MS, stage, rowOf, show, finish } from "./boardHarness.mjs";

useGallery();

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
