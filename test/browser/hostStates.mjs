// Helpers for browser tests that put a control through the host states real users run: every collapsible
// opened, axe with every rule (color-contrast included), phone widths without sideways scrolling, and the
// visual order of text in right-to-left layouts. Plain functions over a playwright page; no test of its own.

const CONTROL = "#stage .control-host";

/** A phone's window of `width` px: the gallery lays its form section across the screen, as the mobile app does. */
export async function usePhoneWidth(page, width) {
    await page.setViewportSize({ width, height: 844 });
}

export async function useDesktopWidth(page) {
    await page.setViewportSize({ width: 1280, height: 900 });
}

/** A picture of the form section (its title and the control), smaller and quicker than the whole page. */
export async function screenshotOfForm(page, path) {
    await page.locator(".form-frame").screenshot({ path });
}

/** The page's live timers once none is left or `graceMs` has passed (short Fluent timers may fire after unmount). */
export async function timersLeft(page, graceMs) {
    await page.waitForFunction(() => window.__aops.liveTimers().length === 0, null, { timeout: graceMs }).catch(() => undefined);
    return page.evaluate(() => window.__aops.liveTimers());
}

/**
 * Opens every collapsible inside the control (anything with aria-expanded="false": sections, tree items,
 * "show more" toggles), again and again while new ones appear, at most `rounds` times.
 */
export async function expandAll(page, rounds = 8) {
    let opened = 0;
    for (let round = 0; round < rounds; round++) {
        const closed = page.locator(`${CONTROL} [aria-expanded="false"]:not([aria-disabled="true"]):not([disabled])`);
        const count = await closed.count();
        if (count === 0) return opened;
        for (let i = count - 1; i >= 0; i--) {
            const element = closed.nth(i);
            const role = await element.getAttribute("role");
            // A tree item opens with Enter (its row is the click target); anything else is a button.
            if (role === "treeitem") {
                await element.focus();
                await page.keyboard.press("Enter");
            } else {
                await element.click();
            }
            opened += 1;
        }
    }
    return opened;
}

/**
 * axe with every rule it has up to WCAG AA, experimental and best-practice ones included, on the control;
 * violations as readable lines. Only the AAA rules (7:1 "enhanced" contrast) are left out: the controls
 * aim at AA, as the forms around them do.
 */
export async function axeEveryRule(page, axeSource) {
    const loaded = await page.evaluate(() => typeof window.axe !== "undefined");
    if (!loaded) await page.addScriptTag({ content: axeSource });
    return page.evaluate(async (selector) => {
        const rules = window.axe
            .getRules()
            .filter((rule) => !rule.tags.includes("wcag2aaa"))
            .map((rule) => rule.ruleId);
        const result = await window.axe.run(document.querySelector(selector), { runOnly: { type: "rule", values: rules }, resultTypes: ["violations"] });
        return result.violations.map(
            (v) =>
                `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                    .map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`.replace(/\s+/g, " "))
                    .slice(0, 3)
                    .join(" | ")}`,
        );
    }, CONTROL);
}

/**
 * What sticks out sideways: the control wider than the screen or than its own box (so the user would have
 * to scroll sideways, or would not see part of it).
 */
export async function sidewaysOverflow(page) {
    return page.evaluate((selector) => {
        const host = document.querySelector(selector);
        const box = host.getBoundingClientRect();
        const problems = [];
        if (box.right > window.innerWidth + 1) problems.push(`the control ends at ${Math.round(box.right)} px on a ${window.innerWidth} px screen`);
        if (host.scrollWidth > host.clientWidth + 1) {
            const wide = [...host.querySelectorAll("*")].filter((e) => {
                const r = e.getBoundingClientRect();
                return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
            });
            const sample = wide.slice(-3).map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(" ")[0]} "${(e.textContent ?? "").slice(0, 40)}"`);
            problems.push(`the control is wider than its box (${host.scrollWidth} > ${host.clientWidth}): ${sample.join(", ")}`);
        }
        return problems;
    }, CONTROL);
}

/**
 * The first `length` characters (all, by default) of the first text node inside `selector` in the order they
 * are drawn, line by line and left to right: what a reader sees, whatever the logical order (e.g.
 * "2147187707-" when a minus sign is not isolated in RTL).
 */
export async function visualText(page, selector, length = Infinity) {
    return page.evaluate(
        ({ target, length }) => {
            const element = document.querySelector(target);
            if (!element) return null;
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            const node = walker.nextNode();
            if (!node) return null;
            const chars = [];
            for (let i = 0; i < Math.min(node.textContent.length, length); i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const rect = range.getBoundingClientRect();
                chars.push({ char: node.textContent[i], x: rect.left + rect.width / 2, y: Math.round(rect.top) });
            }
            return chars
                .sort((a, b) => a.y - b.y || a.x - b.x)
                .map((c) => c.char)
                .join("");
        },
        { target: selector, length },
    );
}

/**
 * Contrast ratios (WCAG) of what `selector` finds inside the control: each element's text color against the
 * first opaque background behind it (its own, else an ancestor's), as { text, color, background, ratio }.
 */
export async function contrastOf(page, selector) {
    return page.evaluate(
        ({ control, target }) => {
            const rgb = (value) => (value.match(/[\d.]+/g) ?? []).map(Number);
            const luminance = ([r, g, b]) =>
                [r, g, b]
                    .map((c) => c / 255)
                    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
                    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
            const backgroundOf = (element) => {
                for (let e = element; e; e = e.parentElement) {
                    const color = getComputedStyle(e).backgroundColor;
                    const parts = rgb(color);
                    if (parts.length >= 3 && (parts.length < 4 || parts[3] > 0.9)) return color;
                }
                return "rgb(255, 255, 255)";
            };
            return [...document.querySelectorAll(`${control} ${target}`)].map((element) => {
                const color = getComputedStyle(element).color;
                const background = backgroundOf(element);
                const [a, b] = [luminance(rgb(color)), luminance(rgb(background))];
                const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                return { text: element.textContent, color, background, ratio: Math.round(ratio * 100) / 100 };
            });
        },
        { control: CONTROL, target: selector },
    );
}

/**
 * Values in the control that are cut off (wider than their box) without their whole text in a tooltip:
 * `selector` names the value elements.
 */
export async function unreadableValues(page, selector) {
    return page.evaluate(
        ({ control, target }) =>
            [...document.querySelectorAll(`${control} ${target}`)]
                .filter((e) => e.scrollWidth > e.clientWidth + 1 && (e.getAttribute("title") ?? "").length < (e.textContent ?? "").length)
                .map((e) => e.textContent.slice(0, 60)),
        { control: CONTROL, target: selector },
    );
}

/** What a host state must look like: right to left with Arabic strings in Arabic, a dark background in dark. */
export async function assertHostLook(page, { settings }, assert) {
    const look = await page.evaluate((selector) => {
        const host = document.querySelector(selector);
        // The nearest element with a painted background inside the control.
        let background = "";
        for (const element of [host.firstElementChild, ...host.querySelectorAll("*")]) {
            const color = element && getComputedStyle(element).backgroundColor;
            if (color && color !== "rgba(0, 0, 0, 0)" && color !== "transparent") {
                background = color;
                break;
            }
        }
        return { rtl: host.querySelector("[dir='rtl']") !== null, background, text: host.innerText };
    }, CONTROL);
    if (settings.rtl) {
        assert.ok(look.rtl, "the control lays out right to left");
        if (settings.languageId === 1025) assert.match(look.text, /[\u0600-\u06FF]/, "Arabic strings from the 1025 resx are shown");
    } else assert.ok(!look.rtl, "the control lays out left to right");
    if (settings.dark) {
        const [r, g, b] = (look.background.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
        assert.ok(0.2126 * r + 0.7152 * g + 0.0722 * b < 100, `dark background expected, got ${look.background}`);
    }
}
