// The one version: package.json's "version" is the version of the solution and of every control. This
// command raises it and writes it to the only other places that carry it, touching nothing else there:
//   package.json / package-lock.json  "version"
//   <Control>/ControlManifest.Input.xml  the version="…" attribute of <control>
//   Solutions/src/Other/Solution.xml  <Version>
// Dataverse keeps serving a control's old bundle when its version does not increase, so the version may
// only go up. `npm run build` refuses to pack when these places disagree.
//
//   npm run bump -- patch | minor | major | 1.4.0     raise the version
//   npm run bump                                       write package.json's version everywhere (after a hand edit)
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describeManifest, nameRules, parseXml, readSolutionSource, VERSION_PATTERN } from "./lib/solution.mjs";

const defaultRoot = fileURLToPath(new URL("..", import.meta.url));

const parts = (version) => VERSION_PATTERN.exec(version).slice(1, 4).map(Number);
const compare = (a, b) => {
    const [x, y] = [parts(a), parts(b)];
    for (let index = 0; index < 3; index += 1) if (x[index] !== y[index]) return x[index] - y[index];
    return 0;
};

/** The version after `change` (patch, minor, major or an explicit X.Y.Z) is applied to `current`. */
export function nextVersion(current, change) {
    if (nameRules.version(current)) throw new Error(`package.json: ${nameRules.version(current)}`);
    const [major, minor, patch] = parts(current);
    if (change === undefined) return current;
    if (change === "patch") return `${major}.${minor}.${patch + 1}`;
    if (change === "minor") return `${major}.${minor + 1}.0`;
    if (change === "major") return `${major + 1}.0.0`;
    if (nameRules.version(change)) throw new Error(`"${change}" is neither patch, minor, major nor a version: ${nameRules.version(change)}`);
    if (compare(change, current) < 0)
        throw new Error(`${change} is lower than the current ${current}: Dataverse only serves a new bundle when the control version increases`);
    return change;
}

/** Replaces exactly one match of `pattern` (whose groups 1 and 2 surround the value) or throws. */
function replaceOnce(text, pattern, value, what) {
    const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)) ?? [];
    if (matches.length !== 1) throw new Error(`${what}: expected one version to replace, found ${matches.length}`);
    return text.replace(pattern, (_, before, after) => `${before}${value}${after}`);
}

/** Folders at the root holding a control (a ControlManifest.Input.xml), sorted. */
function controlFolders(root) {
    return readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== "node_modules" && existsSync(join(root, entry.name, "ControlManifest.Input.xml")))
        .map((entry) => entry.name)
        .sort();
}

/** Computes and writes every file; nothing is written unless all of them could be rewritten. */
export function bumpVersion({ root = defaultRoot, change } = {}) {
    const packagePath = join(root, "package.json");
    const packageText = readFileSync(packagePath, "utf8");
    const current = JSON.parse(packageText).version;
    const version = nextVersion(current, change);
    const writes = [];

    // The first "version" key of package.json is the top-level one (name comes before it).
    writes.push([packagePath, replaceOnce(packageText, /^( {2}"version": ")[^"]*(")/m, version, packagePath)]);
    const lockPath = join(root, "package-lock.json");
    if (existsSync(lockPath)) {
        const lock = JSON.parse(readFileSync(lockPath, "utf8"));
        lock.version = version;
        if (lock.packages?.[""]) lock.packages[""].version = version;
        writes.push([lockPath, `${JSON.stringify(lock, null, 2)}\n`]);
    }
    for (const folder of controlFolders(root)) {
        const path = join(root, folder, "ControlManifest.Input.xml");
        // Only the version attribute of the <control> start tag; the platform-library and resource versions stay.
        const text = replaceOnce(readFileSync(path, "utf8"), /(<control\b[^>]*?\sversion=")[^"]*(")/, version, path);
        if (describeManifest(parseXml(text, path))?.version !== version) throw new Error(`${path}: the control version could not be set`);
        writes.push([path, text]);
    }
    const solutionPath = join(root, "Solutions", "src", "Other", "Solution.xml");
    const solutionText = replaceOnce(readFileSync(solutionPath, "utf8"), /(<Version>)[^<]*(<\/Version>)/, version, solutionPath);
    writes.push([solutionPath, solutionText]);

    for (const [path, text] of writes) writeFileSync(path, text);
    if (readSolutionSource(join(root, "Solutions")).version !== version) throw new Error(`${solutionPath}: the version could not be set`);
    return { from: current, to: version, files: writes.map(([path]) => path) };
}

function main() {
    const args = process.argv.slice(2);
    let root = defaultRoot;
    const rootIndex = args.indexOf("--root");
    if (rootIndex !== -1) {
        root = resolve(args[rootIndex + 1] ?? ".");
        args.splice(rootIndex, 2);
    }
    try {
        const { from, to, files } = bumpVersion({ root, change: args[0] });
        console.log(from === to ? `Version ${to} written to:` : `Version ${from} → ${to}:`);
        for (const file of files) console.log(`  ${file}`);
        console.log("Rebuild (npm run build) and import the new zips; commit these files together.");
    } catch (error) {
        console.error(`✖ ${error.message}`);
        process.exit(1);
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
