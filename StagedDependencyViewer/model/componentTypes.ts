import type { Translate } from "../../common/model/text";
import { DEFAULT_STRINGS } from "../strings/defaults";

/**
 * Solution component type codes (solutioncomponent.componenttype). Their Dataverse English names live
 * once, in the English resx (`ComponentType_<code>`, compiled into DEFAULT_STRINGS): what a user sees is
 * the resx label in their language, and the English names also let a type written as text be recognised.
 */
const PREFIX = "ComponentType_";

export const COMPONENT_TYPE_CODES: readonly number[] = Object.keys(DEFAULT_STRINGS)
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => Number(key.slice(PREFIX.length)));

const squash = (text: string): string => text.toLowerCase().replace(/[\s_-]+/g, "");

/** English names (and common synonyms) without spaces, lower case → code. */
const CODE_BY_NAME: ReadonlyMap<string, number> = (() => {
    const map = new Map<string, number>();
    for (const code of COMPONENT_TYPE_CODES) {
        const name = squash(DEFAULT_STRINGS[PREFIX + code]);
        if (!map.has(name)) map.set(name, code);
    }
    // What the metadata API and makers call some of them.
    for (const [name, code] of [["table", 1], ["column", 2], ["field", 2], ["choice", 9], ["optionset", 9], ["view", 26], ["savedquery", 26], ["systemform", 60], ["webresource", 61], ["pluginassembly", 91], ["sdkmessageprocessingstep", 92]] as const) {
        map.set(name, code);
    }
    return map;
})();

/**
 * The component type code a dependency's type field denotes: a number or numeric text is the code itself;
 * a known name ("Entity", "attribute", "Option Set") maps to its code; anything else is undefined.
 */
export function componentTypeCode(type: unknown): number | undefined {
    if (typeof type === "number") return Number.isInteger(type) ? type : undefined;
    if (typeof type !== "string") return undefined;
    const text = type.trim();
    if (text === "") return undefined;
    if (/^-?\d{1,10}$/.test(text)) return Number(text);
    return CODE_BY_NAME.get(squash(text));
}

export function isKnownComponentType(code: number): boolean {
    return Object.prototype.hasOwnProperty.call(DEFAULT_STRINGS, PREFIX + code);
}

/** The localized label of a component type code; "Unknown (N)" for a code Dataverse does not list. */
export function componentTypeLabel(code: number, t: Translate): string {
    return isKnownComponentType(code) ? t(`ComponentType_${code}`) : t("Option_Unknown", code);
}
