import { readJson, type JsonRead } from "../../common/model/json";

export interface ParameterPair {
    key: string;
    /** The value as text (strings as they are, anything else as JSON). */
    text: string;
    /** The value when it is a JSON object or array, or a string that holds one: shown expandable. */
    json?: JsonRead;
}

/** What a parameters column holds: the documented key/value list, other JSON, or plain text. */
export type ParametersRead =
    { kind: "empty" } | { kind: "pairs"; pairs: ParameterPair[] } | { kind: "json"; read: JsonRead } | { kind: "text"; read: JsonRead };

function isPair(item: unknown): item is { Key: unknown; Value?: unknown } {
    return item !== null && typeof item === "object" && !Array.isArray(item) && "Key" in item;
}

function nestedJson(value: unknown): JsonRead | undefined {
    if (value !== null && typeof value === "object") return { kind: "json", value, size: 0 };
    if (typeof value === "string") {
        const trimmed = value.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            const read = readJson(trimmed);
            if (read.kind === "json") return read;
        }
    }
    return undefined;
}

function textOf(value: unknown): string {
    if (typeof value === "string") return value;
    if (value === undefined) return "";
    return JSON.stringify(value) ?? String(value);
}

/**
 * Background operations store parameters as `[{"Key": …, "Value": …}]`; those show as a key/value table.
 * Any other JSON shows as a tree, anything else as text (readJson's size guard applies to both).
 */
export function readParameters(text: string | null | undefined): ParametersRead {
    const read = readJson(text);
    if (read.kind === "empty") return read;
    if (read.kind === "text") return { kind: "text", read };
    const value = read.value;
    if (Array.isArray(value) && value.length > 0 && value.every(isPair)) {
        return {
            kind: "pairs",
            pairs: value.map((pair) => ({ key: textOf(pair.Key), text: textOf(pair.Value), json: nestedJson(pair.Value) })),
        };
    }
    return { kind: "json", read };
}
