/* global window -- page.evaluate callbacks run in the browser */
// npm run screenshots: the README's pictures, taken from the gallery with the production bundles.
// Each control on one representative scenario, light and dark, desktop and phone, written to docs/images/
// as <Control>-<desktop|phone>-<light|dark>.png. The folder must stay small enough to clone quickly: the
// script fails when the pictures together exceed IMAGE_BUDGET_BYTES. `--no-build` uses what out/ holds.
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openGallery } from "./gallery/galleryPage.mjs";
import { buildState } from "./lib/freshness.mjs";
import { fail, run } from "./lib/run.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const folder = join(root, "docs", "images");
const IMAGE_BUDGET_BYTES = 1.5 * 1024 * 1024;
/** The tallest picture: a long control is cut at the bottom of a screen, as a reader would first see it. */
const MAX_HEIGHT = 900;

/** Per control: the scenario that shows it best, and the width a maker gives it on a desktop. */
export const PICTURES = [
    { control: "OperationStatusTimeline", scenario: "operation-in-progress-with-retries", width: 600 },
    { control: "IntegrationJobProgress", scenario: "job-stalled-with-system-jobs-and-sync-errors", width: 600 },
    { control: "StagedDependencyViewer", scenario: "staged-30-as-a-json-array", width: 600 },
    { control: "OperationsBoard", scenario: "board-mixed-statuses-live", width: 1024 },
    { control: "OperationCells", scenario: "cells-background-operations", width: 1024 },
];

const VARIANTS = [
    { name: "desktop-light", viewport: { width: 1280, height: 900 }, settings: { dark: false } },
    { name: "desktop-dark", viewport: { width: 1280, height: 900 }, settings: { dark: true } },
    { name: "phone-light", viewport: { width: 390, height: 844 }, settings: { dark: false, phone: 390 } },
    { name: "phone-dark", viewport: { width: 390, height: 844 }, settings: { dark: true, phone: 390 } },
];

if (!process.argv.includes("--no-build")) {
    if ((await run(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root })).code !== 0) fail("The build failed.");
} else if (!buildState(root).built) fail("out/ holds no build: run npm run build first.");

rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const gallery = await openGallery({ viewport: { width: 1280, height: 1400 } });
try {
    const { page } = gallery;
    for (const picture of PICTURES) {
        for (const variant of VARIANTS) {
            await page.setViewportSize({ ...variant.viewport, height: 1400 });
            await page.evaluate(({ id, settings }) => window.gallery.show(id, settings), {
                id: picture.scenario,
                settings: { languageId: 1033, phone: false, disabled: false, masked: false, noWebApi: false, width: picture.width, ...variant.settings },
            });
            await page.evaluate(() => window.gallery.settled());
            const host = page.locator("#stage .control-host");
            const box = await host.boundingBox();
            const path = join(folder, `${picture.control}-${variant.name}.png`);
            await page.screenshot({ path, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, MAX_HEIGHT) } });
            console.log(`  ${path.slice(root.length)}  ${Math.round(box.width)} × ${Math.round(Math.min(box.height, MAX_HEIGHT))}`);
        }
    }
    const problems = gallery.problems.splice(0);
    if (problems.length) fail(`The gallery reported problems:\n  ${problems.join("\n  ")}`);
} finally {
    await gallery.close();
}

const total = readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
console.log(`\n${readdirSync(folder).length} pictures, ${total.toLocaleString("en-US")} bytes in docs/images/`);
if (total > IMAGE_BUDGET_BYTES)
    fail(`docs/images/ holds ${total.toLocaleString("en-US")} bytes, more than the ${IMAGE_BUDGET_BYTES.toLocaleString("en-US")} allowed.`);
