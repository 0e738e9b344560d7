/**
 * Text columns that may hold JSON (parameters, response JSON). Parsing never throws: the caller gets
 * what the text is, so the view can show a tree, the raw text with a note, or nothing.
 */
export type JsonRead =
    | { kind: "empty" }
    /** `encodings`: how many times the JSON had been encoded again as a JSON string (absent or 0 for plain JSON). */
    | { kind: "json"; value: unknown; size: number; encodings?: number }
    | { kind: "text"; text: string; reason: "notJson" | "malformed" | "tooLarge" };

/** Beyond this a value is shown as (truncated) text rather than parsed into a tree. */
export const MAX_JSON_CHARS = 5_000_000;

/** Some writers store JSON as a JSON string of JSON; this many layers are undone, no more. */
export const MAX_JSON_ENCODINGS = 3;

/**
 * A JSON string whose content is itself JSON (an object or array, possibly encoded again as a string),
 * decoded a bounded number of times; anything else is left as it is.
 */
function decodeNested(value: unknown): { value: unknown; encodings: number } {
    let current = value;
    let encodings = 0;
    while (typeof current === "string" && encodings < MAX_JSON_ENCODINGS) {
        const inner = current.trim();
        const first = inner[0];
        if (first !== "{" && first !== "[" && first !== '"') break;
        try {
            current = JSON.parse(inner) as unknown;
        } catch {
            break;
        }
        encodings += 1;
    }
    // Only an object or array found inside counts; a string that merely held a quoted string stays as read.
    return current !== null && typeof current === "object" ? { value: current, encodings } : { value, encodings: 0 };
}

export function readJson(text: string | null | undefined, maxChars = MAX_JSON_CHARS): JsonRead {
    if (text === null || text === undefined) return { kind: "empty" };
    const trimmed = text.trim();
    if (trimmed === "") return { kind: "empty" };
    if (trimmed.length > maxChars) return { kind: "text", text, reason: "tooLarge" };
    const first = trimmed[0];
    const looksLikeJson = first === "{" || first === "[" || first === '"';
    try {
        const { value, encodings } = decodeNested(JSON.parse(trimmed) as unknown);
        return { kind: "json", value, size: trimmed.length, encodings };
    } catch {
        return { kind: "text", text, reason: looksLikeJson ? "malformed" : "notJson" };
    }
}

export type JsonKind = "object" | "array" | "string" | "number" | "boolean" | "null";

export function jsonKind(value: unknown): JsonKind {
    if (value === null || value === undefined) return "null";
    if (Array.isArray(value)) return "array";
    const type = typeof value;
    if (type === "string" || type === "number" || type === "boolean") return type;
    return "object";
}

/** Entries of an object or array as [key, value] pairs, in document order. */
export function jsonEntries(value: unknown): [string, unknown][] {
    if (Array.isArray(value)) return value.map((item, index) => [String(index), item]);
    if (value && typeof value === "object") return Object.entries(value as Record<string, unknown>);
    return [];
}
