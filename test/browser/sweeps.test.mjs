// Browser tests: every scenario of each control in every host state real users run (light, dark, Arabic
// right to left, 390 and 320 px phones), every collapsible open: axe with every rule, nothing sideways.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { join } from "node:path";
import { contrastOf, sidewaysOverflow, unreadableValues, useDesktopWidth, usePhoneWidth, visualText } from "./hostStates.mjs";
import {
    gallery,
    useGallery,
    shots,
    FACT_WAIT_MS,
    english,
    controlText,
    takeProblems,
    PLAIN,
    showScenario,
    finish,
    sweepHostStates,
} from "./galleryHarness.mjs";

useGallery();

describe("OperationCells in the Power Apps grid in every host state: light, dark, Arabic right-to-left, 390 and 320 px phones", () => {
    sweepHostStates("OperationCells", {
        // The cells the customizer draws: badges, error codes (with a tooltip), waiting and run times, packets.
        ready: (page) => page.waitForSelector("#stage td[data-custom='true']", { timeout: FACT_WAIT_MS }),
        check: async (page, state) => {
            const directions = await page.evaluate(() =>
                [...document.querySelectorAll("#stage td[data-custom='true']")].map((cell) => getComputedStyle(cell.firstElementChild).direction),
            );
            assert.ok(directions.length > 0, `the customizer draws cells (${state.name})`);
            assert.deepEqual([...new Set(directions)], [state.settings.rtl ? "rtl" : "ltr"], `cells follow the grid's direction (${state.name})`);
        },
    });
});

describe("IntegrationJobProgress in every host state: light, dark, Arabic right-to-left, 390 and 320 px phones", () => {
    sweepHostStates("IntegrationJobProgress");
});

describe("OperationStatusTimeline in every host state: light, dark, Arabic right-to-left, 390 and 320 px phones", () => {
    sweepHostStates("OperationStatusTimeline");

    test("in Arabic the error code reads -2147187707 in visual order, and Dataverse's English message keeps its own order", async () => {
        const { page } = gallery;
        takeProblems();
        await page.evaluate(() =>
            window.gallery.show("operation-failed-with-a-long-error", {
                dark: false,
                rtl: true,
                languageId: 1025,
                phone: false,
                width: 0,
                disabled: false,
                masked: false,
                noWebApi: false,
            }),
        );
        await page.locator("#stage .aops-error-code bdi").waitFor({ timeout: FACT_WAIT_MS });
        assert.equal((await page.locator("#stage [dir='rtl']").count()) > 0, true, "the form is right-to-left");
        assert.equal(await visualText(page, "#stage .aops-error-code bdi"), "-2147187707 (0x80048405)");
        assert.equal(await visualText(page, "#stage .aops-error-message bdi", 17), "Access is denied.", "the English message reads left to right");
        await finish(page);
    });

    test("invisible characters show as code points and cannot reorder a name", async () => {
        const { page } = gallery;
        takeProblems();
        await showScenario(page, "operation-hidden-characters-and-long-names", "U+202E");
        const heading = page.locator("#stage [role='heading']").first();
        assert.equal(await heading.innerText(), "InvoiceU+202Etxt.exe sync");
        assert.equal(
            (await page
                .locator("#stage")
                .getByRole("img", { name: english("OperationStatusTimeline").Invisible_Character.replace("{0}", "U+202E") })
                .count()) > 0,
            true,
        );
        const text = await controlText(page);
        for (const hidden of ["\u202E", "\u200B", "\u0000"]) assert.ok(!text.includes(hidden), `no raw ${JSON.stringify(hidden)} on the page`);
        await finish(page);
    });
});

/** Types a few letters of the first listed name (or id, for an entry without one) into the search and waits for the highlight; false when there is no list. */
async function highlightSomething(page) {
    const search = page.locator("#stage .control-host [role='searchbox']");
    if ((await search.count()) === 0) return false;
    const first = await page.locator("#stage [data-dependency-row] .aops-dependency-value").first().innerText();
    const query = [...first.replace(/U\+[0-9A-F]{4}/g, "")]
        .filter((c) => /[\p{L}\p{N}_]/u.test(c))
        .slice(0, 3)
        .join("");
    if (query === "") return false;
    await search.fill(query);
    await page.locator("#stage mark").first().waitFor({ timeout: 30_000 });
    return true;
}

describe("StagedDependencyViewer in every host state: light, dark, Arabic right-to-left, 390 and 320 px phones, a search highlight shown", () => {
    sweepHostStates("StagedDependencyViewer", {
        // A large value is read in slices: wait for the whole list (its search box) when there is one.
        ready: async (page) => {
            await page
                .locator("#stage .control-host [role='searchbox'], #stage .control-host .aops-dependency-list, #stage .control-host [role='region']")
                .first()
                .waitFor({ timeout: 30_000 });
            await page.waitForFunction(() => !document.querySelector("#stage .control-host [role='progressbar']"), null, { timeout: 60_000 });
        },
        prepare: highlightSomething,
        check: async (page, state) =>
            assert.deepEqual(await unreadableValues(page, ".aops-dependency-value"), [], `values cut off without their whole text (${state.name})`),
    });

    test("a 600 px section: the name gets the room, the id at most a GUID's width, unnamed entries show their ids whole, a search hit in view", async () => {
        const { page } = gallery;
        takeProblems();
        await page.evaluate(({ settings }) => window.gallery.show("staged-30-as-a-json-array", settings), { settings: { ...PLAIN, width: 600 } });
        await page.locator("#stage [data-dependency-row]").first().waitFor({ timeout: FACT_WAIT_MS });
        const widths = await page.evaluate(() => {
            const row = document.querySelector("#stage [data-dependency-row]");
            const width = (selector) => row.querySelector(selector).getBoundingClientRect().width;
            return { name: width(".aops-dependency-name"), id: width(".aops-dependency-id") };
        });
        assert.ok(widths.name >= 2 * widths.id && widths.id <= 260, `the name has the room: ${JSON.stringify(widths)}`);
        // A hit inside the name is highlighted within the part the row shows (model: fromFirstMatch).
        await page.locator("#stage .control-host [role='searchbox']").fill("field13");
        const mark = page.locator("#stage [data-dependency-row] .aops-dependency-name mark").first();
        await mark.waitFor({ timeout: FACT_WAIT_MS });
        const inView = await mark.evaluate((element) => {
            const cell = element.closest(".aops-dependency-value").getBoundingClientRect();
            const box = element.getBoundingClientRect();
            return box.left >= cell.left - 1 && box.right <= cell.right + 1;
        });
        assert.ok(inView, "the highlighted hit lies inside the visible part of the name");
        await page.locator("#stage").screenshot({ path: join(shots, "staged-600-search.png") });
        // Entries known only by their ids: "No name", and the id whole in its column.
        await page.evaluate(({ settings }) => window.gallery.show("staged-delimited-text", settings), { settings: { ...PLAIN, width: 600 } });
        await page.locator("#stage [data-dependency-row]").first().waitFor({ timeout: FACT_WAIT_MS });
        const unnamed = await page.evaluate(() => {
            const row = document.querySelector("#stage [data-dependency-row]");
            const id = row.querySelector(".aops-dependency-id .aops-dependency-value");
            return { name: row.querySelector(".aops-dependency-name").innerText, id: id.innerText, whole: id.scrollWidth <= id.clientWidth + 1 };
        });
        assert.equal(unnamed.name, english("StagedDependencyViewer").Entry_NoName);
        assert.match(unnamed.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        assert.ok(unnamed.whole, `the id is shown whole: ${JSON.stringify(unnamed)}`);
        await page.locator("#stage").screenshot({ path: join(shots, "staged-600-ids.png") });
        await finish(page);
    });

    test("at 320 px each entry wraps: name on its own line, id and type below, ids whole, every value readable, no sideways scrolling", async () => {
        const { page } = gallery;
        takeProblems();
        try {
            await usePhoneWidth(page, 320);
            await page.evaluate(({ settings }) => window.gallery.show("staged-30-as-a-json-array", settings), { settings: { ...PLAIN, phone: true } });
            await page.locator("#stage [data-dependency-row]").first().waitFor({ timeout: FACT_WAIT_MS });
            const layout = await page.evaluate(() =>
                [...document.querySelectorAll("#stage [data-dependency-row]")].slice(0, 8).map((row) => {
                    const box = (selector) => row.querySelector(selector)?.getBoundingClientRect();
                    const id = row.querySelector(".aops-dependency-id .aops-dependency-value");
                    return {
                        name: box(".aops-dependency-name").bottom,
                        idTop: box(".aops-dependency-id").top,
                        typeTop: box(".aops-dependency-type").top,
                        idWhole: id ? id.scrollWidth <= id.clientWidth + 1 : true,
                        text: row.innerText.slice(0, 60),
                    };
                }),
            );
            assert.ok(layout.length > 0);
            for (const row of layout) {
                assert.ok(row.idTop >= row.name - 1 && row.typeTop >= row.name - 1, `id and type below the name: ${JSON.stringify(row)}`);
                assert.ok(row.idWhole, `the id is shown whole: ${row.text}`);
            }
            assert.deepEqual(await unreadableValues(page, ".aops-dependency-value"), [], "values cut off without their whole text");
            assert.deepEqual(await sidewaysOverflow(page), [], "sideways overflow");
            // The form around the control (the gallery's own settings bar is not the form) stays within the screen.
            const form = await page.evaluate(() => {
                const right = Math.max(...[...document.querySelectorAll("#stage, #stage *")].map((e) => e.getBoundingClientRect().right));
                return { right: Math.round(right), inner: window.innerWidth };
            });
            assert.ok(form.right <= form.inner, `the form is wider than the screen: ${JSON.stringify(form)}`);
            await page.screenshot({ path: join(shots, "staged-30-phone-320.png"), fullPage: true });
            // A list without types (delimited ids): two lines an entry at most, nothing cut.
            await page.evaluate(({ settings }) => window.gallery.show("staged-delimited-text", settings), { settings: { ...PLAIN, phone: true } });
            await page.locator("#stage [data-dependency-row]").first().waitFor({ timeout: FACT_WAIT_MS });
            const untyped = await page.evaluate(() => {
                const row = document.querySelector("#stage [data-dependency-row]");
                const id = row.querySelector(".aops-dependency-value");
                return { height: row.getBoundingClientRect().height, text: row.innerText, whole: id.scrollWidth <= id.clientWidth + 1 };
            });
            assert.ok(untyped.height <= 50, `an entry without a type takes at most two lines: ${JSON.stringify(untyped)}`);
            assert.ok(untyped.whole, `an entry known only by its id shows the id whole: ${JSON.stringify(untyped)}`);
            assert.deepEqual(await unreadableValues(page, ".aops-dependency-value"), [], "values cut off without their whole text (untyped)");
            // A name too long for the screen: choosing its row shows it whole, wrapped, below the list.
            await page.evaluate(({ settings }) => window.gallery.show("staged-hostile-names", settings), { settings: { ...PLAIN, phone: true } });
            await page.locator("#stage [data-dependency-row]").filter({ hasText: "new_very_long_name_" }).click();
            const details = page.locator("#stage .aops-dependency-details");
            await details.waitFor({ timeout: FACT_WAIT_MS });
            assert.match(await details.innerText(), /new_(very_long_name_){20,}/, "the whole name is shown");
            assert.deepEqual(await sidewaysOverflow(page), [], "sideways overflow with the details open");
            await page.screenshot({ path: join(shots, "staged-hostile-names-details-320.png"), fullPage: true });
            await finish(page);
        } finally {
            await useDesktopWidth(page);
        }
    });

    test("search highlights and toolbar icons are readable in light and dark: text 4.5:1, icons 3:1, one icon color", async () => {
        const { page } = gallery;
        takeProblems();
        for (const dark of [false, true]) {
            await page.evaluate(({ settings }) => window.gallery.show("staged-30-as-a-json-array", settings), { settings: { ...PLAIN, dark } });
            await page.locator("#stage [data-dependency-row]").first().waitFor({ timeout: FACT_WAIT_MS });
            await page.locator("#stage").getByRole("searchbox").fill("new_field1");
            await page.locator("#stage mark").first().waitFor({ timeout: FACT_WAIT_MS });
            await page.mouse.move(0, 0); // no button hovered
            const marks = await contrastOf(page, "mark");
            assert.ok(marks.length > 0);
            for (const mark of marks) assert.ok(mark.ratio >= 4.5, `highlight ${dark ? "dark" : "light"}: ${JSON.stringify(mark)}`);
            const icons = await contrastOf(page, ".aops-dependency-actions .ms-Button-icon");
            assert.equal(icons.length, 2, "copy and download icons");
            for (const icon of icons) assert.ok(icon.ratio >= 3, `toolbar icon ${dark ? "dark" : "light"}: ${JSON.stringify(icon)}`);
            assert.equal(icons[0].color, icons[1].color, "both toolbar icons in one color");
            const labels = await contrastOf(page, ".aops-dependency-actions .ms-Button-label");
            for (const label of labels) assert.ok(label.ratio >= 4.5, `toolbar label: ${JSON.stringify(label)}`);
        }
        await finish(page);
    });

    test("Copied shows without moving the toolbar and goes away", async () => {
        const { page } = gallery;
        takeProblems();
        await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: gallery.server.url });
        await showScenario(page, "staged-30-as-a-json-array", "30 unprocessed dependencies");
        const strings = english("StagedDependencyViewer");
        const boxes = () =>
            page.evaluate(() =>
                [...document.querySelectorAll("#stage .aops-dependency-list > div:first-child > *, #stage .aops-dependency-scroll")].map((e) => {
                    const r = e.getBoundingClientRect();
                    return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)].join(",");
                }),
            );
        const before = await boxes();
        await page.locator("#stage").getByRole("button", { name: strings.Copy_List }).click();
        await page.locator("#stage").getByText(strings.Copy_Done).waitFor({ timeout: FACT_WAIT_MS });
        assert.deepEqual(await boxes(), before, "nothing moves while Copied shows");
        await page.locator("#stage").getByText(strings.Copy_Done).waitFor({ state: "hidden", timeout: 10_000 });
        await page.context().clearPermissions();
        await finish(page);
    });

    test("repeated entries are marked and can be listed alone", async () => {
        const { page } = gallery;
        takeProblems();
        await showScenario(page, "staged-duplicates", "lead");
        const strings = english("StagedDependencyViewer");
        const mark3 = strings.Duplicate_Label.replace("{0}", "3");
        await page.locator("#stage").getByRole("img", { name: mark3 }).first().waitFor({ timeout: FACT_WAIT_MS });
        assert.equal(await page.locator("#stage").getByRole("img", { name: mark3 }).count(), 3);
        const toggle = page.locator("#stage").getByRole("button", { name: strings.Duplicates_Only.replace("{0}", "5") });
        await toggle.click();
        await page
            .locator("#stage .aops-dependency-count")
            .getByText(strings.Search_Matches.replace("{0}", "5").replace("{1}", "6"))
            .waitFor({ timeout: FACT_WAIT_MS });
        const listed = await page.locator("#stage [data-dependency-row] .aops-dependency-name .aops-dependency-value").allInnerTexts();
        assert.deepEqual(listed.sort(), ["account", "account", "account", "contact", "contact"]);
        await finish(page);
    });
});
