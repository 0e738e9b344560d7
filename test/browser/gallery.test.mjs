// Browser tests: every gallery scenario runs the production bundle of its control in a real Chromium,
// as a form would. Per scenario: no page or console error, its key facts visible, axe-core finds no
// violation in the control, destroy() leaves no timer running, and a screenshot lands in
// test-results/gallery/. Per control: dark theme + RTL (Arabic) and a masked, disabled, phone-width form
// render too; then the hosts' interactions (cancel, confirm, navigation, mark as failed).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { join } from "node:path";
import { scenarios } from "../../scripts/gallery/fixtures/scenarios.mjs";
import { CONTROLS } from "../../scripts/lib/controls.mjs";
import { sweepsHere, testTheRuntime } from "./runtime.mjs";
import { assertHostLook, screenshotOfForm } from "./hostStates.mjs";
import {
    gallery,
    useGallery,
    shots,
    FACT_WAIT_MS,
    english,
    factTexts,
    settle,
    controlText,
    textShowing,
    axeViolations,
    timersAfterDestroy,
    takeProblems,
    showScenario,
    finish,
} from "./galleryHarness.mjs";

useGallery();

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
