// Opens the unmanaged and managed solution zips and checks every rule an import depends on:
// root files present and well-formed, Managed 0 / 1, each RootComponent matched by a CustomControl and a
// folder whose manifest agrees on namespace, constructor and version, every resource present, bundles that
// register their control and stay under 5 MB, content types for every extension, and two zips that differ
// only in <Managed>; the command also wants every control of the project (scripts/lib/controls.mjs) in both.
// Exit code 1 and one line per problem when anything is wrong.
//
//   node scripts/verify-solution.mjs [--dir Solutions/bin] [--name AsyncOpsControls] [--version 1.2.3]
//   (defaults: the name from Solutions/src/Other/Solution.xml, the version from package.json)
import { existsSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import JSZip from "jszip";
import { CONTROLS, NAMESPACE } from "./lib/controls.mjs";
import {
    bundleRegisters,
    CONTENT_TYPES_NAMESPACE,
    controlSchemaName,
    CUSTOM_CONTROL_TYPE,
    describeManifest,
    extensionOf,
    MAX_RESOURCE_BYTES,
    nameRules,
    parseXml,
    readSolutionSource,
    SOLUTION_FILES,
    textOf,
} from "./lib/solution.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const CONTROLS_FOLDER = /^Controls\/([^/]+)\/(.+)$/;

/** Reads an entry's XML; a missing or ill-formed part becomes a problem and null. */
async function readXml(zip, name, problems) {
    const entry = zip.file(name);
    if (!entry) {
        problems.push(`${name} is missing from the zip root`);
        return null;
    }
    try {
        return parseXml(await entry.async("string"), name);
    } catch (error) {
        problems.push(error.message);
        return null;
    }
}

function checkEntryNames(zip, problems) {
    const names = [];
    zip.forEach((name, entry) => {
        if (entry.dir) problems.push(`${name} is a folder entry (zips written by dotnet have none)`);
        else names.push(name);
        if (name.includes("\\") || name.startsWith("/")) problems.push(`${name}: entry names must be relative with forward slashes`);
    });
    return names;
}

function checkSolution(solution, { managed, version }, problems) {
    const manifest = solution?.ImportExportXml?.SolutionManifest;
    if (!manifest) {
        if (solution) problems.push("solution.xml has no ImportExportXml/SolutionManifest");
        return null;
    }
    for (const attribute of ["version", "SolutionPackageVersion", "languagecode"]) {
        if (!solution.ImportExportXml[`@_${attribute}`]) problems.push(`solution.xml: ImportExportXml lacks its ${attribute} attribute`);
    }
    if (!manifest.Publisher) problems.push("solution.xml: no Publisher");
    const publisher = manifest.Publisher ?? {};
    const prefix = textOf(publisher.CustomizationPrefix);
    const solutionVersion = textOf(manifest.Version);
    for (const problem of [
        nameRules.uniqueName(textOf(manifest.UniqueName)),
        nameRules.prefix(prefix),
        nameRules.optionValuePrefix(textOf(publisher.CustomizationOptionValuePrefix)),
        nameRules.version(solutionVersion),
    ]) {
        if (problem) problems.push(`solution.xml: ${problem}`);
    }
    if (!textOf(publisher.UniqueName)) problems.push("solution.xml: the publisher has no UniqueName");
    const managedValue = textOf(manifest.Managed);
    if (managedValue !== (managed ? "1" : "0"))
        problems.push(`solution.xml: <Managed> is "${managedValue}", expected ${managed ? "1 (managed)" : "0 (unmanaged)"}`);
    if (version && solutionVersion !== version) problems.push(`solution.xml: version "${solutionVersion}", expected "${version}"`);
    const components = manifest.RootComponents?.RootComponent ?? [];
    const names = [];
    for (const component of components) {
        const name = component["@_schemaName"] ?? "";
        if (component["@_type"] !== CUSTOM_CONTROL_TYPE)
            problems.push(`solution.xml: RootComponent ${name} has type "${component["@_type"]}", expected ${CUSTOM_CONTROL_TYPE} (custom control)`);
        names.push(name);
    }
    if (names.length === 0) problems.push("solution.xml: no RootComponent");
    return { prefix, version: solutionVersion, uniqueName: textOf(manifest.UniqueName), rootComponents: names };
}

function checkCustomizations(customizations, problems) {
    if (!customizations) return [];
    if (!customizations.ImportExportXml) {
        problems.push("customizations.xml has no ImportExportXml root");
        return [];
    }
    const controls = customizations.ImportExportXml.CustomControls?.CustomControl ?? [];
    for (const control of controls) {
        const name = textOf(control.Name);
        const expected = `/Controls/${name}/ControlManifest.xml`;
        if (textOf(control.FileName) !== expected)
            problems.push(`customizations.xml: CustomControl ${name} has FileName "${textOf(control.FileName)}", expected "${expected}"`);
    }
    return controls.map((control) => textOf(control.Name));
}

function checkContentTypes(types, entryNames, controlNames, problems) {
    const root = types?.Types;
    if (!root) {
        if (types) problems.push("[Content_Types].xml has no Types root");
        return;
    }
    if (root["@_xmlns"] !== CONTENT_TYPES_NAMESPACE) problems.push(`[Content_Types].xml: Types must be in the namespace ${CONTENT_TYPES_NAMESPACE}`);
    const defaults = new Map((root.Default ?? []).map((entry) => [String(entry["@_Extension"] ?? "").toLowerCase(), entry["@_ContentType"]]));
    const overrides = new Set((root.Override ?? []).map((entry) => entry["@_PartName"]));
    if (defaults.get("xml") !== "text/xml") problems.push('[Content_Types].xml: no Default Extension="xml" ContentType="text/xml"');
    for (const name of entryNames) {
        const extension = extensionOf(name);
        if (name === SOLUTION_FILES.contentTypes) continue;
        if (!defaults.has(extension) && !overrides.has(`/${name}`))
            problems.push(`[Content_Types].xml: no content type for ${name} (extension "${extension}")`);
    }
    for (const name of controlNames) {
        const part = `/Controls/${name}/ControlManifest.xml`;
        if (!overrides.has(part)) problems.push(`[Content_Types].xml: no Override for ${part}`);
    }
}

async function checkControl(zip, name, solutionInfo, problems) {
    const folder = `Controls/${name}`;
    const say = (message) => problems.push(`${folder}: ${message}`);
    const manifestName = `${folder}/ControlManifest.xml`;
    const entry = zip.file(manifestName);
    if (!entry) {
        say("no ControlManifest.xml");
        return new Set();
    }
    let manifest;
    try {
        manifest = describeManifest(parseXml(await entry.async("string"), manifestName));
    } catch (error) {
        say(error.message);
        return new Set([manifestName]);
    }
    if (!manifest) {
        say("ControlManifest.xml has no <manifest><control> element");
        return new Set([manifestName]);
    }
    const { namespace, constructor, version, files } = manifest;
    for (const problem of [nameRules.namespace(namespace), nameRules.constructorName(constructor)]) if (problem) say(problem);
    const expectedName = controlSchemaName(solutionInfo.prefix, namespace, constructor);
    if (expectedName !== name) say(`the manifest (namespace "${namespace}", constructor "${constructor}") makes the name ${expectedName}, not ${name}`);
    if (version !== solutionInfo.version) say(`manifest version "${version}" differs from the solution version "${solutionInfo.version}"`);
    const named = new Set([manifestName]);
    const code = files.filter((file) => file.element === "code");
    if (code.length !== 1) say(`the manifest must name exactly one <code> resource (found ${code.length})`);
    for (const file of files) {
        const entryName = `${folder}/${file.path.replace(/\\/g, "/")}`;
        named.add(entryName);
        const resource = zip.file(entryName);
        if (!resource) {
            say(`the manifest names <${file.element} path="${file.path}">, but ${entryName} is missing`);
            continue;
        }
        const bytes = await resource.async("nodebuffer");
        if (bytes.length > MAX_RESOURCE_BYTES) say(`${file.path} is ${(bytes.length / 1024 / 1024).toFixed(2)} MB, above the 5 MB limit`);
        if (file.element === "code" && !bundleRegisters(bytes.toString("utf8"), namespace, constructor))
            say(`${file.path} does not register "${namespace}.${constructor}"`);
    }
    return named;
}

/**
 * Checks one solution zip.
 * @param {Buffer} bytes the zip
 * @param {{ managed: boolean, version?: string, label?: string, requiredControls?: string[] }} expected `requiredControls`: constructors
 *   (namespace AsyncOps) that must be in the zip
 * @returns {Promise<{ problems: string[], controls: string[], version?: string }>}
 */
export async function verifyZip(bytes, { managed, version, label = managed ? "managed zip" : "unmanaged zip", requiredControls = [] }) {
    const problems = [];
    let zip;
    try {
        zip = await JSZip.loadAsync(bytes);
    } catch (error) {
        return { problems: [`${label}: not a readable zip (${error.message})`], controls: [] };
    }
    const entryNames = checkEntryNames(zip, problems);
    const solution = await readXml(zip, SOLUTION_FILES.solution, problems);
    const customizations = await readXml(zip, SOLUTION_FILES.customizations, problems);
    const types = await readXml(zip, SOLUTION_FILES.contentTypes, problems);

    const solutionInfo = checkSolution(solution, { managed, version }, problems);
    const customControls = checkCustomizations(customizations, problems);
    const rootComponents = solutionInfo?.rootComponents ?? [];
    for (const [list, what] of [
        [rootComponents, "RootComponent"],
        [customControls, "CustomControl"],
    ]) {
        const duplicates = list.filter((name, index) => list.indexOf(name) !== index);
        for (const name of new Set(duplicates)) problems.push(`${name} appears as ${what} more than once`);
    }
    for (const name of rootComponents) if (!customControls.includes(name)) problems.push(`RootComponent ${name} has no CustomControl in customizations.xml`);
    for (const name of customControls)
        if (solutionInfo && !rootComponents.includes(name)) problems.push(`CustomControl ${name} has no RootComponent in solution.xml`);
    if (solutionInfo) {
        for (const constructor of requiredControls) {
            const name = controlSchemaName(solutionInfo.prefix, NAMESPACE, constructor);
            if (!rootComponents.includes(name)) problems.push(`the control ${name} is missing (the project has ${requiredControls.join(", ")})`);
        }
    }

    const known = new Set(Object.values(SOLUTION_FILES));
    const controlNames = [...new Set([...rootComponents, ...customControls])];
    if (solutionInfo) {
        for (const name of controlNames) for (const entry of await checkControl(zip, name, solutionInfo, problems)) known.add(entry);
    }
    for (const name of entryNames) {
        const inControl = CONTROLS_FOLDER.exec(name);
        if (known.has(name)) continue;
        if (!inControl) problems.push(`${name}: an unexpected file at the zip root`);
        else if (controlNames.includes(inControl[1])) problems.push(`${name}: a file its control's manifest does not name`);
        else problems.push(`${name}: a folder of no control listed in the solution`);
    }
    checkContentTypes(types, entryNames, controlNames, problems);
    return { problems: problems.map((problem) => `${label}: ${problem}`), controls: controlNames, version: solutionInfo?.version };
}

/** Checks both zips (each holding every control of `requiredControls`, constructors) and that they differ only in <Managed>. */
export async function verifySolution({ unmanaged, managed, version, requiredControls = [] }) {
    const problems = [];
    const read = (path) => {
        if (!existsSync(path)) {
            problems.push(`${path} does not exist (run \`npm run build\`)`);
            return null;
        }
        return readFileSync(path);
    };
    const unmanagedBytes = read(unmanaged);
    const managedBytes = read(managed);
    const results = [];
    if (unmanagedBytes) results.push(await verifyZip(unmanagedBytes, { managed: false, version, label: basename(unmanaged), requiredControls }));
    if (managedBytes) results.push(await verifyZip(managedBytes, { managed: true, version, label: basename(managed), requiredControls }));
    for (const result of results) problems.push(...result.problems);
    if (unmanagedBytes && managedBytes) problems.push(...(await compareZips(unmanagedBytes, managedBytes)));
    return { problems, controls: results[0]?.controls ?? [], version: results[0]?.version };
}

async function compareZips(unmanagedBytes, managedBytes) {
    let zips;
    try {
        zips = await Promise.all([JSZip.loadAsync(unmanagedBytes), JSZip.loadAsync(managedBytes)]);
    } catch {
        return [];
    }
    const problems = [];
    const [a, b] = zips;
    const names = (zip) =>
        Object.keys(zip.files)
            .filter((name) => !zip.files[name].dir)
            .sort();
    const all = [...new Set([...names(a), ...names(b)])];
    for (const name of all) {
        if (!a.file(name) || !b.file(name)) {
            problems.push(`${name} is in only one of the two zips`);
            continue;
        }
        const [left, right] = await Promise.all([a.file(name).async("nodebuffer"), b.file(name).async("nodebuffer")]);
        if (name === SOLUTION_FILES.solution) {
            try {
                const strip = (text) => {
                    const document = parseXml(text.toString("utf8"), name);
                    delete document.ImportExportXml.SolutionManifest.Managed;
                    return JSON.stringify(document);
                };
                if (strip(left) !== strip(right)) problems.push("solution.xml differs between the zips in more than <Managed>");
            } catch {
                // An unreadable solution.xml is already reported by verifyZip.
            }
        } else if (!left.equals(right)) {
            problems.push(`${name} differs between the unmanaged and the managed zip`);
        }
    }
    return problems;
}

function parseArguments(argv) {
    const options = { dir: join(root, "Solutions", "bin") };
    const flags = { "--dir": "dir", "--name": "name", "--version": "version" };
    for (let index = 0; index < argv.length; index += 1) {
        const key = flags[argv[index]];
        if (!key || argv[index + 1] === undefined) throw new Error(`unknown or incomplete option "${argv[index]}" (options: ${Object.keys(flags).join(", ")})`);
        options[key] = key === "dir" ? resolve(argv[index + 1]) : argv[index + 1];
        index += 1;
    }
    options.name ??= readSolutionSource(join(root, "Solutions")).uniqueName;
    options.version ??= JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
    return options;
}

async function main() {
    const { dir, name, version } = parseArguments(process.argv.slice(2));
    const unmanaged = join(dir, `${name}.zip`);
    const managed = join(dir, `${name}_managed.zip`);
    const { problems, controls } = await verifySolution({ unmanaged, managed, version, requiredControls: CONTROLS });
    if (problems.length) {
        console.error(`✖ The solution zips are not importable as they are:\n  - ${problems.join("\n  - ")}`);
        process.exit(1);
    }
    console.log(`✔ ${name}.zip (Managed 0) and ${name}_managed.zip (Managed 1), version ${version}: ${controls.join(", ")}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
    main().catch((error) => {
        console.error(`✖ ${error.message}`);
        process.exit(1);
    });
}
