import * as React from "react";
import { render, type RenderResult } from "@testing-library/react";
import { loadControl, type ReactControlLike } from "../../scripts/host/lifecycle";

/**
 * A control mounted as a form does, with React's Profiler around the element each updateView returns:
 * `commits()` counts the commits in which React rendered any part of the control's tree (a new element,
 * a source's update, a view's own state). The Profiler element is reused while updateView hands back the
 * same element, so an unchanged element costs no commit, as it costs React nothing. `changes()` are the
 * DOM mutations inside the control since the last call: what a user could see change. Neither depends on
 * how the views are split into components.
 */
export function mountProfiled<TInputs>(control: ReactControlLike<TInputs, React.ReactElement>, context: ComponentFramework.Context<TInputs>) {
    let commits = 0;
    const onRender = (): void => {
        commits += 1;
    };
    let lastElement: React.ReactElement | undefined;
    let wrapped: React.ReactElement | undefined;
    const wrap = (element: React.ReactElement): React.ReactElement => {
        if (element !== lastElement || !wrapped) {
            lastElement = element;
            wrapped = (
                <React.Profiler id="control" onRender={onRender}>
                    {element}
                </React.Profiler>
            );
        }
        return wrapped;
    };
    let view: RenderResult | undefined;
    const hosted = loadControl(control, context, {
        render(element) {
            if (view) view.rerender(wrap(element));
            else view = render(wrap(element));
        },
        unmount: () => view?.unmount(),
    });
    const container = (view as RenderResult).container;
    let seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true });
    return {
        container,
        commits: (): number => commits,
        /** The DOM mutations since the last call. */
        changes(): MutationRecord[] {
            const all = [...seen, ...observer.takeRecords()];
            seen = [];
            return all;
        },
        update: (next: ComponentFramework.Context<TInputs>): void => hosted.update(next),
        destroy(): void {
            observer.disconnect();
            hosted.destroy();
        },
    };
}

/** Whether any of `changes` happened inside an element matching `selector`, or added or removed one. */
export function changedWithin(changes: readonly MutationRecord[], selector: string): boolean {
    const matches = (node: Node | null): boolean => {
        const element = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
        return element !== null && element.closest(selector) !== null;
    };
    const holds = (node: Node): boolean => node.nodeType === 1 && ((node as Element).matches(selector) || (node as Element).querySelector(selector) !== null);
    return changes.some((change) => matches(change.target) || [...Array.from(change.addedNodes), ...Array.from(change.removedNodes)].some(holds));
}
