import { act } from "@testing-library/react";

/**
 * Under jest's fake timers: lets pending Web API answers, React updates and zero-delay timers (a host's
 * answer, a MessageBar's text) settle, inside act as the host's own calls would be.
 */
export async function settle(): Promise<void> {
    await act(async () => {
        for (let i = 0; i < 5; i++) await Promise.resolve();
        await jest.advanceTimersByTimeAsync(0);
        for (let i = 0; i < 5; i++) await Promise.resolve();
    });
}

/** Moves the fake clock on by `ms`, firing the timers due, then settles. */
export async function advance(ms: number): Promise<void> {
    await act(async () => {
        await jest.advanceTimersByTimeAsync(ms);
    });
    await settle();
}

/** jest's fake timers for each test of the file that calls this, the clock at `now` when given. */
export function withFakeTimers(now?: number): void {
    beforeEach(() => {
        jest.useFakeTimers();
        if (now !== undefined) jest.setSystemTime(new Date(now));
    });
    afterEach(() => {
        jest.useRealTimers();
    });
}
