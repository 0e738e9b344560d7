import { runInSlices, type SliceScheduler } from "../../common/model/slices";
import { CLOSE_BRACE, CLOSE_BRACKET, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE, SPACE } from "./charCodes";
import { MAX_WRAPPER_DEPTH, tokenList, type DependencyEntries, type DependencyList } from "./dependencyEntries";
import { EntryCollector, stringEnd } from "./textEntries";
import { addTokens, DELIMITERS, MAX_DEPENDENCY_CHARS, MAX_TOKEN_CHARS, parseDependencies, pickWrapped, type WrapperEntry } from "./parseDependencies";

/**
 * Reading a very large value in slices, between which the browser paints and handles input. A JSON array
 * (at the top, or the one a wrapping object holds, chosen as `parseDependencies` does) is scanned for the
 * commas between its entries, and each run of complete entries is parsed with JSON.parse; delimited text
 * is split slice by slice. The result equals `parseDependencies` for well-formed input; an array cut off
 * mid-way gives its complete entries, flagged as truncated. The entries of an array are handed out as
 * they are read (`onEntries`), in the order of the value, so the first rows show long before the end.
 * Pure: the caller hands in the scheduler that runs the next slice and its clock (sources/ owns the timers).
 */

/**
 * Up to this size a value is parsed at once (about 11,000 entries, a few milliseconds); beyond it, in
 * slices, showing the first entries while the rest is read (a 100,000-entry list is about 9 million characters).
 */
export const SYNC_PARSE_MAX_CHARS = 1_000_000;

export interface ChunkedParseOptions {
    /** Runs each next slice (common/sources/timers.ts has the page's). */
    scheduler: SliceScheduler;
    /** Characters scanned per step (default 250,000: a few milliseconds); a slice runs steps for its time budget. */
    sliceChars?: number;
    /** Characters of complete entries handed to JSON.parse at once (default 250,000). */
    segmentChars?: number;
    /** Time a slice may take, in milliseconds, when the scheduler has a clock (default 30; the first slice 10). */
    budgetMs?: number;
    /** Share of the text read so far, 0..1, after each slice. */
    onProgress?(fraction: number): void;
    /**
     * After a slice that read entries of the list: the entries so far (one object that grows, in the order of
     * the value). Not called for delimited text or values read in one step.
     */
    onEntries?(entries: DependencyEntries): void;
}

export interface ChunkedParse {
    readonly result: Promise<DependencyList>;
    /** Stops the work; `result` then never settles. */
    cancel(): void;
}

/** One step of work: the list when reading is done, undefined while there is more to read. */
type Step = (() => DependencyList | undefined) & { position?: () => number; entries?: () => EntryCollector | undefined };

const DEFAULT_BUDGET_MS = 30;
const FIRST_BUDGET_MS = 10;
/** Steps a slice runs at most, whatever its clock says (a stopped clock, as in tests, must not read everything at once). */
const MAX_STEPS_PER_SLICE = 16;

export function parseDependenciesInChunks(text: string, options: ChunkedParseOptions): ChunkedParse {
    const scheduler = options.scheduler;
    const sliceChars = Math.max(1, options.sliceChars ?? 250_000);
    const segmentChars = Math.max(1, options.segmentChars ?? 250_000);
    let cancelled = false;
    let resolveResult: (list: DependencyList) => void = () => undefined;
    const result = new Promise<DependencyList>((resolve) => {
        resolveResult = resolve;
    });
    const finish = (list: DependencyList): void => {
        if (!cancelled) {
            options.onProgress?.(1);
            resolveResult(list);
        }
    };

    let step: Step;
    let start = 0;
    while (start < text.length && text.charCodeAt(start) <= SPACE) start++;
    const first = text.charCodeAt(start);
    if (text.length > MAX_DEPENDENCY_CHARS) step = () => ({ kind: "tooLarge", length: text.length });
    else if (start === text.length) step = () => ({ kind: "empty" });
    else if (first === OPEN_BRACKET) step = arrayScanner(text, start, false, sliceChars, segmentChars);
    else if (first === OPEN_BRACE) step = wrapperScanner(text, start, sliceChars, segmentChars);
    else if (first === QUOTE) step = () => parseDependencies(text);
    else step = delimitedScanner(text, start, sliceChars);

    const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    let emitted = 0;
    let list: DependencyList | undefined;
    const cancel = runInSlices(scheduler, {
        budgetMs,
        maxSteps: MAX_STEPS_PER_SLICE,
        // The first slice is one step: the first rows show as soon as they are read.
        first: { budgetMs: Math.min(FIRST_BUDGET_MS, budgetMs), maxSteps: 1 },
        // The entries handed out after the last slice are grouped: their parsed values may go.
        beforeSlice: () => step.entries?.()?.release(),
        step: () => {
            try {
                list = step();
            } catch {
                // Malformed JSON found late: the entries shown so far belong to a value that is not a list after all.
                list = { kind: "raw", text, reason: "malformed" };
            }
            return list !== undefined;
        },
        afterSlice: (done) => {
            const collector = step.entries?.();
            const handOut = collector && collector.length > emitted && (!list || (list.kind === "list" && list.entries === collector.entries));
            if (handOut) {
                emitted = collector.length;
                options.onEntries?.(collector.entries);
            }
            // The last entries are handed out (and grouped) above; their parsed values may go now.
            if (done) collector?.release();
            else options.onProgress?.(Math.min(0.99, (step.position?.() ?? 0) / text.length));
        },
        onDone: () => finish(list as DependencyList),
    });
    return {
        result,
        cancel(): void {
            cancelled = true;
            cancel();
        },
    };
}

const isOpening = (c: number): boolean => c === OPEN_BRACE || c === OPEN_BRACKET;
const isClosing = (c: number): boolean => c === CLOSE_BRACE || c === CLOSE_BRACKET;

/** The keys of a wrapping object that hold arrays (by the index of their `[`) or objects, in text order. */
interface ObjectShape {
    entries: WrapperEntry<number, ObjectShape>[];
}

/**
 * A wrapping object in two passes: first its shape (where each key's array or object starts, without parsing
 * the entries), to choose the list as `parseDependencies` would; then that array, entry run by entry run.
 */
function wrapperScanner(text: string, start: number, sliceChars: number, segmentChars: number): Step {
    const root: ObjectShape = { entries: [] };
    /** Open containers; objects near the top record their shape (the list is at most MAX_WRAPPER_DEPTH down). */
    const stack: { shape?: ObjectShape; object: boolean; expectKey: boolean; key: string; level: number }[] = [];
    let i = start;
    let list: Step | undefined;
    const choose = (): DependencyList | undefined => {
        const at = pickWrapped(root.entries, (o) => o.entries, 0);
        // No array anywhere it would be looked for: a single entry, {} or not a list, as the one-shot reading says.
        if (at === undefined) return parseDependencies(text);
        list = arrayScanner(text, at, true, sliceChars, segmentChars);
        return undefined;
    };
    const shapeStep = (): DependencyList | undefined => {
        const stop = Math.min(text.length, i + sliceChars);
        while (i < stop) {
            const c = text.charCodeAt(i);
            const top = stack[stack.length - 1];
            if (c === QUOTE) {
                const end = stringEnd(text, i);
                if (end === -1) {
                    i = text.length;
                    break;
                }
                if (top?.shape && top.expectKey) {
                    top.key = end - i <= MAX_TOKEN_CHARS ? String(JSON.parse(text.slice(i, end))) : "";
                    top.expectKey = false;
                }
                i = end;
                continue;
            }
            if (isOpening(c)) {
                const level = top ? top.level + 1 : 0;
                let shape: ObjectShape | undefined;
                if (!top) shape = root;
                else if (top.shape && c === OPEN_BRACE && level <= MAX_WRAPPER_DEPTH) {
                    shape = { entries: [] };
                    top.shape.entries.push({ key: top.key, object: shape });
                } else if (top.shape && c === OPEN_BRACKET) top.shape.entries.push({ key: top.key, array: i });
                stack.push({ shape, object: c === OPEN_BRACE, expectKey: c === OPEN_BRACE, key: "", level });
            } else if (isClosing(c)) {
                if (!stack.pop()) throw new SyntaxError("unbalanced");
                if (stack.length === 0) {
                    i++;
                    return choose();
                }
            } else if (c === COMMA && top?.object) top.expectKey = true;
            i++;
        }
        if (i < text.length) return undefined;
        // The text ended before the object closed: the list chosen among what was seen keeps its complete entries.
        return choose();
    };
    // Undefined: more to read, in this pass or (once the list is chosen) the next.
    const step: Step = () => (list ? list() : shapeStep());
    step.position = () => (list ? (text.length + (list.position?.() ?? 0)) / 2 : i / 2);
    step.entries = () => list?.entries?.();
    return step;
}

/**
 * Where an entry of the kind that starts with the key character may end and the next one of that kind
 * begin (`},{`, `","`, `],[`, with any spaces): found by the regular expression engine, not character by
 * character in script. Lists of mixed kinds fall back to the scan where the next entry is of another kind.
 */
const ENTRY_BOUNDARIES: Readonly<Record<number, RegExp>> = {
    [OPEN_BRACE]: /\}\s*,\s*\{/g,
    [QUOTE]: /"\s*,\s*"/g,
    [OPEN_BRACKET]: /\]\s*,\s*\[/g,
};
/** How far past a run's planned end a boundary is looked for before reading character by character. */
const BOUNDARY_WINDOW = 65_536;

/**
 * The end of a likely run of complete entries from `start` (an entry's first character, maybe after
 * spaces) to about `from`: the index just after the value before the next candidate boundary, or -1 when
 * none is near. A candidate may lie inside a string or a nested value; the caller proves it by parsing the
 * run, which then fails (the run ends inside a string or a container).
 */
function candidateEnd(text: string, start: number, from: number): number {
    if (from >= text.length) return -1;
    let first = start;
    while (first < from && text.charCodeAt(first) <= SPACE) first++;
    const boundary = ENTRY_BOUNDARIES[text.charCodeAt(first)];
    if (!boundary) return -1;
    const window = text.slice(from, from + BOUNDARY_WINDOW);
    boundary.lastIndex = 0;
    const match = boundary.exec(window);
    return match ? from + match.index + 1 : -1;
}

/** The values of `text[start, end)` read as the inside of an array; undefined when that is not valid JSON. */
function parseRun(text: string, start: number, end: number): unknown[] | undefined {
    try {
        return JSON.parse("[" + text.slice(start, end) + "]") as unknown[];
    } catch {
        return undefined;
    }
}

/**
 * A JSON array from its `[` at `start`: its entries are parsed a run of complete entries at a time. From
 * each boundary between entries, the next run ends at a candidate boundary about `segmentChars` on, which
 * JSON.parse proves (a run that parses started and ended between entries: a cut inside a string or a
 * nested value leaves it unclosed). Only where no candidate proves right are characters scanned one by one.
 */
function arrayScanner(text: string, start: number, wrapped: boolean, sliceChars: number, segmentChars: number): Step {
    const collector = new EntryCollector(text);
    let i = start;
    let depth = 0;
    /** Depth of the list array once found (its entries sit at listDepth + 1). */
    let listDepth = -1;
    let segmentStart = -1;
    let lastEntryEnd = -1;
    /** Up to here the text is scanned character by character (a candidate boundary there proved wrong). */
    let carefulUntil = -1;
    /** Tries to read the run from `segmentStart` up to a candidate boundary; true when it did. */
    const fastRun = (): boolean => {
        const end = candidateEnd(text, segmentStart, segmentStart + segmentChars);
        const comma = end === -1 ? -1 : text.indexOf(",", end);
        const values = comma === -1 ? undefined : parseRun(text, segmentStart, end);
        if (!values) {
            carefulUntil = end === -1 ? segmentStart + segmentChars + BOUNDARY_WINDOW : end;
            return false;
        }
        collector.add(values, segmentStart, end);
        lastEntryEnd = comma;
        segmentStart = comma + 1;
        i = segmentStart;
        return true;
    };
    const flush = (end: number): void => {
        if (end > segmentStart) {
            const body = text.slice(segmentStart, end);
            if (body.trim() !== "") collector.add(JSON.parse("[" + body + "]") as unknown[], segmentStart, end);
        }
        segmentStart = end + 1;
    };
    const done = (truncated: boolean): DependencyList => {
        const list = collector.finish(wrapped, truncated);
        return list.kind === "empty" && truncated ? { kind: "raw", text, reason: "malformed" } : list;
    };
    const step: Step = () => {
        const stop = Math.min(text.length, i + sliceChars);
        while (i < stop) {
            if (i === segmentStart && i >= carefulUntil && fastRun()) continue;
            const c = text.charCodeAt(i);
            if (c === QUOTE) {
                const end = stringEnd(text, i);
                if (end === -1) {
                    i = text.length;
                    break;
                }
                i = end;
                continue;
            }
            if (isOpening(c)) {
                depth++;
                if (listDepth < 0 && c === OPEN_BRACKET && depth === 1) {
                    listDepth = depth;
                    segmentStart = i + 1;
                }
            } else if (isClosing(c)) {
                if (depth === listDepth) {
                    flush(i);
                    return done(false);
                }
                depth--;
                if (depth < 0) throw new SyntaxError("unbalanced");
            } else if (c === COMMA && depth === listDepth) {
                lastEntryEnd = i;
                if (i - segmentStart >= segmentChars) flush(i);
            }
            i++;
        }
        if (i < text.length) return undefined;
        // The end of the text came before the list closed.
        if (listDepth < 0) return parseDependencies(text);
        if (lastEntryEnd >= segmentStart) flush(lastEntryEnd);
        return done(true);
    };
    step.position = () => i;
    step.entries = () => collector;
    return step;
}

function delimitedScanner(text: string, start: number, sliceChars: number): Step {
    const tokens: string[] = [];
    let i = start;
    const step: Step = () => {
        let end = Math.min(text.length, i + sliceChars);
        // Extend the slice to the next delimiter so no token is split.
        while (end < text.length && !DELIMITERS.test(text[end])) {
            if (++end - i > sliceChars + MAX_TOKEN_CHARS) return { kind: "raw", text, reason: "unrecognized" };
        }
        if (!addTokens(text.slice(i, end), tokens)) return { kind: "raw", text, reason: "unrecognized" };
        i = end;
        if (i < text.length) return undefined;
        return tokenList(tokens);
    };
    step.position = () => i;
    return step;
}
