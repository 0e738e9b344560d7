import * as React from "react";
import type { ReadonlyStore } from "../sources/store";

/**
 * The current value of a store, re-rendering on every change. A new store shows its own value at once,
 * before the effect has subscribed to it; no store gives undefined.
 */
export function useStore<T>(store: ReadonlyStore<T> | undefined): T | undefined {
    const [seen, setSeen] = React.useState(() => ({ store, value: store?.current }));
    React.useEffect(() => {
        // A value that changed between render and subscription; the same one costs no second render.
        setSeen((seen) => (seen.store === store && Object.is(seen.value, store?.current) ? seen : { store, value: store?.current }));
        return store?.subscribe((value) => setSeen({ store, value }));
    }, [store]);
    return seen.store === store ? seen.value : store?.current;
}

/**
 * The time of the control's live clock (common/sources/ticker.ts), re-rendering on each tick while
 * `active`; while not, the time of its last tick, and nothing keeps the clock running for this view.
 */
export function useClock(clock: ReadonlyStore<number> | undefined, active: boolean): number {
    const time = useStore(active ? clock : undefined);
    return time ?? clock?.current ?? Date.now();
}
