/**
 * What a Web API failure means, read from the error object the client API rejects with. Pure: no host access.
 */
/** HTTP-like status of a Web API failure, when the error says (404 for a row that is gone). */
export function errorStatus(error: unknown): number | undefined {
    const e = error as { status?: unknown; statusCode?: unknown; errorCode?: unknown; code?: unknown; message?: unknown } | null;
    if (!e || typeof e !== "object") return undefined;
    for (const candidate of [e.status, e.statusCode]) {
        if (typeof candidate === "number") return candidate;
    }
    // Dataverse's "object does not exist" code, as the client API reports it.
    if (e.errorCode === -2147220969 || e.code === -2147220969 || e.errorCode === 0x80040217 || e.code === 0x80040217) return 404;
    if (typeof e.message === "string" && /could not find item|does not exist/i.test(e.message)) return 404;
    return undefined;
}

/** The row (or the rows a query is about) no longer exists: reading again will not bring it back. */
export function isNotFound(error: unknown): boolean {
    return errorStatus(error) === 404;
}

// Dataverse's "principal lacks a privilege" code (0x80040220), as the client API reports it.
const PRIVILEGE_DENIED = -2147220960;

/**
 * The user lacks the privilege to read what was asked for (HTTP 403 or Dataverse's privilege error): final
 * until an administrator changes the user's roles, so not worth retrying.
 */
export function isForbidden(error: unknown): boolean {
    if (errorStatus(error) === 403) return true;
    const e = error as { errorCode?: unknown; code?: unknown; error?: { code?: unknown } } | null;
    if (!e || typeof e !== "object") return false;
    return [e.errorCode, e.code, e.error?.code].some((code) => code === PRIVILEGE_DENIED || code === 0x80040220 || code === "0x80040220");
}

export function errorText(error: unknown): string {
    if (error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string") {
        return (error as { message: string }).message;
    }
    return typeof error === "string" ? error : "";
}
