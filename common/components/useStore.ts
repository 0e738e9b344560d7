import * as React from "react";
import type { ReadonlyStore } from "../sources/store";

/**
 * The current value of a store, re-rendering on every change. A new store shows its own value at once,
 * before the effect has subscribed to it; no store gives undefined.
 */
export function useStore<T>(store: ReadonlyStore<T> | undefined): T | undefined {
    const [seen, setSeen] = React.useState(() => ({ store, value: store?.current }));
    React.useEffect(() => {
        setSeen({ store, value: store?.current });
        return store?.subscribe((value) => setSeen({ store, value }));
    }, [store]);
    return seen.store === store ? seen.value : store?.current;
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
