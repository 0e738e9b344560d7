import { codeText } from "../../common/model/errorCodes";
import { readJson, type JsonRead } from "../../common/model/json";

/**
 * The job's response JSON: parsed once per value, and any error it carries pulled out so the view can put
 * it first, in plain text.
 */
export interface ResponseRead {
    read: JsonRead;
    /** The error the response reports, as plain text. */
    error: string | undefined;
}

/** Keys that name an error in a response (compared without case). */
const ERROR_KEYS = ["error", "errors", "errormessage", "exception", "exceptionmessage", "fault", "faultstring"];
/** Keys that hold the text of an error object. */
const MESSAGE_KEYS = ["message", "errormessage", "description", "detail", "details", "text", "faultstring"];
const CODE_KEYS = ["code", "errorcode", "status"];
/** An error longer than this is cut; the full text stays in the JSON view. */
export const MAX_ERROR_CHARS = 2000;

function field(object: Record<string, unknown>, keys: readonly string[]): unknown {
    for (const [key, value] of Object.entries(object)) {
        if (keys.includes(key.toLowerCase()) && value !== null && value !== undefined && value !== "" && value !== false) return value;
    }
    return undefined;
}

function errorText(value: unknown, depth: number): string | undefined {
    if (depth > 4) return undefined;
    if (typeof value === "string") return value.trim() || undefined;
    if (typeof value === "number") return String(value);
    if (Array.isArray(value)) {
        const texts = value
            .slice(0, 10)
            .map((item) => errorText(item, depth + 1))
            .filter((text): text is string => !!text);
        return texts.length > 0 ? texts.join("; ") : undefined;
    }
    if (value && typeof value === "object") {
        const object = value as Record<string, unknown>;
        const message = errorText(field(object, MESSAGE_KEYS), depth + 1) ?? errorText(field(object, ERROR_KEYS), depth + 1);
        const code = field(object, CODE_KEYS);
        // A Dataverse code reads as everywhere else: "-2147220969 (0x80040217)".
        const shown = codeText(code);
        if (message && shown) return `${shown}: ${message}`;
        return message ?? shown;
    }
    return undefined;
}

/** The error a parsed response reports, if any: an error-like key at the top, or a failure flag with a message. */
export function responseError(value: unknown): string | undefined {
    if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
    const object = value as Record<string, unknown>;
    let text = errorText(field(object, ERROR_KEYS), 0);
    if (!text) {
        const success = field(object, ["success", "succeeded", "issuccess"]);
        const failed =
            object.success === false || object.succeeded === false || object.isSuccess === false || object.IsSuccess === false || object.Success === false;
        if (failed || (success === undefined && /^(failed|failure|error)$/i.test(String(field(object, ["status", "state", "result"]) ?? "")))) {
            text = errorText(field(object, MESSAGE_KEYS), 0);
        }
    }
    if (!text) return undefined;
    return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS)}…` : text;
}

export function readResponse(text: string | null): ResponseRead {
    const read = readJson(text);
    return { read, error: read.kind === "json" ? responseError(read.value) : undefined };
}
