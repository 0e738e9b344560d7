import * as React from "react";
import type { RefreshSnapshot, RefreshSource } from "../host/refreshSource";

/** Something that holds a value and tells its listeners when it changes (a refresh loop, a cancel request…). */
export interface Subscribable<T> {
    subscribe(listener: (value: T) => void): () => void;
}

/**
 * The current value of `source` (read with `current`, a function that never changes), re-rendering on every
 * change. A new source shows its own value at once, before the effect has subscribed to it.
 */
export function useSubscribed<S extends Subscribable<T>, T>(source: S | undefined, current: (source: S) => T): T | undefined {
    const [seen, setSeen] = React.useState(() => ({ source, value: source ? current(source) : undefined }));
    React.useEffect(() => {
        setSeen({ source, value: source ? current(source) : undefined });
        return source?.subscribe((value) => setSeen({ source, value }));
    }, [source, current]);
    if (seen.source === source) return seen.value;
    return source ? current(source) : undefined;
}

const snapshotOf = <T>(source: RefreshSource<T>): RefreshSnapshot<T> => source.snapshot;

/** The current snapshot of a refresh source, re-rendering on every change. */
export function useRefreshSnapshot<T>(source: RefreshSource<T> | undefined): RefreshSnapshot<T> | undefined {
    return useSubscribed<RefreshSource<T>, RefreshSnapshot<T>>(source, snapshotOf);
}

/** Re-renders every `periodMs` while `active`, for live counters; nothing runs when inactive. */
export function useNow(active: boolean, periodMs = 1000, now: () => number = Date.now): number {
    const [time, setTime] = React.useState(now);
    React.useEffect(() => {
        if (!active) return undefined;
        setTime(now());
        const handle = setInterval(() => setTime(now()), periodMs);
        return () => clearInterval(handle);
    }, [active, periodMs, now]);
    return time;
}
