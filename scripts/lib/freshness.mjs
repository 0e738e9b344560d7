// Is out/ a successful build of the sources as they are now? scripts/build.mjs removes its stamp when it
// starts and writes it, with the time it started, when every step has passed: a failed or interrupted
// build never counts (it can still leave bundles behind). The build is fresh when no source or
// configuration file that goes into it changed after that build started, and every bundle.js is there.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { CONTROLS } from "./controls.mjs";

const STAMP = join("out", "build-succeeded.json");
const CONFIG_FILES = ["package.json", "package-lock.json", "tsconfig.json", "pcfconfig.json", "featureconfig.json", "webpack.config.js", "eslint.config.mjs"];
const SKIPPED_FOLDERS = new Set(["generated", "node_modules", "out"]);

/** The newest file under `dir` (generated types excluded: the build writes them itself). */
function newest(dir, found = { path: undefined, mtimeMs: 0 }) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name)) newest(path, found);
        } else {
            const { mtimeMs } = statSync(path);
            if (mtimeMs > found.mtimeMs) Object.assign(found, { path, mtimeMs });
        }
    }
    return found;
}

/** Source folders and files whose change calls for a new build. */
export function buildInputs(root) {
    return [...CONTROLS, "common", ...CONFIG_FILES].filter((entry) => existsSync(join(root, entry)));
}

/**
 * `{ built, fresh, reason, finished }`: built — out/ holds a successful build with every bundle; fresh —
 * and no source changed since that build started; reason — why not, for a message; finished — when the
 * fresh build ended.
 */
export function buildState(root) {
    const stamp = join(root, STAMP);
    if (!existsSync(stamp)) return { built: false, fresh: false, reason: "out/ holds no successful build" };
    let started;
    let finished;
    try {
        const written = JSON.parse(readFileSync(stamp, "utf8"));
        started = Date.parse(written.started);
        finished = written.finished;
    } catch {
        started = NaN;
    }
    if (Number.isNaN(started)) return { built: false, fresh: false, reason: `${STAMP} is unreadable` };
    for (const control of CONTROLS) {
        const bundle = join(root, "out", "controls", control, "bundle.js");
        if (!existsSync(bundle) || statSync(bundle).mtimeMs < started)
            return { built: false, fresh: false, reason: `out/controls/${control}/bundle.js is missing or older than the last build` };
    }
    const latest = { path: undefined, mtimeMs: 0 };
    for (const entry of buildInputs(root)) {
        const path = join(root, entry);
        if (statSync(path).isDirectory()) newest(path, latest);
        else if (statSync(path).mtimeMs > latest.mtimeMs) Object.assign(latest, { path, mtimeMs: statSync(path).mtimeMs });
    }
    if (latest.mtimeMs > started)
        return { built: true, fresh: false, reason: `${relative(root, latest.path).replace(/\\/g, "/")} changed after the last build` };
    return { built: true, fresh: true, reason: "", finished };
}

export function clearBuildStamp(root) {
    rmSync(join(root, STAMP), { force: true });
}

/** `started`: when the build began (Date.now() then), so a file saved while it ran makes it stale. */
export function writeBuildStamp(root, started) {
    const stamp = { started: new Date(started).toISOString(), finished: new Date().toISOString(), controls: CONTROLS };
    writeFileSync(join(root, STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
}
