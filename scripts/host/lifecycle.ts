/**
 * The lifecycle a host drives a virtual control through: init, then updateView whose element the host
 * renders, again on every change, and destroy before the element is unmounted. How an element is
 * rendered is the caller's (testing-library in jest, ReactDOM in the gallery), so no React is imported.
 */

/** The lifecycle every control implements, as the host drives it. */
export interface ReactControlLike<TInputs, TElement = unknown> {
    init(context: ComponentFramework.Context<TInputs>, notifyOutputChanged?: () => void, state?: ComponentFramework.Dictionary): void;
    updateView(context: ComponentFramework.Context<TInputs>): TElement;
    destroy(): void;
}

export interface ControlView<TElement> {
    /** Renders the element updateView returned (the first call mounts, later ones re-render). */
    render(element: TElement): void;
    unmount(): void;
}

export interface HostedControl<TInputs> {
    /** init, as a form does when it loads the control. */
    init(context: ComponentFramework.Context<TInputs>): void;
    /** updateView with a (new) context and render its element. */
    update(context: ComponentFramework.Context<TInputs>): void;
    /** destroy() the control, then unmount its view (even when destroy throws). */
    destroy(): void;
}

export interface HostOptions {
    notifyOutputChanged?: () => void;
    state?: ComponentFramework.Dictionary;
}

/** A control in a host that renders its elements into `view`; nothing happens until `init`. */
export function hostControl<TInputs, TElement>(
    control: ReactControlLike<TInputs, TElement>,
    view: ControlView<TElement>,
    { notifyOutputChanged = () => undefined, state = {} }: HostOptions = {},
): HostedControl<TInputs> {
    return {
        init: (context) => control.init(context, notifyOutputChanged, state),
        update: (context) => view.render(control.updateView(context)),
        destroy(): void {
            try {
                control.destroy();
            } finally {
                view.unmount();
            }
        },
    };
}

/** init → updateView → render, as a form loads the control. */
export function loadControl<TInputs, TElement>(
    control: ReactControlLike<TInputs, TElement>,
    context: ComponentFramework.Context<TInputs>,
    view: ControlView<TElement>,
    options?: HostOptions,
): HostedControl<TInputs> {
    const hosted = hostControl(control, view, options);
    hosted.init(context);
    hosted.update(context);
    return hosted;
}
