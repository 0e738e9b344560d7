// When the page is quiet: the gallery's tests wait for this, never for a fixed time.

export function nextFrame() {
    return new Promise((resolve) => requestAnimationFrame(() => window.__aops.nativeSetTimeout(resolve, 0)));
}

/** A timer this short is work under way (a slice, a focus or layout step), not a refresh interval. */
const SHORT_TIMER_MS = 50;

/**
 * Resolves true once the control is quiet: every Web API call answered (`unanswered()` is 0), no short timer pending, for two
 * frames in a row; false if that has not happened within `limitMs`. Tests wait for this, never a fixed time.
 */
export async function settled(unanswered, limitMs = 10_000) {
    const started = performance.now();
    let quietFrames = 0;
    while (performance.now() - started < limitMs) {
        await nextFrame();
        const busy = unanswered() > 0 || window.__aops.liveTimers().some((timer) => timer.kind === "timeout" && timer.delay <= SHORT_TIMER_MS);
        quietFrames = busy ? 0 : quietFrames + 1;
        if (quietFrames >= 2) return true;
    }
    return false;
}
