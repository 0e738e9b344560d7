import * as React from "react";
import type { RefreshSnapshot, RefreshSource } from "../host/refreshSource";

/** The current snapshot of a refresh source, re-rendering on every change. */
export function useRefreshSnapshot<T>(source: RefreshSource<T> | undefined): RefreshSnapshot<T> | undefined {
    const [snapshot, setSnapshot] = React.useState(source?.snapshot);
    React.useEffect(() => {
        if (!source) {
            setSnapshot(undefined);
            return undefined;
        }
        setSnapshot(source.snapshot);
        return source.subscribe(setSnapshot);
    }, [source]);
    return snapshot;
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
