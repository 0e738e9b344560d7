// Browser tests: every gallery scenario runs the production bundle of its control in a real Chromium
// with React 16.14 and Fluent 8.29, as a form would. Per scenario: no page or console error, its key
// facts visible, axe-core finds no violation in the control, destroy() leaves no timer running, and a
// screenshot lands in test-results/gallery/. Per control: dark theme + RTL (Arabic) and a masked, disabled,
// phone-width form render too.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { scenarios } from "../../scripts/gallery/fixtures/scenarios.mjs";
import { CONTROLS } from "../../scripts/lib/controls.mjs";
import { readResx } from "../../scripts/lib/resx.mjs";
import { openGallery, screenshotFolder } from "../../scripts/gallery/galleryPage.mjs";
import { onlyWithSweeps, sweepsHere, testTheRuntime } from "./runtime.mjs";
import {
    assertHostLook,
    axeEveryRule,
    contrastOf,
    expandAll,
    screenshotOfForm,
    sidewaysOverflow,
    timersLeft,
    unreadableValues,
    useDesktopWidth,
    usePhoneWidth,
    visualText,
} from "./hostStates.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const shots = screenshotFolder();
const axeSource = readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");
mkdirSync(shots, { recursive: true });

const FACT_WAIT_MS = 5000;
/** Short timers (Fluent's focus and layout work) may still fire after unmount; long ones must not exist. */
const TIMER_GRACE_MS = 1500;

let gallery;

function english(control) {
    return Object.fromEntries(readResx(join(root, control, "strings", `${control}.1033.resx`)));
}

/** The text a fact stands for: data text, any of several, or a resx string up to its first placeholder. */
function factTexts(fact, control) {
    if (Array.isArray(fact)) return fact;
    if (fact && typeof fact === "object" && "resx" in fact) {
        const text = english(control)[fact.resx];
        assert.ok(text, `${control}: resx key ${fact.resx} is missing`);
        return [text.split(/\{\d+\}/)[0].trim()];
    }
    return [String(fact)];
}

/** Waits until the control is quiet: every Web API call answered, no slice or focus step pending (the page says). */
async function settle(page) {
    await page.evaluate(() => window.gallery.settled());
}

async function controlText(page) {
    return page.locator("#stage .control-host").innerText();
}

/** The control's text once every fact shows, or after FACT_WAIT_MS (a loaded machine answers later). */
async function textShowing(page, wanted) {
    await page
        .waitForFunction(
            (wanted) => {
                const text = document.querySelector("#stage .control-host")?.innerText ?? "";
                return wanted.every((texts) => texts.some((t) => text.includes(t)));
            },
            wanted,
            { timeout: FACT_WAIT_MS },
        )
        .catch(() => undefined); // the assertions below name what is missing
    return controlText(page);
}

async function axeViolations(page) {
    const loaded = await page.evaluate(() => typeof window.axe !== "undefined");
    if (!loaded) await page.addScriptTag({ content: axeSource });
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

/** Tears the control down and waits for short-lived timers; returns the timers still alive. */
async function timersAfterDestroy(page) {
    await page.evaluate(() => window.gallery.teardown());
    return timersLeft(page, TIMER_GRACE_MS);
}

function takeProblems() {
    return gallery.problems.splice(0);
}

before(async () => {
    gallery = await openGallery();
    const missing = await gallery.page.evaluate(() => [...document.querySelectorAll("#status")].map((e) => e.textContent).join(""));
    assert.equal(missing, "", `the gallery reports: ${missing}`);
});

after(async () => {
    await gallery?.close();
});

testTheRuntime(() => gallery, scenarios[0].id);

describe("every scenario in the gallery", () => {
    for (const scenario of scenarios) {
        test(`${scenario.id}: renders its facts without errors, axe-clean, no timers after destroy`, async () => {
            const { page } = gallery;
            takeProblems();
            const shown = await page.evaluate(
                (id) => window.gallery.show(id, { dark: false, rtl: false, languageId: 1033, phone: false, width: 0, disabled: false, masked: false }),
                scenario.id,
            );
            assert.ok(!shown.missing, `${scenario.control} has no bundle`);
            await settle(page);
            const wanted = scenario.facts.map((fact) => factTexts(fact, scenario.control));
            const text = await textShowing(page, wanted);
            assert.ok(text.trim().length > 0, "the control shows something");
            for (const texts of wanted) {
                assert.ok(
                    texts.some((t) => text.includes(t)),
                    `expected to see ${texts.map((t) => JSON.stringify(t)).join(" or ")} in:\n${text.slice(0, 600)}`,
                );
            }
            assert.doesNotMatch(await page.locator("#stage").innerHTML(), /<b>Do not render me/, "data is rendered as text, never as markup");
            for (const unwanted of scenario.absent ?? []) {
                if (unwanted.selector)
                    assert.equal(await page.locator("#stage .control-host").locator(unwanted.selector).count(), 0, `no ${unwanted.selector} expected`);
                else if (unwanted.pattern) assert.doesNotMatch(text, new RegExp(unwanted.pattern), "text that must not show");
                else for (const t of factTexts(unwanted, scenario.control)) assert.ok(!text.includes(t), `${JSON.stringify(t)} must not show`);
            }
            if (scenario.colors) {
                const painted = await page.evaluate(() => {
                    const seen = new Set();
                    for (const element of document.querySelectorAll("#stage .control-host *")) {
                        const style = getComputedStyle(element);
                        for (const color of [style.color, style.backgroundColor, style.borderTopColor]) seen.add(color);
                    }
                    return [...seen];
                });
                for (const hex of scenario.colors) {
                    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
                    assert.ok(painted.includes(`rgb(${r}, ${g}, ${b})`), `the option color ${hex} is painted`);
                }
            }
            if (scenario.webApi) {
                const calls = await page.evaluate(() => window.gallery.webApiCalls());
                for (const expected of scenario.webApi) {
                    const made = calls.filter(
                        (c) =>
                            c.method === expected.method &&
                            c.entity === expected.entity &&
                            (!expected.includes || String(c.options ?? "").includes(expected.includes)),
                    );
                    if (expected.count !== undefined) assert.equal(made.length, expected.count, `${expected.method} ${expected.entity} calls`);
                    else
                        assert.ok(
                            made.length > 0,
                            `expected a ${expected.method} ${expected.entity} call${expected.includes ? ` with ${expected.includes}` : ""}; made: ${JSON.stringify(calls)}`,
                        );
                }
            }
            await screenshotOfForm(page, join(shots, `${scenario.id}.png`));
            assert.deepEqual(await axeViolations(page), [], "axe-core violations in the control");
            assert.deepEqual(takeProblems(), [], "page or console errors");
            const live = await timersAfterDestroy(page);
            assert.deepEqual(live, [], "timers still running after destroy()");
            assert.deepEqual(takeProblems(), [], "page or console errors during destroy");
        });
    }
});

describe("dark theme, right-to-left Arabic and a restricted phone-width form", () => {
    for (const control of CONTROLS) {
        const scenario = scenarios.find((s) => s.control === control && s.facts.length > 0);

        // Where the host-state sweeps run, their dark and Arabic states check the same on every scenario.
        test(`${control}: dark theme and RTL (1025) render, axe-clean`, { skip: sweepsHere && "the host-state sweeps check dark and Arabic" }, async () => {
            const { page } = gallery;
            takeProblems();
            const state = { settings: { dark: true, rtl: true, languageId: 1025, phone: false, disabled: false, masked: false } };
            await page.evaluate(({ id, settings }) => window.gallery.show(id, settings), { id: scenario.id, settings: state.settings });
            await settle(page);
            await assertHostLook(page, state, assert);
            await page.screenshot({ path: join(shots, `${control}-dark-rtl.png`), fullPage: true });
            assert.deepEqual(await axeViolations(page), [], "axe-core violations in dark RTL");
            assert.deepEqual(takeProblems(), [], "page or console errors");
            assert.deepEqual(await timersAfterDestroy(page), [], "timers still running after destroy()");
        });

        test(`${control}: masked, disabled, phone width renders without the hidden values`, async () => {
            const { page } = gallery;
            takeProblems();
            await page.evaluate(
                (id) =>
                    window.gallery.show(id, { dark: false, rtl: false, languageId: 1033, phone: true, width: 0, disabled: true, masked: true, noWebApi: true }),
                scenario.id,
            );
            await settle(page);
            const text = await controlText(page);
            assert.ok(text.trim().length > 0, "the control shows something");
            const secret = scenario.parameters.operationDisplayName ?? scenario.parameters.responseJson ?? null;
            if (typeof secret === "string") assert.ok(!text.includes(secret), `a masked value is visible: ${secret}`);
            await page.screenshot({ path: join(shots, `${control}-masked-phone.png`), fullPage: true });
            assert.deepEqual(await axeViolations(page), [], "axe-core violations");
            assert.deepEqual(takeProblems(), [], "page or console errors");
            assert.deepEqual(await timersAfterDestroy(page), [], "timers still running after destroy()");
            await page.evaluate(() =>
                window.gallery.show(window.gallery.scenarios[0].id, { noWebApi: false, phone: false, width: 0, disabled: false, masked: false }),
            );
        });
    }
});

describe("host interactions", () => {
    test("OperationStatusTimeline: canceling a waiting operation asks through the host and writes Canceling", async () => {
        const { page } = gallery;
        takeProblems();
        await page.evaluate(() =>
            window.gallery.show("operation-waiting", {
                dark: false,
                rtl: false,
                languageId: 1033,
                phone: false,
                width: 0,
                disabled: false,
                masked: false,
                noWebApi: false,
            }),
        );
        const strings = english("OperationStatusTimeline");
        await page.locator("#stage").getByRole("button", { name: strings.Cancel_Button }).click();
        // The host's dialog shows the title, text and button labels the control passes.
        const dialog = page.getByRole("dialog", { name: strings.Cancel_ConfirmTitle });
        await dialog.waitFor({ timeout: FACT_WAIT_MS });
        assert.equal(await dialog.locator("p").innerText(), strings.Cancel_ConfirmText);
        assert.deepEqual(await dialog.getByRole("button").allInnerTexts(), [strings.Cancel_ConfirmYes, strings.Cancel_ConfirmNo]);
        await dialog.getByRole("button", { name: strings.Cancel_ConfirmYes, exact: true }).click();
        await page.waitForFunction(() => window.gallery.webApiCalls().some((c) => c.method === "updateRecord"), null, { timeout: 5000 });
        const update = (await page.evaluate(() => window.gallery.webApiCalls())).find((c) => c.method === "updateRecord");
        assert.equal(update.entity, "backgroundoperation");
        assert.equal(update.id, "11111111-0000-4000-8000-000000000001");
        assert.equal(update.data.backgroundoperationstatuscode, 22);
        assert.equal(update.data.backgroundoperationstatecode, 2);
        const navigation = await page.evaluate(() => window.gallery.navigationCalls());
        assert.ok(
            navigation.some((n) => n.method === "openConfirmDialog"),
            "the host's confirm dialog was asked",
        );
        assert.deepEqual(takeProblems(), [], "page or console errors");
        assert.deepEqual(await timersAfterDestroy(page), [], "timers still running after destroy()");
    });
});

const PLAIN = { dark: false, rtl: false, languageId: 1033, phone: false, width: 0, disabled: false, masked: false, noWebApi: false };

/** Shows a scenario on a plain form and waits until `text` is in the control. */
async function showScenario(page, id, text) {
    await page.evaluate(({ id, settings }) => window.gallery.show(id, settings), { id, settings: PLAIN });
    await page.locator("#stage .control-host").getByText(text, { exact: false }).first().waitFor({ timeout: FACT_WAIT_MS });
}

/** Ends an interaction test as the scenario loop does: no error, nothing left running. */
async function finish(page) {
    assert.deepEqual(takeProblems(), [], "page or console errors");
    assert.deepEqual(await timersAfterDestroy(page), [], "timers still running after destroy()");
    assert.deepEqual(takeProblems(), [], "page or console errors during destroy");
}

describe("more host interactions", () => {
    test("OperationStatusTimeline: a declined confirmation writes nothing", async () => {
        const { page } = gallery;
        takeProblems();
        await showScenario(page, "operation-waiting", "Export audit log");
        const strings = english("OperationStatusTimeline");
        const label = strings.Cancel_Button;
        await page.locator("#stage").getByRole("button", { name: label }).click();
        await page.getByRole("dialog").getByRole("button", { name: strings.Cancel_ConfirmNo, exact: true }).click();
        await page.waitForFunction(() => window.gallery.navigationCalls().some((n) => n.method === "openConfirmDialog"), null, { timeout: 5000 });
        await settle(page);
        const calls = await page.evaluate(() => window.gallery.webApiCalls());
        assert.deepEqual(
            calls.filter((c) => c.method === "updateRecord"),
            [],
            "no updateRecord after the user kept the operation",
        );
        const text = await controlText(page);
        assert.ok(text.includes("Waiting For Resources"), "the status is unchanged");
        assert.ok(await page.locator("#stage").getByRole("button", { name: label }).isEnabled(), "the cancel button is offered again");
        await finish(page);
    });

    test("OperationStatusTimeline: a cancel Dataverse refuses shows its message and keeps the status", async () => {
        const { page } = gallery;
        takeProblems();
        await showScenario(page, "operation-cancel-refused", "Late cancel");
        const strings = english("OperationStatusTimeline");
        await page.locator("#stage").getByRole("button", { name: strings.Cancel_Button }).click();
        await page.getByRole("dialog").getByRole("button", { name: strings.Cancel_ConfirmYes, exact: true }).click();
        const refusal = "Canceling background operation is not allowed after it is in terminal state.";
        await page.locator("#stage .control-host").getByText(refusal, { exact: false }).first().waitFor({ timeout: FACT_WAIT_MS });
        const text = await controlText(page);
        assert.ok(text.includes(strings.Cancel_Refused.split("{0}")[0].trim()), `the refusal is explained:\n${text.slice(0, 600)}`);
        assert.ok(text.includes("Waiting For Resources"), "the status is unchanged");
        assert.ok(!text.replace(refusal, "").includes("Canceling"), "the control does not claim the operation is canceling");
        const updates = (await page.evaluate(() => window.gallery.webApiCalls())).filter((c) => c.method === "updateRecord");
        assert.equal(updates.length, 1, "one update was tried");
        assert.deepEqual(takeProblems(), [], "page or console errors");
        await finish(page);
    });

    test("IntegrationJobProgress: the regarding link opens the record through the host", async () => {
        const { page } = gallery;
        takeProblems();
        await showScenario(page, "job-7-of-12-with-gaps", "7 of 12");
        await page.locator("#stage .aops-regarding").getByTitle(english("IntegrationJobProgress").Regarding_Open).click();
        const navigation = await page.evaluate(() => window.gallery.navigationCalls());
        const open = navigation.find((n) => n.method === "openForm");
        assert.ok(open, `openForm expected; navigation: ${JSON.stringify(navigation)}`);
        assert.equal(open.args[0].entityName, "msdyn_project");
        assert.equal(open.args[0].entityId, "6f2c1b7e-3c1d-4e58-9a7b-2d6c0f1e9a01");
        await finish(page);
    });
});

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

/** The host states real users run, each checked with every collapsible open. */
const HOST_STATES = [
    { name: "light", settings: { dark: false, rtl: false, languageId: 1033, phone: false } },
    { name: "dark", settings: { dark: true, rtl: false, languageId: 1033, phone: false } },
    { name: "rtl", settings: { dark: false, rtl: true, languageId: 1025, phone: false } },
    { name: "phone-390", settings: { dark: false, rtl: false, languageId: 1033, phone: true }, width: 390 },
    { name: "phone-320-dark", settings: { dark: true, rtl: false, languageId: 1031, phone: true }, width: 320 },
];

/**
 * Every scenario of `control` in every host state, every collapsible open: axe (every rule) clean, nothing
 * sideways, screenshots. `ready` waits for what the control shows last, `prepare` sets up what must be on
 * screen besides the open collapsibles, `check` adds the control's own assertions per state.
 */
function sweepHostStates(control, { ready = async () => {}, prepare = async () => {}, check = async () => {} } = {}) {
    for (const scenario of scenarios.filter((s) => s.control === control)) {
        test(`${scenario.id}: every collapsible open, axe (every rule) clean, nothing cut off or sideways, screenshots`, { skip: onlyWithSweeps }, async () => {
            const { page } = gallery;
            takeProblems();
            try {
                for (const state of HOST_STATES) {
                    if (state.width) await usePhoneWidth(page, state.width);
                    else await useDesktopWidth(page);
                    await page.evaluate(({ id, settings }) => window.gallery.show(id, settings), {
                        id: scenario.id,
                        settings: { ...PLAIN, ...state.settings },
                    });
                    await settle(page);
                    await ready(page);
                    await expandAll(page);
                    await prepare(page);
                    await settle(page);
                    await screenshotOfForm(page, join(shots, `${scenario.id}-${state.name}.png`));
                    assert.deepEqual(await axeEveryRule(page, axeSource), [], `axe violations (${state.name})`);
                    assert.deepEqual(await sidewaysOverflow(page), [], `sideways overflow (${state.name})`);
                    await assertHostLook(page, state, assert);
                    await check(page, state);
                    assert.deepEqual(takeProblems(), [], `page or console errors (${state.name})`);
                    assert.deepEqual(await timersAfterDestroy(page), [], `timers still running after destroy() (${state.name})`);
                }
            } finally {
                await useDesktopWidth(page);
            }
        });
    }
}

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

describe("IntegrationJobProgress: mark as failed", () => {
    test("a stalled job in a model-driven app: reason, confirm, the bound action, then the Failed badge", async () => {
        const { page } = gallery;
        takeProblems();
        const strings = english("IntegrationJobProgress");
        await showScenario(page, "job-stalled-in-a-model-driven-app", strings.MarkFailed_Action);
        const stage = page.locator("#stage");
        await stage.getByRole("button", { name: strings.MarkFailed_Action }).click();
        const dialog = page.getByRole("alertdialog");
        // The dialog opens on its first field, the reason, not on its close button.
        const reason = dialog.getByRole("textbox", { name: strings.MarkFailed_Reason });
        await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA", null, { timeout: FACT_WAIT_MS });
        assert.equal(await reason.evaluate((element) => element === document.activeElement), true, "the reason field has focus");
        // Escape closes it, and the keyboard is back on the button that opened it.
        await page.keyboard.press("Escape");
        await page.waitForFunction((name) => document.activeElement?.closest("button")?.textContent?.includes(name) === true, strings.MarkFailed_Action, {
            timeout: FACT_WAIT_MS,
        });
        await stage.getByRole("button", { name: strings.MarkFailed_Action }).click();
        await reason.fill("Source system <b>down</b>");
        assert.deepEqual(await axeViolations(page), [], "axe-core violations with the dialog open");
        await dialog.getByRole("button", { name: strings.MarkFailed_Confirm }).click();
        await stage.getByText(strings.MarkFailed_Done).waitFor({ timeout: FACT_WAIT_MS });
        await stage.getByText("Failed", { exact: true }).first().waitFor({ timeout: FACT_WAIT_MS });
        const calls = await page.evaluate(() => window.gallery.webApiCalls());
        const action = calls.filter((c) => c.method === "execute");
        assert.deepEqual(action, [
            {
                method: "execute",
                entity: "msdyn_integrationjob",
                id: "22222222-0000-4000-8000-000000000016",
                options: "msdyn_MarkIntegrationJobAsFailedAsync",
                data: { Error: "Source system <b>down</b>" },
            },
        ]);
        const afterAction = calls.slice(calls.indexOf(calls.find((c) => c.method === "execute")) + 1);
        assert.ok(
            afterAction.some((c) => c.method === "retrieveRecord" && c.entity === "msdyn_integrationjob"),
            "the job is read again",
        );
        assert.equal(await stage.getByRole("button", { name: strings.MarkFailed_Action }).count(), 0, "not offered on a failed job");
        await finish(page);
    });

    test("a refusal shows Dataverse's message and leaves the job as it was", async () => {
        const { page } = gallery;
        takeProblems();
        const strings = english("IntegrationJobProgress");
        await showScenario(page, "job-stalled-marking-as-failed-refused", strings.MarkFailed_Action);
        const stage = page.locator("#stage");
        await stage.getByRole("button", { name: strings.MarkFailed_Action }).click();
        await page.getByRole("alertdialog").getByRole("button", { name: strings.MarkFailed_Confirm }).click();
        await stage.getByText("Principal user is missing prvWritemsdyn_integrationjob privilege.", { exact: false }).waitFor({ timeout: FACT_WAIT_MS });
        const text = await stage.innerText();
        assert.ok(text.includes("Processing"), "the status is unchanged");
        assert.ok(!text.includes(strings.MarkFailed_Done), "no success is claimed");
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
