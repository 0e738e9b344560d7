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

/** `extraArgs`: flags one caller needs besides these (the benchmark's `--js-flags=--expose-gc`). */
export function browserLaunchOptions(extraArgs = []) {
    const args = [...FLAGS, ...extraArgs];
    const path = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
    if (path) return { executablePath: path, headless: true, args };
    if (process.platform === "win32") return { channel: process.env.BROWSER_CHANNEL ?? "msedge", headless: true, args };
    return undefined;
}

export async function launchBrowser(extraArgs = []) {
    const options = browserLaunchOptions(extraArgs);
    if (!options) throw new Error("No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.");
    return chromium.launch(options);
}
