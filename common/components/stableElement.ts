import * as React from "react";

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

function sameProps<P extends object>(a: P, b: P): boolean {
    const keys = Object.keys(a) as (keyof P)[];
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && Object.is(a[key], b[key]));
}
