// Opens the gallery in the system Chromium on a server of its own (free port, 127.0.0.1), for the
// browser tests and the benchmark. Collects page errors and console errors as they happen.
import { startGalleryServer } from "./server.mjs";
import { launchBrowser } from "./browser.mjs";

export async function openGallery({ root = process.env.GALLERY_ROOT, viewport = { width: 1280, height: 900 }, beforeLoad } = {}) {
    const server = await startGalleryServer(root ? { root } : {});
    let browser;
    try {
        browser = await launchBrowser();
        const page = await browser.newPage({ viewport });
        const problems = [];
        page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
        page.on("console", (message) => {
            if (message.type() === "error") problems.push(`console error: ${message.text()}`);
        });
        if (beforeLoad) await beforeLoad(page);
        await page.goto(server.url);
        await page.evaluate(() => window.gallery.ready);
        return {
            server,
            browser,
            page,
            problems,
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
