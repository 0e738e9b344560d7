/**
 * Text columns that may hold JSON (parameters, response JSON). Parsing never throws: the caller gets
 * what the text is, so the view can show a tree, the raw text with a note, or nothing.
 */
export type JsonRead =
    | { kind: "empty" }
    | { kind: "json"; value: unknown; size: number }
    | { kind: "text"; text: string; reason: "notJson" | "malformed" | "tooLarge" };

/** Beyond this a value is shown as (truncated) text rather than parsed into a tree. */
export const MAX_JSON_CHARS = 5_000_000;

export function readJson(text: string | null | undefined, maxChars = MAX_JSON_CHARS): JsonRead {
    if (text === null || text === undefined) return { kind: "empty" };
    const trimmed = text.trim();
    if (trimmed === "") return { kind: "empty" };
    if (trimmed.length > maxChars) return { kind: "text", text, reason: "tooLarge" };
    const first = trimmed[0];
    const looksLikeJson = first === "{" || first === "[" || first === '"';
    try {
        return { kind: "json", value: JSON.parse(trimmed) as unknown, size: trimmed.length };
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
