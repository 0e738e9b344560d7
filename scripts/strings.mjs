// Keeps the controls' resx files consistent.
//   node scripts/strings.mjs sync [Control]   copy the shared strings (common/strings) into every control's resx and
//                                   regenerate each control's strings/defaults.ts from its English resx
//   node scripts/strings.mjs check  fail when a language misses a key, has an extra one, changes a
//                                   placeholder, or when defaults.ts is stale
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LANGUAGES, formatResx, placeholders, readResx, writeResx } from "./lib/resx.mjs";
import { CONTROLS } from "./lib/controls.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

const commonPath = (lcid) => join(root, "common", "strings", `Common.${lcid}.resx`);
const controlPath = (control, lcid) => join(root, control, "strings", `${control}.${lcid}.resx`);
const defaultsPath = (control) => join(root, control, "strings", "defaults.ts");

function defaultsSource(control, entries) {
    const lines = [...entries].map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
    return [
        `// Generated from ${control}.1033.resx by scripts/strings.mjs: edit the resx, then run \`npm run strings\`.`,
        "// English strings for hosts whose resource lookup is missing or empty.",
        "export const DEFAULT_STRINGS: Readonly<Record<string, string>> = {",
        ...lines,
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
    for (const control of CONTROLS.filter((c) => !only || c === only)) {
        for (const lcid of LANGUAGES) writeResx(controlPath(control, lcid), merged(control, lcid));
        writeFileSync(defaultsPath(control), defaultsSource(control, readResx(controlPath(control, 1033))));
    }
}

export function check() {
    const problems = [];
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
            for (const [key, value] of common) if (entries.get(key) !== value) problems.push(`${control}.${lcid}: shared string ${key} differs from common/strings (run npm run strings)`);
        }
        const expected = defaultsSource(control, english);
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
