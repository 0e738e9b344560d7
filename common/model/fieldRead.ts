/**
 * A bound value as a control may show it: the value, empty, or hidden by field security. The reading itself
 * is in common/host/fields.ts; models take these reads, so they never touch the context.
 */
export type FieldState = "value" | "empty" | "masked";

export interface FieldRead<T> {
    state: FieldState;
    /** The value when state is "value", otherwise null. */
    value: T | null;
    /** The host's formatted text, when it gave one. */
    formatted?: string;
}
