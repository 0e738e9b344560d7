/**
 * The one guard for optional host calls. Hosts differ (canvas apps, custom pages, the test harness, older
 * clients): a method may be missing, or throw. A missing or failing call means the feature that needs it
 * falls back, never an error on the form.
 */

export const isFunction = (value: unknown): value is (...args: never[]) => unknown => typeof value === "function";

/** What `read` gives, or `fallback` when it throws. */
export function attempt<T>(read: () => T, fallback: T): T {
    try {
        return read();
    } catch {
        return fallback;
    }
}

/** Runs `call` for its effect; false when it threw (the host refused). */
export function tryCall(call: () => unknown): boolean {
    try {
        const result = call();
        // A host method that answers with a promise may reject later: that is a refusal too, never unhandled.
        if (result && typeof (result as Promise<unknown>).catch === "function") (result as Promise<unknown>).catch(() => undefined);
        return true;
    } catch {
        return false;
    }
}
