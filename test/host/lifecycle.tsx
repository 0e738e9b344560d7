import * as React from "react";
import { render, type RenderResult } from "@testing-library/react";

/** The lifecycle every control implements, as the host drives it. */
export interface ReactControlLike<TInputs> {
    init(context: ComponentFramework.Context<TInputs>, notifyOutputChanged?: () => void, state?: ComponentFramework.Dictionary): void;
    updateView(context: ComponentFramework.Context<TInputs>): React.ReactElement;
    destroy(): void;
}

/**
 * Mounts a control like a model-driven form does: init, then updateView rendered by React, and each
 * later updateView re-rendered into the same root.
 */
export function mountControl<TInputs>(control: ReactControlLike<TInputs>, context: ComponentFramework.Context<TInputs>) {
    control.init(context, () => undefined, {});
    const view: RenderResult = render(control.updateView(context));
    return {
        view,
        update(next: ComponentFramework.Context<TInputs>): void {
            view.rerender(control.updateView(next));
        },
        destroy(): void {
            control.destroy();
            view.unmount();
        },
    };
}
