// Keeps the controls' resx files consistent.
//   node scripts/strings.mjs sync [Control]   copy the shared strings (common/strings) into every control's resx,
//                                   regenerate common/strings/defaults.ts (shared English fallbacks) and each
//                                   control's strings/defaults.ts (its own English fallbacks only)
//   node scripts/strings.mjs check  fail when a language misses a key, has an extra one, changes a
//                                   placeholder, or when a generated defaults.ts is stale
// The generated defaults leave out the keys only the manifest uses (Control_*, Property_*): the maker tools
// read those from the resx. A control whose code asks for such a key (t("Property_state")) keeps it.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LANGUAGES, formatResx, placeholders, readResx, writeResx } from "./lib/resx.mjs";
import { CONTROLS } from "./lib/controls.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

const commonPath = (lcid) => join(root, "common", "strings", `Common.${lcid}.resx`);
const controlPath = (control, lcid) => join(root, control, "strings", `${control}.${lcid}.resx`);
const defaultsPath = (control) => join(root, control, "strings", "defaults.ts");
const commonDefaultsPath = join(root, "common", "strings", "defaults.ts");

const MANIFEST_ONLY = /^(?:Control_|Property_)/;

/** Code files of a control (or of common/), without generated ones. */
function sourceFiles(dir) {
    const files = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== "generated" && entry.name !== "strings") files.push(...sourceFiles(path));
        } else if (/\.tsx?$/.test(entry.name)) {
            files.push(path);
        }
    }
    return files;
}

/** Manifest keys the code of a control (or common/) asks for by name, so they stay in its defaults. */
function manifestKeysUsedIn(dir) {
    const used = new Set();
    for (const file of sourceFiles(dir)) {
        for (const match of readFileSync(file, "utf8").matchAll(/["'`]((?:Control|Property)_[A-Za-z0-9_]+)["'`]/g)) used.add(match[1]);
    }
    return used;
}

function entriesSource(entries) {
    return [...entries].map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
}

function commonDefaultsSource(common) {
    return [
        "// Generated from common/strings/Common.1033.resx by scripts/strings.mjs: edit the resx, then run `npm run strings`.",
        "// English strings every control shares, for hosts whose resource lookup is missing or empty.",
        "export const COMMON_STRINGS: Readonly<Record<string, string>> = {",
        ...entriesSource(common),
        "};",
        "",
    ].join("\n");
}

/** The control's own English strings: not the shared ones (common/strings/defaults.ts) nor manifest-only keys. */
function defaultsSource(control, english, common) {
    const used = manifestKeysUsedIn(join(root, control));
    const own = [...english].filter(([key]) => !common.has(key) && (!MANIFEST_ONLY.test(key) || used.has(key)));
    return [
        `// Generated from ${control}.1033.resx by scripts/strings.mjs: edit the resx, then run \`npm run strings\`.`,
        "// English strings of this control only, for hosts whose resource lookup is missing or empty; the shared",
        "// ones are in common/strings/defaults.ts.",
        "export const DEFAULT_STRINGS: Readonly<Record<string, string>> = {",
        ...entriesSource(own),
        "};",
        "",
    ].join("\n");
}

function merged(control, lcid) {
    const own = existsSync(controlPath(control, lcid)) ? readResx(controlPath(control, lcid)) : new Map();
    const common = readResx(commonPath(lcid));
    const result = new Map(common);
    for (const [key, value] of own) if (!common.has(key)) result.set(key, value);
    return result;
}

function sync(only) {
    const common = readResx(commonPath(1033));
    writeFileSync(commonDefaultsPath, commonDefaultsSource(common));
    for (const control of CONTROLS.filter((c) => !only || c === only)) {
        for (const lcid of LANGUAGES) writeResx(controlPath(control, lcid), merged(control, lcid));
        writeFileSync(defaultsPath(control), defaultsSource(control, readResx(controlPath(control, 1033)), common));
    }
}

export function check() {
    const problems = [];
    const commonEnglish = readResx(commonPath(1033));
    for (const lcid of LANGUAGES) {
        if (!existsSync(commonPath(lcid))) {
            problems.push(`common: ${lcid} resx is missing`);
            continue;
        }
        const entries = readResx(commonPath(lcid));
        for (const [key, value] of commonEnglish) {
            if (!entries.has(key)) problems.push(`common.${lcid}: missing ${key}`);
            else if (placeholders(entries.get(key)) !== placeholders(value)) problems.push(`common.${lcid}: ${key} placeholders differ from English`);
            else if (entries.get(key).trim() === "") problems.push(`common.${lcid}: ${key} is empty`);
        }
        for (const key of entries.keys()) if (!commonEnglish.has(key)) problems.push(`common.${lcid}: ${key} is not in the English resx`);
    }
    for (const key of manifestKeysUsedIn(join(root, "common")))
        problems.push(`common: code asks for the manifest key ${key}; shared code cannot know a control's manifest`);
    if (!existsSync(commonDefaultsPath) || readFileSync(commonDefaultsPath, "utf8") !== commonDefaultsSource(commonEnglish)) {
        problems.push("common: strings/defaults.ts is stale (run npm run strings)");
    }
    for (const control of CONTROLS) {
        const english = readResx(controlPath(control, 1033));
        for (const lcid of LANGUAGES) {
            const path = controlPath(control, lcid);
            if (!existsSync(path)) {
                problems.push(`${control}: ${lcid} resx is missing`);
                continue;
            }
            const entries = readResx(path);
            const common = readResx(commonPath(lcid));
            for (const [key, value] of english) {
                if (!entries.has(key)) problems.push(`${control}.${lcid}: missing ${key}`);
                else if (placeholders(entries.get(key)) !== placeholders(value)) problems.push(`${control}.${lcid}: ${key} placeholders differ from English`);
                else if (entries.get(key).trim() === "") problems.push(`${control}.${lcid}: ${key} is empty`);
            }
            for (const key of entries.keys()) if (!english.has(key)) problems.push(`${control}.${lcid}: ${key} is not in the English resx`);
            for (const [key, value] of common)
                if (entries.get(key) !== value) problems.push(`${control}.${lcid}: shared string ${key} differs from common/strings (run npm run strings)`);
        }
        for (const key of manifestKeysUsedIn(join(root, control)))
            if (!english.has(key)) problems.push(`${control}: code asks for ${key}, which is not in the English resx`);
        const expected = defaultsSource(control, english, commonEnglish);
        if (!existsSync(defaultsPath(control)) || readFileSync(defaultsPath(control), "utf8") !== expected) {
            problems.push(`${control}: strings/defaults.ts is stale (run npm run strings)`);
        }
    }
    return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const command = process.argv[2];
    if (command === "sync") {
        const only = process.argv[3];
        if (only && !CONTROLS.includes(only)) {
            console.error(`unknown control ${only}; one of ${CONTROLS.join(", ")}`);
            process.exit(2);
        }
        sync(only);
        const problems = check();
        for (const p of problems) console.error(p);
        process.exit(problems.length ? 1 : 0);
    } else if (command === "check") {
        const problems = check();
        for (const p of problems) console.error(p);
        if (problems.length) process.exit(1);
        console.log("strings: every control has every key in", LANGUAGES.join(", "));
    } else {
        console.error("usage: node scripts/strings.mjs sync|check");
        process.exit(2);
    }
}
export { formatResx };
