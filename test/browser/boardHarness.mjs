// What the board's browser test files share, on top of galleryHarness.mjs: its strings, the stage and its
// rows, showing a scenario on a plain form, axe and the end of a test.
import { readResx } from "../../scripts/lib/resx.mjs";
import { join } from "node:path";
import { axeViolations as axeViolationsOn, finish as finishOn, gallery, PLAIN, root } from "./galleryHarness.mjs";

export const strings = Object.fromEntries(readResx(join(root, "OperationsBoard", "strings", "OperationsBoard.1033.resx")));
export const common = Object.fromEntries(readResx(join(root, "common", "strings", "Common.1033.resx")));

export const WAIT_MS = 8000;

export const stage = () => gallery.page.locator("#stage .control-host");
export const rowOf = (name) => stage().locator("[role='row']", { has: gallery.page.getByText(name, { exact: true }) });

export async function show(id, settings = {}) {
    gallery.problems.splice(0);
    await gallery.page.evaluate(({ id, settings }) => window.gallery.show(id, settings), { id, settings: { ...PLAIN, ...settings } });
}

/** axe's violations in the board. */
export const axeViolations = () => axeViolationsOn(gallery.page);

/** No error on the page, and nothing of the board left running once it is destroyed. */
export const finish = () => finishOn(gallery.page);
