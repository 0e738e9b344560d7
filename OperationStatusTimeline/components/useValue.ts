import * as React from "react";

export interface ValueState<T> {
    value: T;
    set(next: T): void;
}

/**
 * React state as an object. The build's Babel targets expand array destructuring (`const [a, setA]`) into
 * a large helper copied into every file that uses it; this keeps the bundle free of those copies.
 */
export function useValue<T>(initial: T | (() => T)): ValueState<T> {
    const state = React.useState(initial);
    return { value: state[0], set: state[1] };
}
