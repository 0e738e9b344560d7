import { readFileSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";
import { translatorOf } from "../../common/host/strings";
import type { Translate } from "../../common/model/text";

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

/** The translator a control builds for `resources`, as a plain function: what model tests need. */
export function createTranslator(resources: Parameters<typeof translatorOf>[0], defaults: Readonly<Record<string, string>>): Translate {
    return translatorOf(resources, defaults).t;
}
