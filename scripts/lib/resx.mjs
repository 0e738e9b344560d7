// Reading and writing .resx string tables with an XML library (no string-built XML).
import { readFileSync, writeFileSync } from "node:fs";
import { XMLBuilder, XMLParser } from "fast-xml-parser";

export const LANGUAGES = [1033, 1031, 1036, 3082, 1041, 1025];

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (name) => name === "data" || name === "resheader",
    trimValues: false,
    parseTagValue: false,
    processEntities: true,
});

/** The strings of a resx file as an ordered Map of key → value. */
export function readResx(path) {
    const doc = parser.parse(readFileSync(path, "utf8"));
    const entries = new Map();
    for (const data of doc.root?.data ?? []) {
        const name = data["@_name"];
        const value = data.value;
        entries.set(name, typeof value === "string" ? value : value === undefined ? "" : String(value["#text"] ?? value));
    }
    return entries;
}

const HEADERS = [
    ["resmimetype", "text/microsoft-resx"],
    ["version", "2.0"],
    ["reader", "System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"],
    ["writer", "System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"],
];

export function formatResx(entries) {
    const builder = new XMLBuilder({
        ignoreAttributes: false,
        attributeNamePrefix: "@_",
        format: true,
        indentBy: "  ",
        suppressEmptyNode: false,
        processEntities: true,
    });
    const doc = {
        "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
        root: {
            resheader: HEADERS.map(([name, value]) => ({ "@_name": name, value })),
            data: [...entries].map(([name, value]) => ({ "@_name": name, "@_xml:space": "preserve", value })),
        },
    };
    return builder.build(doc);
}

export function writeResx(path, entries) {
    writeFileSync(path, formatResx(entries));
}

/** The `{0}`, `{1}`… placeholders a string uses, sorted. */
export function placeholders(text) {
    return [...new Set(text.match(/\{\d+\}/g) ?? [])].sort().join(",");
}
