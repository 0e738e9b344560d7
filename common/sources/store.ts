/**
 * The one observable primitive of the controls: a current value, listeners told of every change, and a
 * `dispose()` after which nothing is told anything again. Sources (refresh loops, requests, readings) keep
 * their state in one, and views subscribe to it through `useStore`.
 */
export interface ReadonlyStore<T> {
    /** The value now; the same object until it changes. */
    readonly current: T;
    /** Calls `listener` after each change; returns the unsubscribe. */
    subscribe(listener: (value: T) => void): () => void;
}

export class Store<T> implements ReadonlyStore<T> {
    private value: T;
    private readonly listeners = new Set<(value: T) => void>();
    private ended = false;

    constructor(initial: T) {
        this.value = initial;
    }

    get current(): T {
        return this.value;
    }

    get disposed(): boolean {
        return this.ended;
    }

    subscribe(listener: (value: T) => void): () => void {
        if (this.ended) return () => undefined;
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    /** Replaces the value and tells the listeners; the same value (Object.is) tells nobody. Ignored once disposed. */
    set(value: T): void {
        if (this.ended || Object.is(value, this.value)) return;
        this.value = value;
        for (const listener of [...this.listeners]) listener(value);
    }

    /** Shallow-merges `patch` into an object value. */
    patch(this: Store<T & object>, patch: Partial<T>): void {
        this.set({ ...this.value, ...patch });
    }

    dispose(): void {
        this.ended = true;
        this.listeners.clear();
    }
}
