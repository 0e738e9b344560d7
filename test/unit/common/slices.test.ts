import { runInSlices, type SliceScheduler } from "../../../common/model/slices";

/** Slices run when the test says; the clock moves by `stepMs` on every read of it. */
function manual(stepMs?: number) {
    const queue = new Map<number, () => void>();
    let next = 1;
    let time = 0;
    const scheduler: SliceScheduler = {
        schedule: (run) => {
            queue.set(next, run);
            return next++;
        },
        cancel: (handle) => queue.delete(handle as number),
        now: stepMs === undefined ? undefined : () => (time += stepMs),
    };
    const runNext = (): boolean => {
        const first = queue.entries().next();
        if (first.done) return false;
        queue.delete(first.value[0]);
        first.value[1]();
        return true;
    };
    return { scheduler, runNext, pending: () => queue.size };
}

describe("runInSlices", () => {
    it("runs steps until the budget or the step cap ends a slice, the first slice by its own limits, then reports done", () => {
        const { scheduler, runNext, pending } = manual(1);
        const perSlice: number[] = [];
        let steps = 0;
        let sliceSteps = 0;
        let done = false;
        runInSlices(scheduler, {
            budgetMs: 10,
            maxSteps: 4,
            first: { budgetMs: 10, maxSteps: 1 },
            beforeSlice: () => (sliceSteps = 0),
            step: () => {
                steps += 1;
                sliceSteps += 1;
                return steps === 10;
            },
            afterSlice: () => perSlice.push(sliceSteps),
            onDone: () => (done = true),
        });
        expect(steps).toBe(0);
        while (runNext());
        expect(perSlice).toEqual([1, 4, 4, 1]);
        expect(done).toBe(true);
        expect(pending()).toBe(0);
    });

    it("ends a slice when its time is spent, and runs one step per slice without a clock", () => {
        const clocked = manual(6);
        const counts: number[] = [];
        let steps = 0;
        runInSlices(clocked.scheduler, { budgetMs: 20, maxSteps: 100, step: () => ++steps === 6, afterSlice: () => counts.push(steps) });
        while (clocked.runNext());
        // The clock reads 6 ms later each time: the slice starts at 6 (deadline 26) and steps while it reads 12, 18, 24.
        expect(counts).toEqual([4, 6]);

        const unclocked = manual();
        let more = 0;
        runInSlices(unclocked.scheduler, { budgetMs: 20, maxSteps: 100, step: () => ++more === 3 });
        unclocked.runNext();
        expect(more).toBe(1);
    });

    it("stops at cancel, from outside or from a callback, leaving nothing scheduled", () => {
        const { scheduler, runNext, pending } = manual(1);
        let steps = 0;
        const cancel = runInSlices(scheduler, { budgetMs: 10, maxSteps: 1, step: () => ++steps > 100 });
        runNext();
        cancel();
        expect(pending()).toBe(0);
        expect(runNext()).toBe(false);
        expect(steps).toBe(1);

        let stop: () => void = () => undefined;
        let finished = false;
        stop = runInSlices(scheduler, { budgetMs: 10, maxSteps: 1, step: () => true, afterSlice: () => stop(), onDone: () => (finished = true) });
        runNext();
        expect(finished).toBe(false);
        expect(pending()).toBe(0);
    });
});
