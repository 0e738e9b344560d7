// npm start: build (unless out/ already holds a successful build of the current sources; `--rebuild`
// builds anyway), serve the gallery on 127.0.0.1 and rebuild when a control or common/ changes
// (debounced; one build at a time), then tell open pages to reload. `npm run harness` keeps the stock
// pcf-scripts harness for those who expect it.
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTROLS } from "../lib/controls.mjs";
import { buildState } from "../lib/freshness.mjs";
import { startGalleryServer } from "./server.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const port = Number(process.env.PORT ?? process.argv.find((a) => a.startsWith("--port="))?.slice(7) ?? 8282);
const noWatch = process.argv.includes("--no-watch");
const DEBOUNCE_MS = 400;

let building = false;
let pending = false;
let lastBuild = { ok: undefined, at: undefined };

function build() {
    return new Promise((resolve) => {
        const npm = process.platform === "win32" ? "npm.cmd" : "npm";
        const child = spawn(npm, ["run", "build"], {
            cwd: root,
            stdio: "inherit",
            shell: process.platform === "win32",
            env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "true", APPLICATION_INSIGHTS_NO_STATSBEAT: "true" },
        });
        child.on("close", (code) => resolve(code === 0));
    });
}

let server;
async function rebuild() {
    if (building) {
        pending = true;
        return;
    }
    building = true;
    server?.reload("Rebuilding…");
    const ok = await build();
    building = false;
    lastBuild = { ok, at: new Date().toISOString() };
    console.log(ok ? "\n✔ Rebuilt; the gallery reloads." : "\n✖ The build failed (see above); the gallery keeps the last bundles it has.");
    server?.reload(ok ? "reload" : "The last build failed: see the terminal. Showing the previous bundles.");
    if (pending) {
        pending = false;
        await rebuild();
    }
}

const state = buildState(root);
if (state.fresh && !process.argv.includes("--rebuild")) {
    console.log("out/ holds a successful build of the current sources: serving it without building (`npm start -- --rebuild` builds anyway).");
    lastBuild = { ok: true, at: state.finished };
} else {
    if (state.reason) console.log(`Building: ${state.reason}.`);
    const firstBuildOk = await build();
    lastBuild = { ok: firstBuildOk, at: new Date().toISOString() };
    if (!firstBuildOk) console.error("\n✖ The build failed; the gallery serves whatever bundles out/ holds.");
}

server = await startGalleryServer({ port, status: () => ({ building, lastBuild }) });
console.log(`\nAsyncOps gallery: ${server.url}  (Ctrl+C to stop)`);

if (!noWatch) {
    let timer;
    const changed = (file) => {
        const path = String(file ?? "");
        if (/(^|[\\/])(generated|node_modules|out)([\\/]|$)/.test(path)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void rebuild(), DEBOUNCE_MS);
    };
    for (const folder of [...CONTROLS, "common"]) watch(join(root, folder), { recursive: true }, (_event, file) => changed(file));
    console.log(`Watching ${[...CONTROLS, "common"].join(", ")} for changes.`);
}

const stop = async () => {
    await server.close();
    process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
