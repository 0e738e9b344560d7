// The stock pcf-start harness (`npm run harness`) must show the first control with no Web API and no error.
// Its page loads React from a public CDN; here those two scripts are answered from node_modules, so the
// test runs offline. The harness serves the first control of the project only, always on port 8181.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../../scripts/gallery/browser.mjs";
import { readResx } from "../../scripts/lib/resx.mjs";
import { QUIET_TOOLS_ENV } from "../../scripts/lib/run.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const HARNESS_URL = "http://127.0.0.1:8181/";
let server;
let browser;

async function waitForHarness(deadline) {
    while (Date.now() < deadline) {
        try {
            if ((await fetch(HARNESS_URL)).ok) return;
        } catch {
            // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error("pcf-start did not answer on port 8181");
}

before(async () => {
    server = spawn(
        process.execPath,
        [join(root, "node_modules", "pcf-start", "bin", "pcf-start.js"), "--codePath", join(root, "out", "controls", "OperationStatusTimeline")],
        {
            cwd: root,
            env: { ...process.env, ...QUIET_TOOLS_ENV },
            stdio: "ignore",
        },
    );
    await waitForHarness(Date.now() + 30_000);
    browser = await launchBrowser();
});

after(async () => {
    await browser?.close();
    server?.kill();
});

test("the stock harness renders OperationStatusTimeline in English, without a Web API and without errors", async () => {
    const page = await browser.newPage();
    const pageErrors = [];
    const consoleErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
    });
    await page.route("https://unpkg.com/react@16.14.0/**", (route) =>
        route.fulfill({ path: join(root, "node_modules", "react", "umd", "react.development.js"), contentType: "text/javascript" }),
    );
    await page.route("https://unpkg.com/react-dom@16.14.0/**", (route) =>
        route.fulfill({ path: join(root, "node_modules", "react-dom", "umd", "react-dom.development.js"), contentType: "text/javascript" }),
    );
    await page.goto(HARNESS_URL);
    const english = readResx(join(root, "common", "strings", "Common.1033.resx"));
    await page.getByText(english.get("Refresh_Unavailable")).waitFor({ timeout: 15_000 });
    assert.deepEqual(pageErrors, []);
    // What stays is the harness's own: its web fonts from a CDN, and React's warning about the NaN width its
    // frame gets from an empty "container width" field.
    const ours = consoleErrors.filter((text) => !/Failed to load resource|`NaN` is an invalid value for the `%s` css style property/.test(text));
    assert.deepEqual(ours, []);
    await page.close();
});
