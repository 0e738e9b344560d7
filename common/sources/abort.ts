/**
 * Ending work that waits on the host: a read started for a control that is destroyed (or a loop that is
 * stopped) must not lead to another request when its answer comes. Callers pass an AbortSignal down and
 * check it before each request; `untilAborted` lets go of an answer that never comes.
 */
import { ReadTimeout } from "../model/dataverseErrors";
import type { Timers } from "./timers";

/** Thrown where work stops because its signal was aborted (the reason the signal carries, when it has one). */
export function stopIfAborted(signal: AbortSignal | undefined): void {
    if (signal?.aborted) throw abortReason(signal);
}

/** The promise's outcome, or the signal's reason as soon as it is aborted (the promise is let go unseen). */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    if (!signal) return promise;
    if (signal.aborted) {
        // The promise may still reject later: that rejection is handled here, never left unhandled.
        promise.catch(() => undefined);
        return Promise.reject(abortReason(signal));
    }
    let onAbort: () => void = () => undefined;
    const aborted = new Promise<never>((_resolve, reject) => {
        onAbort = () => reject(abortReason(signal));
        signal.addEventListener("abort", onAbort, { once: true });
    });
    return Promise.race([promise, aborted]).finally(() => signal.removeEventListener("abort", onAbort));
}

function abortReason(signal: AbortSignal): unknown {
    return (signal as { reason?: unknown }).reason ?? new Error("aborted");
}

export type DeadlineTimers = Pick<Timers, "setTimeout" | "clearTimeout">;

/**
 * The promise's outcome, or a ReadTimeout after `ms`, or the signal's reason when it is aborted first:
 * for one request among several in a read, whose silence must not hold up the others.
 */
export async function answerWithin<T>(promise: Promise<T>, ms: number, signal: AbortSignal | undefined, timers: DeadlineTimers): Promise<T> {
    const deadline = new AbortController();
    const handle = timers.setTimeout(() => deadline.abort(new ReadTimeout()), ms);
    // Aborted from outside: the deadline's timer goes at once (nothing is left pending after a dispose).
    const onAbort = (): void => {
        timers.clearTimeout(handle);
        deadline.abort(abortReason(signal as AbortSignal));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    if (signal?.aborted) onAbort();
    try {
        return await untilAborted(promise, deadline.signal);
    } finally {
        timers.clearTimeout(handle);
        signal?.removeEventListener("abort", onAbort);
    }
}
