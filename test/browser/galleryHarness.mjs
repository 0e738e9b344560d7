// What the gallery's browser test files share: one gallery per file (useGallery), waiting for what the
// control shows, axe, the timers left after destroy(), plain-form scenarios and the host-state sweeps.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { scenarios } from "../../scripts/gallery/fixtures/scenarios.mjs";
import { readResx } from "../../scripts/lib/resx.mjs";
import { openGallery, screenshotFolder } from "../../scripts/gallery/galleryPage.mjs";
import { onlyWithSweeps } from "./runtime.mjs";
import { assertHostLook, axeEveryRule, expandAll, screenshotOfForm, sidewaysOverflow, timersLeft, useDesktopWidth, usePhoneWidth } from "./hostStates.mjs";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const shots = screenshotFolder();
export const axeSource = readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");
mkdirSync(shots, { recursive: true });

export const FACT_WAIT_MS = 5000;
/** Short timers (Fluent's focus and layout work) may still fire after unmount; long ones must not exist. */
export const TIMER_GRACE_MS = 1500;

/** The gallery of the test file that called useGallery(): a live binding, set before its first test. */
export let gallery;

export function english(control) {
    return Object.fromEntries(readResx(join(root, control, "strings", `${control}.1033.resx`)));
}

/** The text a fact stands for: data text, any of several, or a resx string up to its first placeholder. */
export function factTexts(fact, control) {
    if (Array.isArray(fact)) return fact;
    if (fact && typeof fact === "object" && "resx" in fact) {
        const text = english(control)[fact.resx];
        assert.ok(text, `${control}: resx key ${fact.resx} is missing`);
        return [text.split(/\{\d+\}/)[0].trim()];
    }
    return [String(fact)];
}

/** Waits until the control is quiet: every Web API call answered, no slice or focus step pending (the page says). */
export async function settle(page) {
    await page.evaluate(() => window.gallery.settled());
}

export async function controlText(page) {
    return page.locator("#stage .control-host").innerText();
}

/** The control's text once every fact shows, or after FACT_WAIT_MS (a loaded machine answers later). */
export async function textShowing(page, wanted) {
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

export async function axeViolations(page) {
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
export async function timersAfterDestroy(page) {
    await page.evaluate(() => window.gallery.teardown());
    return timersLeft(page, TIMER_GRACE_MS);
}

export function takeProblems() {
    return gallery.problems.splice(0);
}

/** Opens the gallery before the file's first test and closes it after its last. */
export function useGallery() {
    before(async () => {
        gallery = await openGallery();
        const missing = await gallery.page.evaluate(() => [...document.querySelectorAll("#status")].map((e) => e.textContent).join(""));
        assert.equal(missing, "", `the gallery reports: ${missing}`);
    });
    after(async () => {
        await gallery?.close();
    });
}

export const PLAIN = { dark: false, rtl: false, languageId: 1033, phone: false, width: 0, disabled: false, masked: false, noWebApi: false };

/** Shows a scenario on a plain form and waits until `text` is in the control. */
export async function showScenario(page, id, text) {
    await page.evaluate(({ id, settings }) => window.gallery.show(id, settings), { id, settings: PLAIN });
    await page.locator("#stage .control-host").getByText(text, { exact: false }).first().waitFor({ timeout: FACT_WAIT_MS });
}

/** Ends an interaction test as the scenario loop does: no error, nothing left running. */
export async function finish(page) {
    assert.deepEqual(takeProblems(), [], "page or console errors");
    assert.deepEqual(await timersAfterDestroy(page), [], "timers still running after destroy()");
    assert.deepEqual(takeProblems(), [], "page or console errors during destroy");
}

/** The host states real users run, each checked with every collapsible open. */
export const HOST_STATES = [
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
export function sweepHostStates(control, { ready = async () => {}, prepare = async () => {}, check = async () => {} } = {}) {
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
