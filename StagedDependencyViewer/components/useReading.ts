import * as React from "react";
import { useStore } from "../../common/components/useStore";
import type { DependencyReading, DependencyState } from "../sources/dependencyReader";

/** The current state of a reading, re-rendering when a large value's reading progresses or ends. */
export function useReadingState(reading: DependencyReading): DependencyState {
    return useStore(reading) ?? reading.current;
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
