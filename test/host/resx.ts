import { readFileSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (name) => name === "data",
    parseTagValue: false,
    trimValues: false,
});

/** The strings of a control's resx for a language, as the host's `resources.getString` would see them. */
export function resxStrings(control: string, lcid = 1033): Record<string, string> {
    const path = join(__dirname, "..", "..", control, "strings", `${control}.${lcid}.resx`);
    const doc = parser.parse(readFileSync(path, "utf8")) as { root: { data: { "@_name": string; value: string }[] } };
    return Object.fromEntries(doc.root.data.map((d) => [d["@_name"], String(d.value)]));
}
