/**
 * Remembers the last input and its result, so a huge bound string is parsed once per distinct value and
 * never again by an updateView that did not change it. `parses` counts real parses (tests and the
 * benchmark read it).
 */
export interface ParseOnce<I, O> {
    (input: I): O;
    readonly parses: number;
}

export function parseOnce<I, O>(parse: (input: I) => O): ParseOnce<I, O> {
    let hasLast = false;
    let lastInput: I;
    let lastOutput: O;
    let parses = 0;
    const run = (input: I): O => {
        if (hasLast && Object.is(input, lastInput)) return lastOutput;
        lastOutput = parse(input);
        lastInput = input;
        hasLast = true;
        parses += 1;
        return lastOutput;
    };
    Object.defineProperty(run, "parses", { get: () => parses });
    return run as ParseOnce<I, O>;
}
