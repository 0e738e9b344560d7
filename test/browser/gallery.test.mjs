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
import { scenarios } from "../fixtures/scenarios.mjs";
import { CONTROLS } from "../../scripts/lib/controls.mjs";
import { readResx } from "../../scripts/lib/resx.mjs";
import { openGallery } from "./galleryPage.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const shots = join(root, "test-results", "gallery");
const axeSource = readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");
mkdirSync(shots, { recursive: true });

/** Time for the control's first Web API reads (the fake answers at once) to land in the view. */
const SETTLE_MS = 300;
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

async function settle(page) {
    await page.waitForTimeout(SETTLE_MS);
}

async function controlText(page) {
    return page.locator("#stage .control-host").innerText();
}

/** The control's text once every fact shows, or after FACT_WAIT_MS (a loaded machine answers later). */
async function textShowing(page, wanted) {
    const started = Date.now();
    let text = await controlText(page);
    while (!wanted.every((texts) => texts.some((t) => text.includes(t))) && Date.now() - started < FACT_WAIT_MS) {
        await page.waitForTimeout(100);
        text = await controlText(page);
    }
    return text;
}

async function axeViolations(page) {
    const loaded = await page.evaluate(() => typeof window.axe !== "undefined");
    if (!loaded) await page.addScriptTag({ content: axeSource });
    return page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector("#stage .control-host"), { resultTypes: ["violations"] });
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    });
}

/** Tears the control down and waits for short-lived timers; returns the timers still alive. */
async function timersAfterDestroy(page) {
    await page.evaluate(() => window.gallery.teardown());
    const started = Date.now();
    let live = await page.evaluate(() => window.__aops.liveTimers());
    while (live.length > 0 && Date.now() - started < TIMER_GRACE_MS) {
        await page.waitForTimeout(100);
        live = await page.evaluate(() => window.__aops.liveTimers());
    }
    return live;
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

describe("every scenario in the gallery", () => {
    for (const scenario of scenarios) {
        test(`${scenario.id}: renders its facts without errors, axe-clean, no timers after destroy`, async () => {
            const { page } = gallery;
            takeProblems();
            const shown = await page.evaluate((id) => window.gallery.show(id, { dark: false, rtl: false, languageId: 1033, phone: false, disabled: false, masked: false }), scenario.id);
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
                if (unwanted.selector) assert.equal(await page.locator("#stage .control-host").locator(unwanted.selector).count(), 0, `no ${unwanted.selector} expected`);
                else if (unwanted.pattern) assert.doesNotMatch(text, new RegExp(unwanted.pattern), "text that must not show");
                else for (const t of factTexts(unwanted, scenario.control)) assert.ok(!text.includes(t), `${JSON.stringify(t)} must not show`);
            }
            if (scenario.webApi) {
                const calls = await page.evaluate(() => window.gallery.webApiCalls());
                for (const expected of scenario.webApi) {
                    const made = calls.filter((c) => c.method === expected.method && c.entity === expected.entity && (!expected.includes || String(c.options ?? "").includes(expected.includes)));
                    if (expected.count !== undefined) assert.equal(made.length, expected.count, `${expected.method} ${expected.entity} calls`);
                    else assert.ok(made.length > 0, `expected a ${expected.method} ${expected.entity} call${expected.includes ? ` with ${expected.includes}` : ""}; made: ${JSON.stringify(calls)}`);
                }
            }
            await page.screenshot({ path: join(shots, `${scenario.id}.png`), fullPage: true });
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

        test(`${control}: dark theme and RTL (1025) render, axe-clean`, async () => {
            const { page } = gallery;
            takeProblems();
            await page.evaluate((id) => window.gallery.show(id, { dark: true, rtl: true, languageId: 1025, phone: false, disabled: false, masked: false }), scenario.id);
            await settle(page);
            const look = await page.evaluate(() => {
                const host = document.querySelector("#stage .control-host");
                const rtl = host.querySelector("[dir='rtl']") !== null;
                // The nearest element with a painted background inside the control.
                let background = "";
                for (const element of [host.firstElementChild, ...host.querySelectorAll("*")]) {
                    const color = element && getComputedStyle(element).backgroundColor;
                    if (color && color !== "rgba(0, 0, 0, 0)" && color !== "transparent") {
                        background = color;
                        break;
                    }
                }
                return { rtl, background, text: host.innerText };
            });
            assert.ok(look.rtl, "the control lays out right to left");
            const [r, g, b] = (look.background.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
            assert.ok(0.2126 * r + 0.7152 * g + 0.0722 * b < 100, `dark background expected, got ${look.background}`);
            assert.match(look.text, /[\u0600-\u06FF]/, "Arabic strings from the 1025 resx are shown");
            await page.screenshot({ path: join(shots, `${control}-dark-rtl.png`), fullPage: true });
            assert.deepEqual(await axeViolations(page), [], "axe-core violations in dark RTL");
            assert.deepEqual(takeProblems(), [], "page or console errors");
            assert.deepEqual(await timersAfterDestroy(page), [], "timers still running after destroy()");
        });

        test(`${control}: masked, disabled, phone width renders without the hidden values`, async () => {
            const { page } = gallery;
            takeProblems();
            await page.evaluate((id) => window.gallery.show(id, { dark: false, rtl: false, languageId: 1033, phone: true, disabled: true, masked: true, noWebApi: true }), scenario.id);
            await settle(page);
            const text = await controlText(page);
            assert.ok(text.trim().length > 0, "the control shows something");
            const secret = scenario.parameters.operationDisplayName ?? scenario.parameters.responseJson ?? null;
            if (typeof secret === "string") assert.ok(!text.includes(secret), `a masked value is visible: ${secret}`);
            await page.screenshot({ path: join(shots, `${control}-masked-phone.png`), fullPage: true });
            assert.deepEqual(await axeViolations(page), [], "axe-core violations");
            assert.deepEqual(takeProblems(), [], "page or console errors");
            assert.deepEqual(await timersAfterDestroy(page), [], "timers still running after destroy()");
            await page.evaluate(() => window.gallery.show(window.gallery.scenarios[0].id, { noWebApi: false, phone: false, disabled: false, masked: false }));
        });
    }
});

describe("host interactions", () => {
    test("OperationStatusTimeline: canceling a waiting operation asks through the host and writes Canceling", async () => {
        const { page } = gallery;
        takeProblems();
        await page.evaluate(() => window.gallery.show("operation-waiting", { dark: false, rtl: false, languageId: 1033, phone: false, disabled: false, masked: false, noWebApi: false }));
        const label = english("OperationStatusTimeline").Cancel_Button;
        page.once("dialog", (dialog) => void dialog.accept());
        await page.locator("#stage").getByRole("button", { name: label }).click();
        await page.waitForFunction(() => window.gallery.webApiCalls().some((c) => c.method === "updateRecord"), null, { timeout: 5000 });
        const update = (await page.evaluate(() => window.gallery.webApiCalls())).find((c) => c.method === "updateRecord");
        assert.equal(update.entity, "backgroundoperation");
        assert.equal(update.id, "11111111-0000-4000-8000-000000000001");
        assert.equal(update.data.backgroundoperationstatuscode, 22);
        assert.equal(update.data.backgroundoperationstatecode, 2);
        const navigation = await page.evaluate(() => window.gallery.navigationCalls());
        assert.ok(navigation.some((n) => n.method === "openConfirmDialog"), "the host's confirm dialog was asked");
        assert.deepEqual(takeProblems(), [], "page or console errors");
        assert.deepEqual(await timersAfterDestroy(page), [], "timers still running after destroy()");
    });
});
