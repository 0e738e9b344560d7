/**
 * What a Web API failure means, read from the error object the client API rejects with. Dataverse's
 * messages are localized ("Das Element … wurde nicht gefunden."), so a failure is recognised by its error
 * code, or by the HTTP status where the error carries one — never by its message text. Pure: no host access.
 */
export type FailureKind = "notFound" | "forbidden";

/**
 * The Dataverse error codes the controls act on, with where each is documented or seen.
 * Sources: Microsoft's "Web service error codes" reference and "Background operations" page
 * (see ../shared/reference/dataverse-facts.md in the project's planning notes).
 */
export const DATAVERSE_ERROR_CODES: Readonly<Record<number, { kind: FailureKind; name: string; source: string }>> = {
    [-2147185406]: {
        kind: "notFound",
        name: "IsvAbortedNotFound (0x80048D02)",
        source: "reading a backgroundoperation whose time to live ran out (Background operations page)",
    },
    [-2147220969]: {
        kind: "notFound",
        name: "ObjectDoesNotExist (0x80040217)",
        source: "reading a row of a standard table that does not exist (Web service error codes)",
    },
    [-2147220960]: { kind: "forbidden", name: "PrivilegeDenied (0x80040220)", source: "principal user is missing a read privilege (Web service error codes)" },
    [-2147187707]: { kind: "forbidden", name: "AccessDenied (0x80048405)", source: "access is denied (Background operations page example)" },
};

type ErrorLike = {
    status?: unknown;
    statusCode?: unknown;
    httpStatusCode?: unknown;
    errorCode?: unknown;
    code?: unknown;
    message?: unknown;
    error?: { code?: unknown; message?: unknown } | null;
    innerError?: { code?: unknown } | null;
};

function asObject(error: unknown): ErrorLike | undefined {
    return error && typeof error === "object" ? (error as ErrorLike) : undefined;
}

/** A Dataverse code as a signed 32-bit number, from a number (signed or unsigned) or a hex string "0x8004…". */
export function codeNumber(code: unknown): number | undefined {
    if (typeof code === "number" && Number.isInteger(code)) return code | 0;
    if (typeof code === "string") {
        const text = code.trim();
        if (/^0x[0-9a-f]{1,8}$/i.test(text)) return Number.parseInt(text.slice(2), 16) | 0;
        if (/^-?\d{1,10}$/.test(text)) return Number(text) | 0;
    }
    return undefined;
}

/** The Dataverse error code a failure carries, wherever the client API put it. */
export function errorCodeOf(error: unknown): number | undefined {
    const e = asObject(error);
    if (!e) return undefined;
    for (const candidate of [e.errorCode, e.code, e.error?.code, e.innerError?.code]) {
        const code = codeNumber(candidate);
        if (code !== undefined && code !== 0) return code;
    }
    return undefined;
}

/** HTTP status of a Web API failure, when the error carries one. */
export function errorStatus(error: unknown): number | undefined {
    const e = asObject(error);
    if (!e) return undefined;
    for (const candidate of [e.status, e.statusCode, e.httpStatusCode]) {
        if (typeof candidate === "number" && candidate >= 100 && candidate < 600) return candidate;
    }
    return undefined;
}

/** What a failure means for a control: the row is gone, the user may not read it, or neither. */
export function failureKind(error: unknown): FailureKind | undefined {
    const code = errorCodeOf(error);
    const known = code === undefined ? undefined : DATAVERSE_ERROR_CODES[code];
    if (known) return known.kind;
    const status = errorStatus(error);
    if (status === 404) return "notFound";
    if (status === 403) return "forbidden";
    return undefined;
}

/** The row (or the rows a query is about) no longer exists: reading again will not bring it back. */
export function isNotFound(error: unknown): boolean {
    return failureKind(error) === "notFound";
}

/**
 * The user lacks the privilege to read what was asked for: final until an administrator changes the
 * user's roles, so not worth retrying.
 */
export function isForbidden(error: unknown): boolean {
    return failureKind(error) === "forbidden";
}

/** A read the host did not answer in time (see RefreshSource): the view says so in the user's language. */
export class ReadTimeout extends Error {
    readonly timedOut = true;
    constructor() {
        super("no answer in time");
    }
}

export function isTimeout(error: unknown): boolean {
    return asObject(error) !== undefined && (error as { timedOut?: unknown }).timedOut === true;
}

/**
 * The failure's own message, or "" when it has none. This is technical text (an engine's or a network
 * stack's message is English and means nothing to a user): show it to users only through `userMessage`,
 * or behind a "technical details" toggle.
 */
export function errorText(error: unknown): string {
    const e = asObject(error);
    const message = e?.message ?? e?.error?.message;
    if (typeof message === "string") return message;
    return typeof error === "string" ? error : "";
}

/**
 * What to tell a user about a failure in Dataverse's own words: its message when the error carries a
 * Dataverse error code or an HTTP status (Dataverse answered and wrote the message in the user's
 * language), else undefined. A plain JavaScript error ("Network down", "x is not iterable") is an
 * engine's or network stack's text, never shown as the reason: the view says a localized sentence then,
 * with the technical text behind a toggle.
 */
export function userMessage(error: unknown): string | undefined {
    if (errorCodeOf(error) === undefined && errorStatus(error) === undefined && !isHostMessage(error)) return undefined;
    const text = errorText(error).trim();
    return text === "" ? undefined : text;
}

/**
 * A failure the host reported in its own words (a data set's `errorMessage`): written for the user like a
 * Dataverse message, so it may be shown as the reason.
 */
export function hostFailure(message: string): Error {
    return Object.assign(new Error(message), { hostMessage: true });
}

function isHostMessage(error: unknown): boolean {
    return asObject(error) !== undefined && (error as { hostMessage?: unknown }).hostMessage === true;
}

/**
 * The reason to show for a failure: Dataverse's own message, else a localized sentence for a read that got
 * no answer in time, else `fallback` ("unknown error"). Never an engine's text.
 */
export function failureReason(error: unknown, t: (key: string) => string, fallback = "Error_Unknown"): string {
    return userMessage(error) ?? t(isTimeout(error) ? "Error_Timeout" : fallback);
}
