import type { ChunkScheduler } from "../model/scanDependencies";

/**
 * Runs the slices of a large value's reading on the browser's timer queue: each slice waits behind a
 * paint and pending input. `setTimeout(0)` rather than a message channel, so that every slice is a timer
 * the host page (and a test's clock) can see and that `cancel` ends. Slices run for a time budget on
 * `performance.now()`, so the browser's minimum timer delay costs little of the whole reading.
 */
export const timeoutScheduler: ChunkScheduler = {
    schedule: (next) => globalThis.setTimeout(next, 0),
    cancel: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    now: typeof performance !== "undefined" && typeof performance.now === "function" ? () => performance.now() : undefined,
};
