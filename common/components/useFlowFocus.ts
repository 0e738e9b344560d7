import * as React from "react";

export interface FlowFocus {
    /** On the element that opens the flow (a button's `elementRef`). */
    opener: React.RefObject<HTMLElement>;
    /** On what shows the flow's result (focusable by script: tabIndex -1). */
    result: React.RefObject<HTMLElement>;
    /** Call when the user starts the flow here (a click on the opener). */
    begin(): void;
}

/** An element the keyboard can be put on now: in the page and not disabled. */
function focusable(element: HTMLElement | null): element is HTMLElement {
    if (!element || !element.isConnected) return false;
    return !(element as HTMLButtonElement).disabled && element.getAttribute("aria-disabled") !== "true";
}

/**
 * Where the keyboard goes when a flow the user began here ends (a confirmation, a dialog, a request):
 * to its result when `preferResult` says the flow produced one, else back to what opened it, and to
 * whichever of the two is still there when the other is gone or disabled. Without it, focus falls to the
 * page when the opener is disabled or removed while the flow runs. Flows not begun here (a refresh that
 * ends one) move nothing.
 */
export function useFlowFocus(active: boolean, preferResult: boolean): FlowFocus {
    const opener = React.useRef<HTMLElement>(null);
    const result = React.useRef<HTMLElement>(null);
    const begun = React.useRef(false);
    const wasActive = React.useRef(active);
    React.useEffect(() => {
        const ended = wasActive.current && !active;
        wasActive.current = active;
        if (!ended || !begun.current) return;
        begun.current = false;
        const order = preferResult ? [result.current, opener.current] : [opener.current, result.current];
        order.find(focusable)?.focus();
    });
    const begin = React.useCallback(() => {
        begun.current = true;
    }, []);
    return { opener, result, begin };
}
