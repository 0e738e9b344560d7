/**
 * Safe reading of bound properties. The host hands us `.raw === null` while a record loads, when a column
 * is empty and when field security hides it; these have to look different to a user, so every read goes
 * through here and is re-evaluated on each updateView (security can change between calls).
 */
import type { FieldRead } from "../model/fieldRead";

export type { FieldRead, FieldState } from "../model/fieldRead";

type AnyProperty = Partial<ComponentFramework.PropertyTypes.Property> | null | undefined;

export function isMasked(property: AnyProperty): boolean {
    return property?.security?.readable === false;
}

export function readField<T>(property: AnyProperty, accept: (raw: unknown) => raw is T): FieldRead<T> {
    if (isMasked(property)) return { state: "masked", value: null };
    const raw: unknown = property?.raw;
    if (raw === null || raw === undefined || raw === "") return { state: "empty", value: null };
    if (!accept(raw)) return { state: "empty", value: null };
    return { state: "value", value: raw, formatted: property?.formatted ?? undefined };
}

const isFiniteNumber = (raw: unknown): raw is number => typeof raw === "number" && Number.isFinite(raw);
const isString = (raw: unknown): raw is string => typeof raw === "string";
const isValidDate = (raw: unknown): raw is Date => raw instanceof Date && !Number.isNaN(raw.getTime());

export function readNumber(property: AnyProperty): FieldRead<number> {
    // Some hosts hand whole numbers over as strings; accept those that are numbers in full.
    const raw: unknown = property?.raw;
    if (!isMasked(property) && typeof raw === "string" && raw.trim() !== "" && Number.isFinite(Number(raw))) {
        return { state: "value", value: Number(raw), formatted: property?.formatted ?? undefined };
    }
    return readField(property, isFiniteNumber);
}

export function readText(property: AnyProperty): FieldRead<string> {
    return readField(property, isString);
}

export function readDate(property: AnyProperty): FieldRead<Date> {
    const raw: unknown = property?.raw;
    // Canvas hosts and fetched rows can carry ISO strings rather than Date objects.
    if (!isMasked(property) && typeof raw === "string" && raw !== "") {
        const parsed = new Date(raw);
        return isValidDate(parsed) ? { state: "value", value: parsed } : { state: "empty", value: null };
    }
    return readField(property, isValidDate);
}

/** Read-only when the form says so or field security forbids editing. */
export function isReadOnly(context: { mode?: { isControlDisabled?: boolean } }, property?: AnyProperty): boolean {
    return context.mode?.isControlDisabled === true || property?.security?.editable === false;
}
