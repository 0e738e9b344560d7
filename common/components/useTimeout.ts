import * as React from "react";
import { useHost } from "./HostContext";

/**
 * Runs `action` once, `delayMs` after it was handed over, on the host's timers (common/sources/timers.ts);
 * a new `action` (or `delayMs`) starts the wait again, and undefined or unmounting cancels it. Views that
 * wait (a search that settles, feedback that fades) use this instead of timers of their own.
 */
export function useTimeout(action: (() => void) | undefined, delayMs: number): void {
    const { timers } = useHost();
    React.useEffect(() => {
        if (!action) return undefined;
        const handle = timers.setTimeout(action, delayMs);
        return () => timers.clearTimeout(handle);
    }, [action, delayMs, timers]);
}
