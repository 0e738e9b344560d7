import { isTimeout } from "../../../common/model/dataverseErrors";
import { answerWithin, stopIfAborted, untilAborted } from "../../../common/sources/abort";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const timers = { setTimeout: (h: () => void, ms: number) => setTimeout(h, ms), clearTimeout: (h: unknown) => clearTimeout(h as number) };

describe("abort helpers", () => {
    it("stopIfAborted throws the signal's reason once aborted, and nothing before", () => {
        const controller = new AbortController();
        expect(() => stopIfAborted(controller.signal)).not.toThrow();
        expect(() => stopIfAborted(undefined)).not.toThrow();
        const reason = new Error("stopped");
        controller.abort(reason);
        expect(() => stopIfAborted(controller.signal)).toThrow(reason);
    });

    it("untilAborted follows the promise, or rejects as soon as the signal is aborted", async () => {
        const controller = new AbortController();
        await expect(untilAborted(Promise.resolve(1), controller.signal)).resolves.toBe(1);
        const never = untilAborted(new Promise<number>(() => undefined), controller.signal);
        controller.abort(new Error("stopped"));
        await expect(never).rejects.toThrow("stopped");
        // Already aborted: a later rejection of the promise is handled, not left unhandled.
        await expect(untilAborted(Promise.reject(new Error("late")), controller.signal)).rejects.toThrow("stopped");
    });

    it("answerWithin fails with a timeout after its deadline and leaves no timer behind either way", async () => {
        const late = answerWithin(new Promise<number>(() => undefined), 1_000, undefined, timers);
        jest.advanceTimersByTime(1_000);
        await expect(late.catch((error: unknown) => isTimeout(error))).resolves.toBe(true);
        await expect(answerWithin(Promise.resolve(2), 1_000, undefined, timers)).resolves.toBe(2);
        expect(jest.getTimerCount()).toBe(0);
        const controller = new AbortController();
        const stopped = answerWithin(new Promise<number>(() => undefined), 1_000, controller.signal, timers);
        controller.abort(new Error("destroyed"));
        // The deadline's timer is gone at once, before the rejection is even seen.
        expect(jest.getTimerCount()).toBe(0);
        await expect(stopped).rejects.toThrow("destroyed");
    });
});
