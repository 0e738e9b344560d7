// Browser tests: every control at the widths users have, in every host state; nothing sticks out and no
// text is cut without its whole text on hover.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { join } from "node:path";
import { scenarios } from "../../scripts/gallery/fixtures/scenarios.mjs";
import { CONTROLS } from "../../scripts/lib/controls.mjs";
import { sidewaysOverflow, useDesktopWidth } from "./hostStates.mjs";
import { gallery, useGallery, shots, settle, takeProblems, PLAIN } from "./galleryHarness.mjs";

useGallery();

describe("every control at the widths users have: form sections of 300, 480, 600 and 900 px, views of 1,024 and 1,366 px, in every host state", () => {
    const SHOWN = {
        OperationStatusTimeline: { id: "operation-failed-with-a-long-error", widths: [300, 480, 600, 900] },
        IntegrationJobProgress: { id: "job-stalled-with-system-jobs-and-sync-errors", widths: [300, 480, 600, 900] },
        StagedDependencyViewer: { id: "staged-30-as-a-json-array", widths: [300, 480, 600, 900] },
        OperationsBoard: { id: "board-mixed-statuses-live", widths: [600, 1024, 1366] },
        OperationCells: { id: "cells-background-operations", widths: [1024, 1366] },
    };
    // Each control's other scenarios, at its narrowest width and the one most forms give it, light English
    // and dark Arabic: the long names, hostile text and odd values they hold must fit there too.
    const OTHER_WIDTHS = {
        OperationStatusTimeline: [300, 600],
        IntegrationJobProgress: [300, 600],
        StagedDependencyViewer: [300, 600],
        OperationsBoard: [600, 1024],
        OperationCells: [1024],
    };
    /** Texts that end in an ellipsis without their whole text one hover away. */
    function cutWithoutWholeText(page) {
        return page.evaluate(() =>
            [...document.querySelectorAll("#stage .control-host *")]
                .filter((e) => {
                    const style = getComputedStyle(e);
                    if (style.textOverflow !== "ellipsis" || e.scrollWidth <= e.clientWidth + 1 || (e.textContent ?? "").trim() === "") return false;
                    // The whole text one hover away: a title on it or around it, or a grid that titles what it cuts on hover.
                    const titled = e.closest("[title]");
                    const text = (e.textContent ?? "").replace(/\s+/g, " ").trim();
                    if (titled && titled.getAttribute("title").replace(/\s+/g, " ").includes(text.replace(/…$/, ""))) return false;
                    // The board titles what it cuts on hover (its own test); cells the Power Apps grid draws itself are the grid's.
                    return !e.closest(".aops-board-grid") && !e.closest("td[data-custom='false']");
                })
                .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(" ")[0]} "${(e.textContent ?? "").slice(0, 40)}"`),
        );
    }
    for (const control of CONTROLS) {
        test(`${control}: nothing sticks out, every text that ends in an ellipsis has its whole text on hover; light and dark, English and Arabic`, async () => {
            const { page } = gallery;
            const { id, widths } = SHOWN[control];
            takeProblems();
            try {
                for (const width of widths) {
                    await page.setViewportSize({ width: width + 420, height: 900 });
                    for (const [languageId, dark, restricted] of [
                        [1033, false, false],
                        [1033, true, false],
                        [1025, false, false],
                        [1025, true, false],
                        // The host states: a disabled form, masked fields and no Web API, in each direction.
                        [1033, false, true],
                        [1025, true, true],
                    ]) {
                        const hostState = restricted ? { disabled: true, masked: true, noWebApi: true } : {};
                        await page.evaluate(({ id, settings }) => window.gallery.show(id, settings), {
                            id,
                            settings: { ...PLAIN, width, languageId, rtl: languageId === 1025, dark, ...hostState },
                        });
                        await settle(page);
                        const where = `${control} at ${width} px (${languageId}${dark ? ", dark" : ""}${restricted ? ", disabled, masked, no Web API" : ""})`;
                        assert.deepEqual(await sidewaysOverflow(page), [], where);
                        const cut = await cutWithoutWholeText(page);
                        assert.deepEqual(cut, [], `${where}: text cut without its whole text on hover`);
                        if (width === 600 || width === 1024) {
                            const name = `width-${control}-${width}-${languageId}${dark ? "-dark" : ""}${restricted ? "-restricted" : ""}.png`;
                            await page.locator("#stage").screenshot({ path: join(shots, name) });
                        }
                    }
                }
                assert.deepEqual(takeProblems(), [], "page or console errors");
            } finally {
                await useDesktopWidth(page);
            }
        });
        test(`${control}: its other scenarios fit at ${OTHER_WIDTHS[control].join(" and ")} px, light English and dark Arabic`, async () => {
            const { page } = gallery;
            const others = scenarios.filter((s) => s.control === control && s.id !== SHOWN[control].id);
            takeProblems();
            try {
                for (const width of OTHER_WIDTHS[control]) {
                    await page.setViewportSize({ width: width + 420, height: 900 });
                    for (const scenario of others) {
                        for (const [languageId, dark] of [
                            [1033, false],
                            [1025, true],
                        ]) {
                            await page.evaluate(({ id, settings }) => window.gallery.show(id, settings), {
                                id: scenario.id,
                                settings: { ...PLAIN, width, languageId, rtl: languageId === 1025, dark },
                            });
                            await settle(page);
                            const where = `${scenario.id} at ${width} px (${languageId}${dark ? ", dark" : ""})`;
                            assert.deepEqual(await sidewaysOverflow(page), [], where);
                            assert.deepEqual(await cutWithoutWholeText(page), [], `${where}: text cut without its whole text on hover`);
                        }
                    }
                }
                assert.deepEqual(takeProblems(), [], "page or console errors");
            } finally {
                await useDesktopWidth(page);
            }
        });
    }
});
