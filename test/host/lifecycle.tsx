import * as React from "react";
import { render, type RenderResult } from "@testing-library/react";
import { loadControl, type ReactControlLike } from "../../scripts/host/lifecycle";

export type { ReactControlLike };

/**
 * Mounts a control like a model-driven form does (the shared fake host's lifecycle): init, then
 * updateView rendered by React, and each later updateView re-rendered into the same root.
 */
export function mountControl<TInputs>(control: ReactControlLike<TInputs, React.ReactElement>, context: ComponentFramework.Context<TInputs>) {
    let view: RenderResult | undefined;
    const hosted = loadControl(control, context, {
        render(element) {
            if (view) view.rerender(element);
            else view = render(element);
        },
        unmount: () => view?.unmount(),
    });
    return {
        view: view as RenderResult,
        update: (next: ComponentFramework.Context<TInputs>): void => hosted.update(next),
        destroy: (): void => hosted.destroy(),
    };
}
