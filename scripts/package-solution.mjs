// Packs the built controls into importable solution zips with Node alone (no dotnet, no pac CLI), laid out
// as `dotnet build` of Solutions/AsyncOpsControls.cdsproj lays them out:
//   {UniqueName}.zip (unmanaged) and {UniqueName}_managed.zip, differing only in <Managed>.
// Publisher, solution name and version come from Solutions/src/Other/*.xml; the version must equal
// package.json's (npm run bump keeps them together). Broken input is refused with every problem listed.
//
//   node scripts/package-solution.mjs [--controls out/controls] [--solution Solutions] [--out Solutions/bin] [--package package.json]
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, posix, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import JSZip from "jszip";
import { CONTROLS } from "./lib/controls.mjs";
import {
    bundleRegisters,
    buildXml,
    contentTypesDocument,
    controlSchemaName,
    CUSTOM_CONTROL_TYPE,
    describeManifest,
    FIXED_ZIP_DATE,
    MAX_RESOURCE_BYTES,
    nameRules,
    parseXml,
    readSolutionSource,
    SOLUTION_FILES,
} from "./lib/solution.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

export class PackagingError extends Error {
    constructor(problems) {
        super(`The solution was not packed:\n  - ${problems.join("\n  - ")}`);
        this.name = "PackagingError";
        this.problems = problems;
    }
}

const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Reads one built control folder; problems are pushed, never thrown, so one run reports them all. */
function readControl(controlsDir, folder, expected, problems) {
    const dir = join(controlsDir, folder);
    const say = (message) => problems.push(`${folder}: ${message}`);
    const manifestPath = join(dir, "ControlManifest.xml");
    if (!existsSync(manifestPath)) {
        say(`no ControlManifest.xml in ${dir} (was the control built?)`);
        return null;
    }
    const manifestBytes = readFileSync(manifestPath);
    let manifest;
    try {
        manifest = describeManifest(parseXml(manifestBytes.toString("utf8"), manifestPath));
    } catch (error) {
        say(error.message);
        return null;
    }
    if (!manifest) {
        say(`${manifestPath} has no <manifest><control> element`);
        return null;
    }
    const { namespace, constructor, version } = manifest;
    for (const problem of [nameRules.namespace(namespace), nameRules.constructorName(constructor)]) if (problem) say(problem);
    // pcf-scripts names the output folder after the source folder, and lints the folder named after the constructor.
    if (constructor !== folder)
        say(`constructor "${constructor}" differs from its folder name "${folder}"; name the control's folder exactly as its constructor`);
    if (version !== expected.version)
        say(
            `manifest version "${version}" differs from the package version "${expected.version}"; run \`npm run bump -- ${expected.version}\` to set every version`,
        );

    const code = manifest.files.filter((file) => file.element === "code");
    if (code.length !== 1) say(`the manifest must name exactly one <code> resource (found ${code.length})`);
    const files = [];
    for (const { element, path } of manifest.files) {
        const normalized = posix.normalize(path.replace(/\\/g, "/"));
        if (!path || normalized.startsWith("../") || posix.isAbsolute(normalized)) {
            say(`<${element} path="${path}"> must be a relative path inside the control folder`);
            continue;
        }
        const file = join(dir, ...normalized.split("/"));
        if (!existsSync(file) || !statSync(file).isFile()) {
            say(`the manifest names <${element} path="${path}">, but ${file} is missing`);
            continue;
        }
        const bytes = readFileSync(file);
        if (bytes.length > MAX_RESOURCE_BYTES) say(`${normalized} is ${megabytes(bytes.length)}, above the 5 MB limit of a Dataverse web resource`);
        if (element === "code" && !bundleRegisters(bytes.toString("utf8"), namespace, constructor)) {
            say(`${normalized} does not register "${namespace}.${constructor}" (a failed compile leaves such a bundle); fix the build errors and rebuild`);
        }
        files.push({ path: normalized, bytes });
    }
    return { folder, namespace, constructor, schemaName: controlSchemaName(expected.prefix, namespace, constructor), manifestBytes, files };
}

/** Checks everything and returns the zip entries (name → bytes) for one Managed value per call. */
function collect({ controlsDir, solutionDir, version, requiredControls }) {
    const problems = [];
    if (nameRules.version(version)) problems.push(`package.json: ${nameRules.version(version)}`);
    let source;
    try {
        source = readSolutionSource(solutionDir);
    } catch (error) {
        throw new PackagingError([error.message]);
    }
    const solutionXml = join(solutionDir, "src", "Other", "Solution.xml");
    for (const problem of [nameRules.uniqueName(source.uniqueName), nameRules.prefix(source.prefix), nameRules.optionValuePrefix(source.optionValuePrefix)]) {
        if (problem) problems.push(`${solutionXml}: ${problem}`);
    }
    if (source.version !== version)
        problems.push(
            `${solutionXml}: solution version "${source.version}" differs from the package version "${version}"; run \`npm run bump -- ${version}\` to set every version`,
        );

    if (!existsSync(controlsDir)) throw new PackagingError([`no built controls in ${controlsDir}: run \`npm run build\` first`]);
    const folders = readdirSync(controlsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
    for (const name of requiredControls) if (!folders.includes(name)) problems.push(`${name}: not built (no folder in ${controlsDir})`);
    if (folders.length === 0) problems.push(`no control folders in ${controlsDir}`);

    const controls = folders.map((folder) => readControl(controlsDir, folder, { version, prefix: source.prefix }, problems)).filter(Boolean);
    const seen = new Set();
    for (const control of controls) {
        if (seen.has(control.schemaName)) problems.push(`${control.folder}: another control is also named ${control.schemaName}`);
        seen.add(control.schemaName);
    }
    if (problems.length) throw new PackagingError(problems);
    return { source, controls };
}

function solutionDocument(source, controls, managed) {
    const document = structuredClone(source.solution);
    const manifest = document.ImportExportXml.SolutionManifest;
    manifest.Managed = managed ? "1" : "0";
    manifest.RootComponents = {
        RootComponent: controls.map((control) => ({ "@_type": CUSTOM_CONTROL_TYPE, "@_schemaName": control.schemaName, "@_behavior": "0" })),
    };
    if (!("MissingDependencies" in manifest)) manifest.MissingDependencies = "";
    return document;
}

function customizationsDocument(source, controls) {
    const document = structuredClone(source.customizations);
    document.ImportExportXml.CustomControls = {
        CustomControl: controls.map((control) => ({ Name: control.schemaName, FileName: `/Controls/${control.schemaName}/ControlManifest.xml` })),
    };
    return document;
}

async function zipOf(entries) {
    const zip = new JSZip();
    for (const name of [...entries.keys()].sort()) {
        zip.file(name, entries.get(name), { date: FIXED_ZIP_DATE, createFolders: false, binary: true });
    }
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "DOS" });
}

/** Writes via a temporary file and a rename, so a reader never sees half a zip. */
function writeAtomically(path, bytes) {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
}

/**
 * Packs both zips. Throws PackagingError (listing every problem) on broken input.
 * @returns {{ unmanaged: string, managed: string, version: string, controls: string[] }}
 */
export async function packageSolution({
    controlsDir = join(root, "out", "controls"),
    solutionDir = join(root, "Solutions"),
    outDir = join(root, "Solutions", "bin"),
    packageJson = join(root, "package.json"),
    requiredControls = CONTROLS,
} = {}) {
    const version = JSON.parse(readFileSync(packageJson, "utf8")).version;
    const { source, controls } = collect({ controlsDir, solutionDir, version, requiredControls });

    const shared = new Map();
    for (const control of controls) {
        const folder = `Controls/${control.schemaName}`;
        shared.set(`${folder}/ControlManifest.xml`, control.manifestBytes);
        for (const file of control.files) shared.set(`${folder}/${file.path}`, file.bytes);
    }
    shared.set(SOLUTION_FILES.customizations, buildXml(customizationsDocument(source, controls)));
    const names = [...shared.keys(), SOLUTION_FILES.solution];
    const manifestParts = controls.map((control) => `/Controls/${control.schemaName}/ControlManifest.xml`);
    shared.set(SOLUTION_FILES.contentTypes, buildXml(contentTypesDocument(names, manifestParts)));

    mkdirSync(outDir, { recursive: true });
    const written = {};
    for (const [kind, managed, suffix] of [
        ["unmanaged", false, ""],
        ["managed", true, "_managed"],
    ]) {
        const entries = new Map(shared);
        entries.set(SOLUTION_FILES.solution, buildXml(solutionDocument(source, controls, managed)));
        const path = join(outDir, `${source.uniqueName}${suffix}.zip`);
        writeAtomically(path, await zipOf(entries));
        written[kind] = path;
    }
    return { ...written, version, controls: controls.map((control) => control.schemaName) };
}

function parseArguments(argv) {
    const options = {};
    const flags = { "--controls": "controlsDir", "--solution": "solutionDir", "--out": "outDir", "--package": "packageJson" };
    for (let index = 0; index < argv.length; index += 1) {
        const key = flags[argv[index]];
        if (!key || argv[index + 1] === undefined)
            throw new PackagingError([`unknown or incomplete option "${argv[index]}" (options: ${Object.keys(flags).join(", ")})`]);
        options[key] = resolve(argv[index + 1]);
        index += 1;
    }
    return options;
}

async function main() {
    try {
        const result = await packageSolution(parseArguments(process.argv.slice(2)));
        const shown = (path) => relative(process.cwd(), path).split(sep).join("/") || path;
        console.log(`  version ${result.version}: ${result.controls.join(", ")}`);
        for (const path of [result.unmanaged, result.managed]) console.log(`  ${shown(path)} ${statSync(path).size.toLocaleString("en-US")} bytes`);
    } catch (error) {
        console.error(error instanceof PackagingError ? error.message : error);
        process.exit(1);
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
