/**
 * Remembers the last call: called again with the same arguments (Object.is, one by one) it hands back the
 * same result object without building it again. Models use it to stay the same objects across updateViews
 * whose field reads did not change, so memoized views skip their render.
 */
export function memoLast<A extends readonly unknown[], R>(build: (...args: A) => R): (...args: A) => R {
    let last: { args: A; result: R } | undefined;
    return (...args: A): R => {
        const previous = last;
        if (previous && previous.args.length === args.length && args.every((arg, i) => Object.is(arg, previous.args[i]))) return previous.result;
        const result = build(...args);
        last = { args, result };
        return result;
    };
}
