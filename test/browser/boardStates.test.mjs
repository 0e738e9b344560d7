// Browser tests: every board scenario in every host state real users run, an error's tooltip open, and
// contrast on selected and hovered rows.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { join } from "node:path";
import { onlyWithSweeps } from "./runtime.mjs";
import { scenarios } from "../../scripts/gallery/fixtures/scenarios.mjs";
import { assertHostLook, axeEveryRule, expandAll, sidewaysOverflow, useDesktopWidth, usePhoneWidth } from "./hostStates.mjs";
import { gallery, useGallery, shots, axeSource, HOST_STATES } from "./galleryHarness.mjs";
import { WAIT_MS, stage, rowOf, show, finish } from "./boardHarness.mjs";

useGallery();

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
