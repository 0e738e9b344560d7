/**
 * The one live clock: every counter a control shows (a run's elapsed time, the board's queue and run
 * times) reads it. It ticks once a second while some view listens and stops when none does, so
 * thousands of rows share one timer; a control owns one and disposes of it in destroy().
 */
import { Store } from "./store";
import { browserTimers, type Timers } from "./timers";

export type TickerEnvironment = Pick<Timers, "setInterval" | "clearInterval" | "now">;

export class Ticker extends Store<number> {
    private handle: unknown = undefined;
    private subscribers = 0;

    constructor(
        private readonly periodMs = 1000,
        private readonly environment: TickerEnvironment = browserTimers,
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
