import { isTimeout } from "../../../common/model/dataverseErrors";
import { stopIfAborted } from "../../../common/sources/abort";
import { READ_TIMEOUT_MS, RefreshSource, refreshIntervalMs, type RefreshEnvironment } from "../../../common/sources/refreshSource";

/** A controllable clock, timer queue and page visibility. */
class FakeEnvironment implements RefreshEnvironment {
    time = 0;
    private nextHandle = 1;
    readonly timers = new Map<number, { at: number; handler: () => void }>();
    visibilityState: DocumentVisibilityState = "visible";
    private readonly listeners = new Set<() => void>();
    readonly document = {
        get visibilityState() {
            return env.visibilityState;
        },
        addEventListener: (_type: string, listener: () => void) => this.listeners.add(listener),
        removeEventListener: (_type: string, listener: () => void) => this.listeners.delete(listener),
    } as unknown as Document;

    setTimeout(handler: () => void, ms: number): unknown {
        const handle = this.nextHandle++;
        this.timers.set(handle, { at: this.time + ms, handler });
        return handle;
    }
    clearTimeout(handle: unknown): void {
        this.timers.delete(handle as number);
    }
    now(): number {
        return this.time;
    }
    listenerCount(): number {
        return this.listeners.size;
    }
    setVisibility(state: DocumentVisibilityState): void {
        this.visibilityState = state;
        for (const listener of [...this.listeners]) listener();
    }
    /** Advances the clock, firing due timers, and lets promises settle. */
    async advance(ms: number): Promise<void> {
        const until = this.time + ms;
        for (;;) {
            // Promises settle before any timer fires, as in a page.
            await flush();
            const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
            if (!due) break;
            this.timers.delete(due[0]);
            this.time = due[1].at;
            due[1].handler();
            await flush();
        }
        this.time = until;
        await flush();
    }
}

let env: FakeEnvironment;
const flush = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => {
    env = new FakeEnvironment();
});

describe("RefreshSource", () => {
    it("reads at once, then every interval, until the data is final", async () => {
        let status = 20;
        const load = jest.fn(async () => ({ status }));
        const source = new RefreshSource({ load, intervalMs: 15_000, isFinal: (d) => d.status >= 30, environment: env });
        source.start();
        await flush();
        expect(load).toHaveBeenCalledTimes(1);
        expect(source.current.phase).toBe("idle");
        await env.advance(15_000);
        expect(load).toHaveBeenCalledTimes(2);
        status = 30;
        await env.advance(15_000);
        expect(source.current.phase).toBe("finished");
        await env.advance(60_000);
        expect(load).toHaveBeenCalledTimes(3);
        expect(env.timers.size).toBe(0);
        expect(env.listenerCount()).toBe(0);
    });

    it("keeps at most one request in flight", async () => {
        let resolve: (v: number) => void = () => undefined;
        const load = jest.fn(() => new Promise<number>((_resolve) => (resolve = _resolve)));
        const source = new RefreshSource({ load, intervalMs: 5_000, environment: env });
        source.start();
        source.refreshNow();
        source.refreshNow();
        // Within the read's deadline: the read in flight is waited for, never a second one.
        await env.advance(READ_TIMEOUT_MS - 1);
        expect(load).toHaveBeenCalledTimes(1);
        resolve(1);
        await flush();
        expect(source.current.data).toBe(1);
    });

    it("fails a read the host does not answer in time, asks nothing more in it, and tries again later", async () => {
        const signals: AbortSignal[] = [];
        const load = jest.fn((signal: AbortSignal) => {
            signals.push(signal);
            return new Promise<number>(() => undefined);
        });
        const source = new RefreshSource({ load, intervalMs: 5_000, environment: env });
        source.start();
        await env.advance(READ_TIMEOUT_MS);
        expect(source.current.failures).toBe(1);
        expect(isTimeout(source.current.lastError)).toBe(true);
        // The read's signal tells its load to stop: no further request comes from it.
        expect(signals[0].aborted).toBe(true);
        await env.advance(10_000);
        expect(load).toHaveBeenCalledTimes(2);
        expect(signals[1].aborted).toBe(false);
        source.dispose();
        expect(signals[1].aborted).toBe(true);
        expect(env.timers.size).toBe(0);
    });

    it("aborts the read in flight when disposed, so its load asks nothing more, and leaves no timer", async () => {
        let answer: (v: number) => void = () => undefined;
        const asked: string[] = [];
        const load = async (signal: AbortSignal): Promise<number> => {
            asked.push("first");
            await new Promise<number>((resolve) => (answer = resolve));
            stopIfAborted(signal);
            asked.push("second");
            return 1;
        };
        const source = new RefreshSource({ load, intervalMs: 5_000, environment: env });
        source.start();
        await flush();
        source.dispose();
        expect(env.timers.size).toBe(0);
        answer(1);
        await env.advance(60_000);
        expect(asked).toEqual(["first"]);
        expect(source.current.phase).toBe("disposed");
    });

    it("backs off exponentially after failures and recovers after a success", async () => {
        let fail = true;
        const load = jest.fn(async () => {
            if (fail) throw new Error("503");
            return 1;
        });
        const source = new RefreshSource({ load, intervalMs: 10_000, environment: env });
        source.start();
        await flush();
        expect(source.current.failures).toBe(1);
        expect(source.current.nextReadAt?.getTime()).toBe(20_000);
        await env.advance(20_000);
        expect(source.current.failures).toBe(2);
        expect(source.current.nextReadAt?.getTime()).toBe(20_000 + 40_000);
        fail = false;
        await env.advance(40_000);
        expect(source.current).toMatchObject({ failures: 0, data: 1, phase: "idle" });
        expect(source.current.nextReadAt?.getTime()).toBe(70_000);
    });

    it("caps the backoff", async () => {
        const load = jest.fn(async () => {
            throw new Error("down");
        });
        const source = new RefreshSource({ load, intervalMs: 60_000, maxBackoffMs: 300_000, environment: env });
        source.start();
        await env.advance(3_600_000);
        const gap = (source.current.nextReadAt?.getTime() ?? 0) - env.now();
        expect(gap).toBeLessThanOrEqual(300_000);
    });

    it("stops for good when the row is gone", async () => {
        const load = jest.fn(async () => {
            throw Object.assign(new Error("Could not find item"), { status: 404 });
        });
        const source = new RefreshSource({ load, intervalMs: 5_000, isGone: (e) => (e as { status?: number }).status === 404, environment: env });
        source.start();
        await env.advance(60_000);
        expect(load).toHaveBeenCalledTimes(1);
        expect(source.current.phase).toBe("gone");
    });

    it("stops for good, keeping the last data, when reading is refused for lack of privilege", async () => {
        let refuse = false;
        const load = jest.fn(async () => {
            if (refuse) throw Object.assign(new Error("missing privilege"), { status: 403 });
            return "first";
        });
        const source = new RefreshSource({ load, intervalMs: 5_000, isForbidden: (e) => (e as { status?: number }).status === 403, environment: env });
        source.start();
        await flush();
        refuse = true;
        await env.advance(5_000);
        expect(source.current).toMatchObject({ phase: "denied", data: "first", nextReadAt: undefined });
        source.refreshNow();
        env.setVisibility("hidden");
        env.setVisibility("visible");
        await env.advance(600_000);
        expect(load).toHaveBeenCalledTimes(2);
    });

    it("without isForbidden a refusal is retried like any failure (as before)", async () => {
        const load = jest.fn(async () => {
            throw Object.assign(new Error("missing privilege"), { status: 403 });
        });
        const source = new RefreshSource({ load, intervalMs: 5_000, environment: env });
        source.start();
        await flush();
        await env.advance(30_000);
        expect(load.mock.calls.length).toBeGreaterThanOrEqual(2);
        expect(source.current.phase).not.toBe("denied");
    });

    it("pauses while the page is hidden and reads at once when it is shown again", async () => {
        const load = jest.fn(async () => 1);
        const source = new RefreshSource({ load, intervalMs: 5_000, environment: env });
        source.start();
        await flush();
        env.setVisibility("hidden");
        expect(source.current.phase).toBe("paused");
        await env.advance(60_000);
        expect(load).toHaveBeenCalledTimes(1);
        env.setVisibility("visible");
        await flush();
        expect(load).toHaveBeenCalledTimes(2);
    });

    it("reads once and no more when auto-refresh is off", async () => {
        const load = jest.fn(async () => 1);
        const source = new RefreshSource({ load, intervalMs: 0, environment: env });
        source.start();
        await env.advance(600_000);
        expect(load).toHaveBeenCalledTimes(1);
        expect(source.current.phase).toBe("off");
    });

    it("leaves no timer or listener after dispose, even with a read in flight", async () => {
        let resolve: (v: number) => void = () => undefined;
        const load = jest.fn(() => new Promise<number>((_resolve) => (resolve = _resolve)));
        const source = new RefreshSource({ load, intervalMs: 5_000, environment: env });
        const seen: string[] = [];
        source.subscribe((s) => seen.push(s.phase));
        source.start();
        source.dispose();
        resolve(1);
        await env.advance(60_000);
        expect(env.timers.size).toBe(0);
        expect(env.listenerCount()).toBe(0);
        expect(load).toHaveBeenCalledTimes(1);
        expect(source.current.phase).toBe("disposed");
        expect(seen).not.toContain("idle");
    });
});

describe("refreshIntervalMs", () => {
    it("defaults to 15 s, turns off at 0 and clamps silly values", () => {
        expect(refreshIntervalMs(null)).toBe(15_000);
        expect(refreshIntervalMs(0)).toBe(0);
        expect(refreshIntervalMs(-3)).toBe(0);
        expect(refreshIntervalMs(1)).toBe(5_000);
        expect(refreshIntervalMs(10 ** 9)).toBe(86_400_000);
    });
});
