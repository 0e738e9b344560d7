// Browser tests of the gallery page itself: it shows what a host shows (languages, widths, themes, host
// states), one Refresh now in every control, and the side-by-side page of the five controls.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { join } from "node:path";
import { CONTROLS } from "../../scripts/lib/controls.mjs";
import { useDesktopWidth, usePhoneWidth } from "./hostStates.mjs";
import { gallery, useGallery, shots, FACT_WAIT_MS, english, settle, takeProblems, PLAIN, showScenario, finish } from "./galleryHarness.mjs";

useGallery();

describe("the gallery page shows what a host shows", () => {
    test("the host log starts empty for each scenario", async () => {
        const { page } = gallery;
        takeProblems();
        await showScenario(page, "job-7-of-12-with-gaps", "7 of 12");
        await page.locator("#stage .aops-regarding").getByTitle(english("IntegrationJobProgress").Regarding_Open).click();
        assert.ok(
            (await page.locator("#log li").allInnerTexts()).some((line) => line.includes("openForm")),
            "the navigation is logged",
        );
        await showScenario(page, "job-0-of-12", "12");
        assert.deepEqual(await page.evaluate(() => window.gallery.navigationCalls()), [], "no navigation of the previous scenario");
        const lines = await page.locator("#log li").allInnerTexts();
        assert.ok(!lines.some((line) => line.includes("openForm") || line.includes("22222222-0000-4000-8000-000000000002")), `log: ${lines.join("\n")}`);
        assert.ok(
            lines.some((line) => line.includes("22222222-0000-4000-8000-000000000001")),
            "the new scenario's calls are logged",
        );
        await finish(page);
    });

    test("the form frame keeps the height of the form when the host log is longer", async () => {
        const { page } = gallery;
        takeProblems();
        await showScenario(page, "job-0-of-12", "12");
        // A long log, as a scenario with many reads leaves.
        await page.evaluate(() => {
            for (let i = 0; i < 150; i++)
                document.getElementById("log").append(Object.assign(document.createElement("li"), { textContent: `webAPI: entry ${i}` }));
        });
        const { frame, content, log } = await page.evaluate(() => {
            const frame = document.querySelector(".form-frame").getBoundingClientRect();
            const stage = document.getElementById("stage").getBoundingClientRect();
            return { frame: frame.height, content: stage.bottom - frame.top, log: document.querySelector(".log").getBoundingClientRect().height };
        });
        assert.ok(log > frame, `the log (${log} px) is taller than the form (${frame} px)`);
        assert.ok(frame <= content + 24, `the form frame (${frame} px) ends with its content (${content} px)`);
        await finish(page);
    });

    test("at 320 px the gallery's header does not scroll sideways", async () => {
        const { page } = gallery;
        takeProblems();
        try {
            await usePhoneWidth(page, 320);
            await showScenario(page, "job-7-of-12-with-gaps", "7 of 12");
            const widths = await page.evaluate(() => ({
                page: document.documentElement.scrollWidth,
                header: document.querySelector(".bar").scrollWidth,
                screen: window.innerWidth,
            }));
            assert.ok(widths.page <= widths.screen, `the page is ${widths.page} px wide on a ${widths.screen} px screen`);
            assert.ok(widths.header <= widths.screen, `the header is ${widths.header} px wide on a ${widths.screen} px screen`);
        } finally {
            await useDesktopWidth(page);
        }
        await finish(page);
    });

    /** The width the control was told and the width of its box, in whole pixels. */
    const widths = (page) =>
        page.evaluate(() => ({
            told: window.gallery.allocatedWidth(),
            box: Math.floor(document.querySelector("#stage .control-host").getBoundingClientRect().width),
            page: document.documentElement.scrollWidth,
            screen: window.innerWidth,
        }));

    test("the control's box is the allocatedWidth it is told, and the host log takes none of it", async () => {
        const { page } = gallery;
        takeProblems();
        try {
            for (const [screen, width] of [
                [1024, 880],
                [1024, 600],
                [1366, 1024],
                [1366, 300],
            ]) {
                await page.setViewportSize({ width: screen, height: 900 });
                await page.evaluate(({ settings }) => window.gallery.show("board-mixed-statuses-live", settings), { settings: { ...PLAIN, width } });
                await settle(page);
                const seen = await widths(page);
                assert.deepEqual({ told: seen.told, box: seen.box }, { told: width, box: width }, `a ${width} px section on a ${screen} px screen`);
                assert.ok(seen.page <= seen.screen, `the page does not scroll sideways: ${JSON.stringify(seen)}`);
            }
            // A window that narrows gives the control less, and the host tells it (updateView with "layout").
            await page.setViewportSize({ width: 700, height: 900 });
            await page.waitForFunction(() => window.gallery.allocatedWidth() < 700);
            const narrowed = await widths(page);
            assert.equal(narrowed.told, narrowed.box, `after the window narrowed: ${JSON.stringify(narrowed)}`);
        } finally {
            await useDesktopWidth(page);
        }
        await finish(page);
    });

    test("the phone setting gives the control a real 390 or 320 px, and a phone's window never scrolls sideways", async () => {
        const { page } = gallery;
        takeProblems();
        try {
            for (const phone of [390, 320]) {
                await page.evaluate(({ settings }) => window.gallery.show("job-7-of-12-with-gaps", settings), { settings: { ...PLAIN, phone } });
                await settle(page);
                const seen = await widths(page);
                assert.deepEqual({ told: seen.told, box: seen.box }, { told: phone, box: phone }, `a ${phone} px phone on a desktop window`);
                await usePhoneWidth(page, phone);
                await page.evaluate(({ settings }) => window.gallery.show("job-7-of-12-with-gaps", settings), { settings: { ...PLAIN, phone: true } });
                await settle(page);
                const onPhone = await widths(page);
                assert.deepEqual({ told: onPhone.told, box: onPhone.box }, { told: phone, box: phone }, `a ${phone} px phone's own window`);
                assert.ok(onPhone.page <= onPhone.screen, `no sideways scrolling: ${JSON.stringify(onPhone)}`);
                await useDesktopWidth(page);
            }
        } finally {
            await useDesktopWidth(page);
        }
        await finish(page);
    });

    test("a right-to-left language turns the page right to left, as the platform does", async () => {
        const { page } = gallery;
        takeProblems();
        await showScenario(page, "job-7-of-12-with-gaps", "7 of 12");
        assert.equal(await page.evaluate(() => document.documentElement.dir), "ltr");
        await page.locator("#language").selectOption("1025");
        await page.waitForFunction(() => document.documentElement.dir === "rtl" && document.documentElement.lang === "ar-SA");
        await page.locator("#stage .control-host [dir='rtl']").first().waitFor({ timeout: FACT_WAIT_MS });
        assert.ok(await page.evaluate(() => /[\u0600-\u06FF]/.test(document.querySelector("#stage .control-host").innerText)), "the control speaks Arabic");
        await page.locator("#language").selectOption("1033");
        await page.waitForFunction(() => document.documentElement.dir === "ltr");
        await finish(page);
    });
});

describe("one Refresh now", () => {
    test("its icon and label stay apart in Arabic right-to-left as in English", async () => {
        const { page } = gallery;
        takeProblems();
        for (const settings of [{}, { rtl: true, languageId: 1025 }]) {
            await page.evaluate(({ id, settings }) => window.gallery.show(id, settings), {
                id: "job-processing-with-a-rate",
                settings: { ...PLAIN, ...settings },
            });
            const button = page.locator("#stage .aops-refresh-now").first();
            await button.waitFor({ timeout: FACT_WAIT_MS });
            const gap = await button.evaluate((element) => {
                const icon = element.querySelector("i").getBoundingClientRect();
                const label = element.querySelector(".ms-Button-label").getBoundingClientRect();
                return Math.max(label.left - icon.right, icon.left - label.right);
            });
            assert.ok(gap >= 3, `icon and label ${gap} px apart (${settings.rtl ? "rtl" : "ltr"})`);
        }
        await finish(page);
    });
});

describe("the side-by-side page: one scenario of each control, as one product", () => {
    test("product.html frames one scenario of each of the five controls, each rendered without errors, light and dark Arabic", async () => {
        const { page, server } = gallery;
        takeProblems();
        const galleryUrl = page.url();
        for (const query of ["", "?dark=true&languageId=1025"]) {
            await page.goto(`${server.url}page/product.html${query}`);
            const frames = page.locator("iframe[data-control]");
            assert.deepEqual(await frames.evaluateAll((list) => list.map((f) => f.dataset.control)), CONTROLS);
            for (const control of CONTROLS) {
                const frame = page.frameLocator(`iframe[data-control='${control}']`);
                // Each frame shows its control, not the gallery's bar or host log.
                await frame.locator("#stage .control-host > *").first().waitFor({ timeout: 30_000 });
                assert.equal(await frame.locator(".bar").isVisible(), false, `${control}: the gallery's bar is hidden`);
                if (query) assert.equal(await frame.locator("html").getAttribute("dir"), "rtl", `${control}: Arabic lays out right to left`);
            }
            await page.screenshot({ path: join(shots, `product${query ? "-dark-ar" : ""}.png`), fullPage: true });
        }
        assert.deepEqual(takeProblems(), [], "page or console errors");
        await page.goto(galleryUrl);
        await page.waitForFunction(() => window.gallery?.scenarios !== undefined);
    });
});
