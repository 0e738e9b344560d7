// Opens the gallery in the system Chromium on a server of its own (free port, 127.0.0.1), for the
// browser tests and the benchmark. Collects page errors, console errors and warnings as they happen. The page
// runs the platform libraries of `runtime` (default: GALLERY_RUNTIME, else React 16.14 + Fluent 8.29;
// the ids are in runtimes.mjs).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startGalleryServer } from "./server.mjs";
import { launchBrowser } from "./browser.mjs";
import { DEFAULT_RUNTIME, RUNTIMES, runtimeFromEnvironment } from "./runtimes.mjs";

/** The runtime the tests run on (GALLERY_RUNTIME): { id, label, short, react, fluent }. */
export function testRuntime() {
    const id = runtimeFromEnvironment();
    return { id, ...RUNTIMES[id] };
}

/**
 * Where screenshots go: test-results/gallery/, and test-results/gallery/<runtime>/ for a runtime other
 * than the default one (so the two runs do not overwrite each other's pictures).
 */
export function screenshotFolder(id = runtimeFromEnvironment()) {
    const base = fileURLToPath(new URL("../../test-results/gallery", import.meta.url));
    return id === DEFAULT_RUNTIME ? base : join(base, id);
}

export async function openGallery({
    root = process.env.GALLERY_ROOT,
    viewport = { width: 1280, height: 900 },
    beforeLoad,
    runtime = runtimeFromEnvironment(),
    browserArgs = [],
} = {}) {
    const server = await startGalleryServer(root ? { root } : {});
    let browser;
    try {
        browser = await launchBrowser(browserArgs);
        const page = await browser.newPage({ viewport });
        const problems = [];
        page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
        page.on("console", (message) => {
            // Warnings count too, on every runtime (Fluent and the controls warn through console.warn).
            if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
        });
        if (beforeLoad) await beforeLoad(page);
        await page.goto(`${server.url}?runtime=${encodeURIComponent(runtime)}`);
        await page.evaluate(() => window.gallery.ready);
        return {
            server,
            browser,
            page,
            problems,
            runtime,
            async close() {
                await browser.close();
                await server.close();
            },
        };
    } catch (error) {
        await browser?.close();
        await server.close();
        throw error;
    }
}
