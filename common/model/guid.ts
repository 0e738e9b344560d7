/** A GUID, with or without braces, any case. */
export const GUID_PATTERN = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** A GUID in its canonical lower-case form without braces, or undefined when the text is not one. */
export function normalizeGuid(text: unknown): string | undefined {
    if (typeof text !== "string") return undefined;
    const match = GUID_PATTERN.exec(text.trim());
    return match ? match[1].toLowerCase() : undefined;
}
