// What the solution packager and the zip verifier share: the naming rules Dataverse enforces, how the
// solution source and a built control are read, and how a zip's XML parts are written. XML goes through
// fast-xml-parser both ways, so no part of a zip is assembled from strings.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";

export const SOLUTION_FILES = { solution: "solution.xml", customizations: "customizations.xml", contentTypes: "[Content_Types].xml" };
export const CONTENT_TYPES_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/content-types";
/** Solution component type of a custom control (a PCF code component). */
export const CUSTOM_CONTROL_TYPE = "66";
/** pcf-scripts refuses a production bundle above 5 MB; Dataverse refuses web resources above 5,120 KB by default. */
export const MAX_RESOURCE_BYTES = 5 * 1024 * 1024;
/** Every zip entry gets this time stamp, so the same sources give the same bytes. */
export const FIXED_ZIP_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));
/** The manifest elements that name a file of the control. */
export const RESOURCE_ELEMENTS = ["code", "css", "resx", "img", "html"];
/** A control version: three numbers, as the manifest schema wants, and what package.json holds. */
export const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

const NAMESPACE_PATTERN = /^(?!\.|\d)(?!.*\.$)(?!.*?\.\d)(?!.*?\.\.)[a-zA-Z0-9.]+$/;
const CONSTRUCTOR_PATTERN = /^(?!\d)[a-zA-Z0-9]+$/;
const PREFIX_PATTERN = /^[a-zA-Z][a-zA-Z0-9]{1,7}$/;
const UNIQUE_NAME_PATTERN = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Why a name breaks Dataverse's rules, or null when it is fine. */
export const nameRules = {
    prefix(value) {
        if (!PREFIX_PATTERN.test(value ?? "")) return `customization prefix "${value ?? ""}" must be 2 to 8 letters or digits, starting with a letter`;
        if (/^mscrm/i.test(value)) return `customization prefix "${value}" must not start with "mscrm" (reserved by Microsoft)`;
        return null;
    },
    optionValuePrefix(value) {
        const number = Number(value);
        return /^\d+$/.test(String(value ?? "")) && number >= 10000 && number <= 99999
            ? null
            : `option value prefix "${value ?? ""}" must be a number from 10000 to 99999`;
    },
    namespace(value) {
        return NAMESPACE_PATTERN.test(value ?? "")
            ? null
            : `namespace "${value ?? ""}" must be letters, digits and single dots, not start with a digit or dot, not end with a dot, and no part may start with a digit`;
    },
    constructorName(value) {
        return CONSTRUCTOR_PATTERN.test(value ?? "") ? null : `constructor "${value ?? ""}" must be letters and digits only and not start with a digit`;
    },
    uniqueName(value) {
        return UNIQUE_NAME_PATTERN.test(value ?? "")
            ? null
            : `solution unique name "${value ?? ""}" must be letters, digits and underscores, starting with a letter or underscore`;
    },
    version(value) {
        return VERSION_PATTERN.test(value ?? "") ? null : `version "${value ?? ""}" must be three numbers, e.g. 1.2.3`;
    },
};

/** The name Dataverse gives a control: `{prefix}_{namespace}.{constructor}`. */
export function controlSchemaName(prefix, namespace, constructor) {
    return `${prefix}_${namespace}.${constructor}`;
}

const ARRAY_ELEMENTS = new Set([
    "LocalizedName",
    "Description",
    "Address",
    "RootComponent",
    "CustomControl",
    "Language",
    "Default",
    "Override",
    "property",
    "platform-library",
    ...RESOURCE_ELEMENTS,
]);

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    ignoreDeclaration: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => ARRAY_ELEMENTS.has(name),
});

const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    format: true,
    indentBy: "  ",
    suppressEmptyNode: true,
    // Otherwise xsi:nil="true" would be written as a bare (ill-formed) attribute name.
    suppressBooleanAttributes: false,
});

/** Parses XML text, throwing a readable error (with the line) when it is not well-formed. */
export function parseXml(text, what) {
    const valid = XMLValidator.validate(text);
    if (valid !== true) throw new Error(`${what} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
    return parser.parse(text);
}

/** Serializes a document object with an XML declaration, as UTF-8 bytes. */
export function buildXml(document) {
    const text = builder.build({ "?xml": { "@_version": "1.0", "@_encoding": "utf-8" }, ...document });
    return Buffer.from(text, "utf8");
}

/** Text content of an element the parser read (string, or an object with attributes and #text). */
export function textOf(node) {
    if (node === undefined || node === null) return "";
    if (typeof node === "object") return String(node["#text"] ?? "");
    return String(node);
}

/** Reads the solution source (Solutions/src/Other/*.xml) and the values the packager needs from it. */
export function readSolutionSource(solutionDir) {
    const other = join(solutionDir, "src", "Other");
    const read = (file) => {
        const path = join(other, file);
        if (!existsSync(path)) throw new Error(`the solution source lacks ${path}`);
        return parseXml(readFileSync(path, "utf8"), path);
    };
    const solution = read("Solution.xml");
    const customizations = read("Customizations.xml");
    const manifest = solution.ImportExportXml?.SolutionManifest;
    if (!manifest) throw new Error(`${join(other, "Solution.xml")} has no ImportExportXml/SolutionManifest`);
    if (!customizations.ImportExportXml) throw new Error(`${join(other, "Customizations.xml")} has no ImportExportXml root`);
    const publisher = manifest.Publisher ?? {};
    return {
        solution,
        customizations,
        uniqueName: textOf(manifest.UniqueName),
        version: textOf(manifest.Version),
        prefix: textOf(publisher.CustomizationPrefix),
        optionValuePrefix: textOf(publisher.CustomizationOptionValuePrefix),
    };
}

/** The identity and resources of a control's manifest (a parsed ControlManifest.xml). */
export function describeManifest(document) {
    const control = document?.manifest?.control;
    if (!control || typeof control !== "object") return null;
    const resources = control.resources ?? {};
    const files = [];
    for (const element of RESOURCE_ELEMENTS) {
        for (const resource of resources[element] ?? []) files.push({ element, path: resource["@_path"] ?? "" });
    }
    return {
        namespace: control["@_namespace"],
        constructor: control["@_constructor"],
        version: control["@_version"],
        files,
    };
}

/** A bundle registers its control under `namespace.constructor`; one without it is the leftover of a failed compile. */
export function bundleRegisters(bundleText, namespace, constructor) {
    const name = `${namespace}.${constructor}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`registerControl\\(\\s*["'\`]${name}["'\`]`).test(bundleText);
}

/** The extension a content type is keyed by (lower case, without the dot), or "" for none. */
export function extensionOf(path) {
    const file = path.split("/").pop() ?? "";
    const dot = file.lastIndexOf(".");
    return dot > 0 ? file.slice(dot + 1).toLowerCase() : "";
}

/** `[Content_Types].xml` for the given entry names: xml as text/xml, every other extension as a binary part. */
export function contentTypesDocument(entryNames, manifestPartNames) {
    const extensions = [...new Set(entryNames.map(extensionOf).filter(Boolean))].sort();
    if (!extensions.includes("xml")) extensions.unshift("xml");
    const ordered = ["xml", ...extensions.filter((extension) => extension !== "xml")];
    return {
        Types: {
            "@_xmlns": CONTENT_TYPES_NAMESPACE,
            Default: ordered.map((extension) => ({ "@_Extension": extension, "@_ContentType": extension === "xml" ? "text/xml" : "application/octet-stream" })),
            Override: manifestPartNames.map((part) => ({ "@_PartName": part, "@_ContentType": "application/octet-stream" })),
        },
    };
}
