// Launches the system browser for the browser tests and the benchmark: Debian's chromium (or
// CHROMIUM_PATH), an installed Edge on Windows. Never a downloaded browser.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

const FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

export function browserLaunchOptions() {
    const path = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
    if (path) return { executablePath: path, headless: true, args: FLAGS };
    if (process.platform === "win32") return { channel: process.env.BROWSER_CHANNEL ?? "msedge", headless: true, args: FLAGS };
    return undefined;
}

export async function launchBrowser() {
    const options = browserLaunchOptions();
    if (!options) throw new Error("No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.");
    return chromium.launch(options);
}
