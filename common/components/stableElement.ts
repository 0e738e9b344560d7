import * as React from "react";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import type { HostEnvironment } from "../host/environment";
import { ControlRoot } from "./ControlRoot";

/**
 * An element that stays the same object while its props are the same values (Object.is, prop by prop).
 * A control's index builds its view through one, so that an updateView that changes nothing hands the
 * memoized root (ControlRoot) an identical child and React skips the whole tree.
 */
export class StableElement<P extends object> {
    private props: P | undefined;
    private element: React.ReactElement<P> | undefined;

    constructor(private readonly type: React.ComponentType<P>) {}

    /** The element for `props`: the last one when every prop is the same as last time. */
    of(props: P): React.ReactElement<P> {
        if (this.element && this.props && sameProps(this.props, props)) return this.element;
        this.props = props;
        this.element = React.createElement(this.type, props);
        return this.element;
    }
}

/**
 * The one way a control's index keeps its root stable: ControlRoot (host, theme, the control's label)
 * around the control's view, the same element object while the host, the theme and every prop of the
 * view are the same values. An updateView that changes nothing hands React the element it has, so React
 * does not even look inside.
 */
export class StableRoot<P extends object> {
    private readonly view: StableElement<P>;
    private last: { host: HostEnvironment; theme: Theme; view: React.ReactElement<P>; element: React.ReactElement } | undefined;

    /** `labelKey`: the string naming the control's region for screen readers. */
    constructor(
        type: React.ComponentType<P>,
        private readonly labelKey: string,
    ) {
        this.view = new StableElement(type);
    }

    of(host: HostEnvironment, theme: Theme, props: P): React.ReactElement {
        const view = this.view.of(props);
        const last = this.last;
        if (last && last.host === host && last.theme === theme && last.view === view) return last.element;
        const element = React.createElement(ControlRoot, { host, theme, label: host.t(this.labelKey) }, view);
        this.last = { host, theme, view, element };
        return element;
    }
}

function sameProps<P extends object>(a: P, b: P): boolean {
    const keys = Object.keys(a) as (keyof P)[];
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && Object.is(a[key], b[key]));
}
