/**
 * Values of a row as the Web API returns it: a column can be missing, null, or (on some hosts and for
 * some types) a string where a number or date is expected. Each reader answers undefined (or "") rather
 * than guessing.
 */
export function textOf(value: unknown): string {
    return typeof value === "string" ? value.trim() : "";
}

/** A finite number, also from a numeric string; undefined otherwise. */
export function numberOf(value: unknown): number | undefined {
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
    return undefined;
}

/** A whole number ≥ 0 (a sequence number, a count); undefined otherwise. */
export function wholeNumberOf(value: unknown): number | undefined {
    const number = numberOf(value);
    return number !== undefined && Number.isInteger(number) && number >= 0 ? number : undefined;
}

/** A valid date, from a Date or an ISO string; undefined otherwise. */
export function dateOf(value: unknown): Date | undefined {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
    if (typeof value !== "string" || value === "") return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
