import { OPEN_BRACE, OPEN_BRACKET, QUOTE, SPACE } from "./charCodes";
import { describesDependency, isGuidText, listOf, MAX_WRAPPER_DEPTH, tokenList, type DependencyList } from "./dependencyEntries";

/**
 * Reading `unprocesseddependencies` at once. Microsoft does not document its format. Accepted, in this
 * order: a JSON array (of strings, numbers or objects, nested arrays flattened), a JSON object wrapping such
 * an array (or describing a single dependency), a JSON string holding any of these, and delimited text
 * (commas, semicolons, new lines, pipes) of GUIDs or names. Anything else comes back as raw text with a
 * reason; nothing here throws. Pure and synchronous (the benchmark times it against a bare JSON.parse);
 * scanDependencies.ts reads very large values in slices and gives the same list.
 */

/**
 * Larger values are refused: parsing them would take several times their size in memory and could crash
 * the tab. A million entries of id, name, type and parent are about 115 million characters.
 */
export const MAX_DEPENDENCY_CHARS = 150_000_000;

/** A token of delimited text longer than this is not a GUID or name: the text is not a list. */
export const MAX_TOKEN_CHARS = 256;
/** Names of more words than this are prose, not a component name. */
const MAX_TOKEN_SPACES = 6;
const MAX_SALVAGE_ATTEMPTS = 12;

const WRAPPER_KEYS = ["unprocesseddependencies", "dependencies", "components", "items", "value", "values", "list", "data", "results", "entries", "records"];

/** A key of a wrapping object whose value is an array or an object (anything else cannot hold the list). */
export interface WrapperEntry<A, O> {
    key: string;
    array?: A;
    object?: O;
}

/**
 * The list a wrapping object holds: a well-known key first (in WRAPPER_KEYS order), then any array-valued
 * key, then the same one level down. Both readings use it (parsed objects, and the shapes the sliced reading
 * records without parsing) so that a large value gives the list a small one would.
 */
export function pickWrapped<A, O>(entries: readonly WrapperEntry<A, O>[], inner: (o: O) => readonly WrapperEntry<A, O>[], depth: number): A | undefined {
    for (const wanted of WRAPPER_KEYS) {
        const found = entries.find((e) => e.array !== undefined && e.key.toLowerCase() === wanted);
        if (found) return found.array;
    }
    const anyArray = entries.find((e) => e.array !== undefined);
    if (anyArray) return anyArray.array;
    if (depth >= MAX_WRAPPER_DEPTH) return undefined;
    for (const e of entries) {
        const found = e.object !== undefined ? pickWrapped(inner(e.object), inner, depth + 1) : undefined;
        if (found !== undefined) return found;
    }
    return undefined;
}

function parsedEntries(o: Record<string, unknown>): WrapperEntry<unknown[], Record<string, unknown>>[] {
    return Object.keys(o).map((key) => {
        const value = o[key];
        if (Array.isArray(value)) return { key, array: value };
        return value !== null && typeof value === "object" ? { key, object: value as Record<string, unknown> } : { key };
    });
}

function wrappedArray(o: Record<string, unknown>, depth: number): unknown[] | undefined {
    return pickWrapped(parsedEntries(o), parsedEntries, depth);
}

function fromJsonValue(value: unknown, text: string, depth = 0): DependencyList {
    if (Array.isArray(value)) return listOf(value, false, false);
    if (typeof value === "string") {
        // A JSON string: double-encoded JSON, or a delimited list inside quotes.
        const inner = value.trim();
        if (depth === 0 && (inner.startsWith("[") || inner.startsWith("{"))) return parseText(inner, depth + 1);
        return parseDelimited(inner, text);
    }
    if (value !== null && typeof value === "object") {
        const o = value as Record<string, unknown>;
        const array = wrappedArray(o, 0);
        if (array) return listOf(array, true, false);
        if (describesDependency(o)) return listOf([o], true, false);
        // An object without a list in it: {} means nothing is left; anything else is not a list.
        return Object.keys(o).length === 0 ? { kind: "empty" } : { kind: "raw", text, reason: "unrecognized" };
    }
    if (typeof value === "number" || typeof value === "boolean") return listOf([value], false, false);
    return { kind: "empty" }; // null
}

/**
 * A JSON array cut off mid-way (a value longer than what was stored, or a copy that was cut): the
 * complete entries before the cut, found by closing the array after successive earlier commas.
 */
function salvageTruncatedArray(trimmed: string): unknown[] | undefined {
    // A closed array that fails to parse is broken, not cut.
    if (!trimmed.startsWith("[") || trimmed.endsWith("]")) return undefined;
    let end = trimmed.length;
    for (let attempt = 0; attempt < MAX_SALVAGE_ATTEMPTS; attempt++) {
        const comma = trimmed.lastIndexOf(",", end - 1);
        if (comma <= 0) return undefined;
        try {
            const value: unknown = JSON.parse(trimmed.slice(0, comma) + "]");
            if (Array.isArray(value)) return value;
        } catch {
            // try the comma before
        }
        end = comma;
    }
    return undefined;
}

/** Delimited text is accepted when every token is a GUID or looks like a name (short, a few words at most). */
function looksLikeToken(token: string): boolean {
    if (token.length > MAX_TOKEN_CHARS) return false;
    if (isGuidText(token)) return true;
    let spaces = 0;
    for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) === SPACE && ++spaces > MAX_TOKEN_SPACES) return false;
    return true;
}

/** What separates the tokens of delimited text. */
export const DELIMITERS = /[\r\n,;|\t]+/;

/** Adds the tokens of delimited text to `into`; false when one is not a GUID or name. */
export function addTokens(text: string, into: string[]): boolean {
    for (const raw of text.split(DELIMITERS)) {
        const token = raw.trim();
        if (token === "") continue;
        if (!looksLikeToken(token)) return false;
        into.push(token);
    }
    return true;
}

function parseDelimited(trimmed: string, original: string): DependencyList {
    const tokens: string[] = [];
    if (!addTokens(trimmed, tokens)) return { kind: "raw", text: original, reason: "unrecognized" };
    return tokenList(tokens);
}

function parseText(text: string, depth: number): DependencyList {
    const trimmed = text.trim();
    // JSON's null is what a serializer writes for "no list".
    if (trimmed === "" || trimmed === "null") return { kind: "empty" };
    const first = trimmed.charCodeAt(0);
    if (first === OPEN_BRACKET || first === OPEN_BRACE || first === QUOTE) {
        let value: unknown;
        try {
            value = JSON.parse(trimmed);
        } catch {
            const salvaged = salvageTruncatedArray(trimmed);
            if (salvaged) {
                const list = listOf(salvaged, false, true);
                if (list.kind === "list") return list;
            }
            return { kind: "raw", text, reason: "malformed" };
        }
        return fromJsonValue(value, text, depth);
    }
    return parseDelimited(trimmed, text);
}

/** The dependency list a column value holds. Pure and synchronous; refuses values beyond MAX_DEPENDENCY_CHARS. */
export function parseDependencies(text: string | null | undefined): DependencyList {
    if (text === null || text === undefined) return { kind: "empty" };
    if (text.length > MAX_DEPENDENCY_CHARS) return { kind: "tooLarge", length: text.length };
    return parseText(text, 0);
}
