import * as React from "react";
import type { DependencyReading, DependencyState } from "../services/dependencyReader";

/** The current state of a reading, re-rendering when a large value's reading progresses or ends. */
export function useReadingState(reading: DependencyReading): DependencyState {
    const [seen, setSeen] = React.useState({ reading, state: reading.state });
    React.useEffect(() => {
        setSeen({ reading, state: reading.state });
        return reading.subscribe((state) => setSeen({ reading, state }));
    }, [reading]);
    // A new reading shows its own state at once, before the effect has subscribed to it.
    return seen.reading === reading ? seen.state : reading.state;
}

/** `value`, once it has stopped changing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number): T {
    const [settled, setSettled] = React.useState(value);
    React.useEffect(() => {
        const handle = setTimeout(() => setSettled(value), delayMs);
        return () => clearTimeout(handle);
    }, [value, delayMs]);
    return settled;
}
