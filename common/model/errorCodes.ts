/**
 * Dataverse error codes as admins look them up: the signed decimal the platform stores
 * (-2147187707) followed by the unsigned hex form the documentation lists (0x80048405). One formatter
 * for every control, so a code reads the same in the timeline, the system jobs and the board.
 */
import { codeNumber } from "./dataverseErrors";

/** -2147204723 → "0x8004418D": the unsigned 32-bit form Dataverse documents error codes by. */
export function errorCodeHex(code: number): string {
    return `0x${(code >>> 0).toString(16).toUpperCase().padStart(8, "0")}`;
}

/**
 * "-2147187707 (0x80048405)" for a code given as a number or as decimal or hex text; "0" for 0 (no
 * Dataverse code: callers say what that means); undefined when the value is not a code. Digits are never
 * grouped or localized: a code is an identifier to search for, not a quantity.
 */
export function formatErrorCode(code: unknown): string | undefined {
    const value = codeNumber(code);
    if (value === undefined) return undefined;
    if (value === 0) return "0";
    return `${value} (${errorCodeHex(value)})`;
}

/**
 * A code as data carries it, in the one form: "decimal (0xHEX)" when it is a Dataverse error code
 * (negative as a signed 32-bit number, whether written in decimal or hex); anything else (an HTTP status,
 * a word) as written. Undefined for no code.
 */
export function codeText(code: unknown): string | undefined {
    const value = codeNumber(code);
    if (value !== undefined && value < 0) return formatErrorCode(value);
    if (typeof code === "number" && Number.isFinite(code)) return String(code);
    if (typeof code === "string" && code.trim() !== "") return code.trim();
    return undefined;
}
