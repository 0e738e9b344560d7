/**
 * One clock for every live counter on the board (queue and run time of running rows): it ticks once a
 * second while some view listens and stops when none does, so thousands of rows share one timer.
 */
import { Store } from "../../common/sources/store";

export interface TickerEnvironment {
    setInterval(handler: () => void, ms: number): unknown;
    clearInterval(handle: unknown): void;
    now(): number;
}

const browserClock: TickerEnvironment = {
    setInterval: (handler, ms) => globalThis.setInterval(handler, ms),
    clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof setInterval>),
    now: () => Date.now(),
};

export class Ticker extends Store<number> {
    private handle: unknown = undefined;
    private subscribers = 0;

    constructor(
        private readonly periodMs = 1000,
        private readonly environment: TickerEnvironment = browserClock,
    ) {
        super(environment.now());
    }

    /** Listening starts the clock (reading the time at once); the last listener leaving stops it. */
    subscribe(listener: (now: number) => void): () => void {
        if (this.disposed) return () => undefined;
        const unsubscribe = super.subscribe(listener);
        this.subscribers += 1;
        if (this.subscribers === 1) this.start();
        let done = false;
        return () => {
            if (done) return;
            done = true;
            unsubscribe();
            this.subscribers -= 1;
            if (this.subscribers === 0) this.stop();
        };
    }

    dispose(): void {
        this.stop();
        this.subscribers = 0;
        super.dispose();
    }

    private start(): void {
        this.set(this.environment.now());
        this.handle = this.environment.setInterval(() => this.set(this.environment.now()), this.periodMs);
    }

    private stop(): void {
        if (this.handle !== undefined) {
            this.environment.clearInterval(this.handle);
            this.handle = undefined;
        }
    }
}
