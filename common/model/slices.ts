/**
 * Long work in slices, between which the browser paints and handles input: each slice runs steps until
 * its time budget is spent or its step cap is reached, then the next slice is scheduled. The one loop of
 * this kind in the project: reading a large value, indexing it, searching it, marking its duplicates and
 * writing its export all run through it. Pure: the scheduler (and its clock) is handed in; the real one
 * is `sliceScheduler` in common/sources/timers.ts.
 */

export interface SliceScheduler {
    /** Runs `next` soon, letting the browser paint and handle input first. */
    schedule(next: () => void): unknown;
    cancel(handle: unknown): void;
    /** Milliseconds on a monotonic clock. Without it, every slice is one step. */
    now?(): number;
}

export interface SliceLimits {
    /** Milliseconds a slice may run. */
    budgetMs: number;
    /** Steps a slice runs at most, whatever the clock says (a stopped clock, as in tests, must not run everything at once). */
    maxSteps: number;
}

export interface SlicedJob extends SliceLimits {
    /** One step: true when the work is done. A step that can fail catches its own error and ends the work. */
    step(): boolean;
    /** The first slice's limits, when it differs (one step, so the first rows show early). */
    first?: SliceLimits;
    /** Before each slice. */
    beforeSlice?(): void;
    /** After each slice, the last one too (`done` true then): progress, entries read so far. */
    afterSlice?(done: boolean): void;
    /** When the work is done (after the last slice's afterSlice). Not called once cancelled. */
    onDone?(): void;
}

/** Starts `job` on `scheduler`; returns its cancel (after which no step runs and nothing is left scheduled). */
export function runInSlices(scheduler: SliceScheduler, job: SlicedJob): () => void {
    let handle: unknown;
    let ended = false;
    let slices = 0;
    const run = (): void => {
        handle = undefined;
        if (ended) return;
        const limits = slices === 0 && job.first ? job.first : job;
        slices += 1;
        const now = scheduler.now;
        const deadline = now ? now() + limits.budgetMs : 0;
        const cap = now ? Math.max(1, limits.maxSteps) : 1;
        job.beforeSlice?.();
        let done = job.step();
        for (let steps = 1; !done && steps < cap && now !== undefined && now() < deadline; steps += 1) done = job.step();
        job.afterSlice?.(done);
        // A callback may have cancelled the work.
        if (ended) return;
        if (done) {
            ended = true;
            job.onDone?.();
            return;
        }
        handle = scheduler.schedule(run);
    };
    handle = scheduler.schedule(run);
    return () => {
        ended = true;
        if (handle !== undefined) scheduler.cancel(handle);
        handle = undefined;
    };
}
