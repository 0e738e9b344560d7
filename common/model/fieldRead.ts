/**
 * What a bound value reads as. The host hands `.raw === null` while a record loads, when a column is empty
 * and when field security hides it; these have to look different to a user (common/host/fields.ts reads
 * bound properties into this shape).
 */
export type FieldState = "value" | "empty" | "masked";

export interface FieldRead<T> {
    state: FieldState;
    /** The value when state is "value", otherwise null. */
    value: T | null;
    /** The host's formatted text, when it gave one. */
    formatted?: string;
}

/** Whether two reads show the same thing: the same state, formatted text and value (dates by their instant). */
export function sameRead(a: FieldRead<unknown>, b: FieldRead<unknown>): boolean {
    if (a === b) return true;
    if (a.state !== b.state || a.formatted !== b.formatted) return false;
    if (a.value instanceof Date && b.value instanceof Date) return a.value.getTime() === b.value.getTime();
    return Object.is(a.value, b.value);
}
