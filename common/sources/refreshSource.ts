import { answerWithin } from "./abort";
import { Store } from "./store";
import { browserEnvironment, type Timers } from "./timers";

/**
 * Re-reads something from Dataverse on an interval while it can still change. One request in flight at
 * most; exponential backoff after failures; no requests while the page is hidden; stops for good when
 * the data is final, the row is gone or the user may not read it; `dispose()` leaves no timer or listener
 * behind, and no request starts after it (each read gets a signal, aborted by `dispose()`, `finish()` and
 * the read's deadline). A read the host does not answer within `readTimeoutMs` counts as a failed read
 * (ReadTimeout) and is retried as any other. It lives outside React so that the control's `destroy()` can end it even when the host never
 * unmounts the tree.
 */
export type RefreshPhase =
    | "idle" // waiting for the next read
    | "loading" // a read is in flight
    | "paused" // the page is hidden
    | "finished" // the data is final: no more reads
    | "gone" // the row no longer exists: no more reads
    | "denied" // the user lacks the privilege to read it: no more reads (only with `isForbidden`)
    | "off" // auto-refresh is off; only explicit reads
    | "disposed";

export interface RefreshSnapshot<T> {
    data: T | undefined;
    /** When `data` was read. */
    readAt: Date | undefined;
    phase: RefreshPhase;
    /** Consecutive failed reads; 0 after a success. */
    failures: number;
    lastError: unknown;
    /** When the next read is due, while one is scheduled. */
    nextReadAt: Date | undefined;
}

/** The timers and clock a loop waits with (common/sources/timers.ts), and the page whose visibility pauses it. */
export interface RefreshEnvironment extends Pick<Timers, "setTimeout" | "clearTimeout" | "now"> {
    document?: Pick<Document, "visibilityState" | "addEventListener" | "removeEventListener">;
}

export interface RefreshOptions<T> {
    /**
     * One read. `signal` is aborted when the loop stops or the read takes too long: check it before each
     * further request (see stopIfAborted), so that nothing is asked after the control is destroyed.
     */
    load(signal: AbortSignal): Promise<T>;
    /** Milliseconds between reads; 0 turns auto-refresh off (a first read still happens on start). */
    intervalMs: number;
    isFinal?(data: T): boolean;
    isGone?(error: unknown): boolean;
    /** A refusal for lack of privilege: stops for good in the "denied" phase, keeping the last data. */
    isForbidden?(error: unknown): boolean;
    maxBackoffMs?: number;
    /** Milliseconds a read may take before it counts as failed; READ_TIMEOUT_MS unless given. */
    readTimeoutMs?: number;
    environment?: RefreshEnvironment;
}

export const MAX_BACKOFF_MS = 5 * 60_000;
/** A read unanswered after a minute has failed: the user is told, and it is tried again later. */
export const READ_TIMEOUT_MS = 60_000;

/** Interval in milliseconds from a `refreshSeconds` input: default 15 s, 0 or less turns it off. */
export function refreshIntervalMs(seconds: number | null | undefined, defaultSeconds = 15): number {
    if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return defaultSeconds * 1000;
    if (seconds <= 0) return 0;
    // Below 5 s a form would hammer the service; above a day nobody is watching.
    return Math.min(Math.max(Math.round(seconds), 5), 86_400) * 1000;
}

export class RefreshSource<T> extends Store<RefreshSnapshot<T>> {
    private readonly env: RefreshEnvironment;
    private timer: unknown = undefined;
    private inFlight = false;
    /** Aborts the read in flight. */
    private reading: AbortController | undefined;
    private started = false;
    private intervalMs: number;
    private readonly onVisibility = (): void => this.visibilityChanged();

    constructor(private readonly options: RefreshOptions<T>) {
        super({
            data: undefined,
            readAt: undefined,
            phase: options.intervalMs > 0 ? "idle" : "off",
            failures: 0,
            lastError: undefined,
            nextReadAt: undefined,
        });
        this.env = options.environment ?? browserEnvironment();
        this.intervalMs = options.intervalMs;
    }

    /** Starts reading (once; later calls do nothing). */
    start(): void {
        if (this.started || this.isStopped()) return;
        this.started = true;
        this.env.document?.addEventListener("visibilitychange", this.onVisibility);
        if (this.isHidden()) {
            this.patch({ phase: "paused" });
            return;
        }
        void this.read();
    }

    /** A read now, unless one is in flight or reading has stopped. */
    refreshNow(): void {
        if (!this.started || this.isStopped() || this.inFlight) return;
        this.clearTimer();
        void this.read();
    }

    setIntervalMs(ms: number): void {
        if (ms === this.intervalMs) return;
        this.intervalMs = ms;
        if (!this.started || this.isStopped() || this.inFlight) return;
        this.clearTimer();
        if (ms > 0) this.schedule(ms);
        else this.patch({ phase: "off", nextReadAt: undefined });
    }

    /**
     * Stops reading for good and keeps the data, as when a read finds the data final: for a caller that
     * learned from elsewhere (the form's newer values) that nothing will change any more. A read in
     * flight is let go unseen.
     */
    finish(): void {
        if (this.isStopped()) return;
        this.stopListening();
        this.endRead();
        this.patch({ phase: "finished", nextReadAt: undefined });
    }

    dispose(): void {
        this.clearTimer();
        this.endRead();
        this.env.document?.removeEventListener("visibilitychange", this.onVisibility);
        this.patch({ phase: "disposed", nextReadAt: undefined });
        super.dispose();
    }

    private isStopped(): boolean {
        const phase = this.current.phase;
        return phase === "finished" || phase === "gone" || phase === "denied" || phase === "disposed";
    }

    private isHidden(): boolean {
        return this.env.document?.visibilityState === "hidden";
    }

    private async read(): Promise<void> {
        this.inFlight = true;
        this.patch({ phase: "loading", nextReadAt: undefined });
        const controller = new AbortController();
        this.reading = controller;
        let data: T;
        try {
            data = await answerWithin(this.options.load(controller.signal), this.options.readTimeoutMs ?? READ_TIMEOUT_MS, controller.signal, this.env);
        } catch (error) {
            this.inFlight = false;
            this.endRead(controller);
            if (this.isStopped()) return;
            const stop = this.options.isGone?.(error) ? "gone" : this.options.isForbidden?.(error) ? "denied" : undefined;
            if (stop) {
                this.patch({ phase: stop, lastError: error, nextReadAt: undefined });
                this.stopListening();
                return;
            }
            const failures = this.current.failures + 1;
            this.patch({ failures, lastError: error });
            this.afterRead(this.backoffMs(failures));
            return;
        }
        this.inFlight = false;
        this.endRead(controller);
        if (this.isStopped()) return;
        const final = this.options.isFinal?.(data) === true;
        this.patch({ data, readAt: new Date(this.env.now()), failures: 0, lastError: undefined });
        if (final) {
            this.patch({ phase: "finished" });
            this.stopListening();
            return;
        }
        this.afterRead(this.intervalMs);
    }

    private afterRead(delayMs: number): void {
        if (this.intervalMs <= 0) {
            this.patch({ phase: "off" });
        } else if (this.isHidden()) {
            this.patch({ phase: "paused" });
        } else {
            this.schedule(delayMs);
        }
    }

    private backoffMs(failures: number): number {
        const max = this.options.maxBackoffMs ?? MAX_BACKOFF_MS;
        return Math.min(this.intervalMs * 2 ** Math.min(failures, 16), Math.max(max, this.intervalMs));
    }

    private schedule(delayMs: number): void {
        this.clearTimer();
        this.timer = this.env.setTimeout(() => {
            this.timer = undefined;
            void this.read();
        }, delayMs);
        this.patch({ phase: "idle", nextReadAt: new Date(this.env.now() + delayMs) });
    }

    private visibilityChanged(): void {
        if (!this.started || this.isStopped() || this.inFlight || this.intervalMs <= 0) return;
        if (this.isHidden()) {
            this.clearTimer();
            this.patch({ phase: "paused", nextReadAt: undefined });
        } else if (this.current.phase === "paused") {
            // Back in view: the data may be stale by now, so read at once.
            void this.read();
        }
    }

    /**
     * Ends the read in flight (only `only`, when given): its signal is aborted, so its load asks nothing
     * more (after a deadline too) and its deadline's timer is cleared; its answer is let go unseen.
     */
    private endRead(only?: AbortController): void {
        const reading = this.reading;
        if (!reading || (only && reading !== only)) return;
        this.reading = undefined;
        if (!reading.signal.aborted) reading.abort();
    }

    private stopListening(): void {
        this.clearTimer();
        this.env.document?.removeEventListener("visibilitychange", this.onVisibility);
    }

    private clearTimer(): void {
        if (this.timer !== undefined) {
            this.env.clearTimeout(this.timer);
            this.timer = undefined;
        }
    }
}
