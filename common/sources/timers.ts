/**
 * The page's timers and clocks, in one place: the refresh loops' environment and the scheduler of sliced
 * work. Everything else takes them as parameters, so tests hand in fakes and nothing calls the browser's
 * timers behind their back.
 */
import type { SliceScheduler } from "../model/slices";
import type { RefreshEnvironment } from "./refreshSource";

/** Timers and a clock, as everything that waits takes them (tests hand in fakes). */
export interface Timers {
    setTimeout(handler: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
    setInterval(handler: () => void, ms: number): unknown;
    clearInterval(handle: unknown): void;
    now(): number;
}

/** The page's own timers and clock. */
export const browserTimers: Timers = {
    setTimeout: (handler, ms) => globalThis.setTimeout(handler, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    setInterval: (handler, ms) => globalThis.setInterval(handler, ms),
    clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof setInterval>),
    now: () => Date.now(),
};

/** The page's own timers, clock and document, for refresh loops (tests pass a fake environment instead). */
export function browserEnvironment(): RefreshEnvironment {
    return { ...browserTimers, document: typeof document === "undefined" ? undefined : document };
}

/**
 * Slices on the browser's timer queue: each waits behind a paint and pending input. `setTimeout(0)`
 * rather than a message channel, so that every slice is a timer the host page (and a test's clock) can
 * see and that cancel ends. Slices run for a time budget on `performance.now()`, so the browser's minimum
 * timer delay costs little of the whole work.
 */
export const sliceScheduler: SliceScheduler = {
    schedule: (next) => globalThis.setTimeout(next, 0),
    cancel: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    now: typeof performance !== "undefined" && typeof performance.now === "function" ? () => performance.now() : undefined,
};
