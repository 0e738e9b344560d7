/**
 * First reading of the unprocessed-dependency text: a JSON array, or delimited text. The complete parser
 * (objects, wrappers, chunked parsing of huge values) replaces this.
 */
export type DependencyList = { kind: "empty" } | { kind: "list"; items: readonly string[] } | { kind: "raw"; text: string };

export function parseDependencies(text: string | null): DependencyList {
    if (text === null || text.trim() === "") return { kind: "empty" };
    const trimmed = text.trim();
    if (trimmed.startsWith("[")) {
        try {
            const parsed: unknown = JSON.parse(trimmed);
            if (Array.isArray(parsed)) return { kind: "list", items: parsed.map((item) => (typeof item === "string" ? item : JSON.stringify(item))) };
        } catch {
            return { kind: "raw", text };
        }
    }
    const items = trimmed.split(/[\r\n,;|]+/).map((part) => part.trim()).filter((part) => part !== "");
    return items.length > 0 ? { kind: "list", items } : { kind: "raw", text };
}
