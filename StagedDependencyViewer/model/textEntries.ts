import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE } from "./charCodes";
import { addEntries, jsonFormat, JsonEntries, type DependencyEntries, type DependencyList } from "./dependencyEntries";

/**
 * The entries of a very large list kept as the text they were read from. A million parsed objects kept
 * alive would cost more heap than the text itself, and the garbage collector's copying of them is most
 * of what a reading costs beyond JSON.parse. So the sliced reading hands each run of entries here as the
 * values it parsed and where they lie in the text; the values stay only until the next slice (grouping
 * reads them meanwhile), and an entry asked for later is parsed again from the text: its whole run the
 * first time (walks in list order, such as the search index and the duplicate count, go on through it),
 * then from its own few characters (the rows of one group, spread over many runs). Pure: no timers,
 * nothing of the host.
 */

/** Skips a JSON string starting at `i` (its opening quote): the index after its closing quote, or -1 when unclosed. */
export function stringEnd(text: string, i: number): number {
    let close = text.indexOf('"', i + 1);
    while (close !== -1) {
        let backslashes = 0;
        for (let k = close - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
        if (backslashes % 2 === 0) return close + 1;
        close = text.indexOf('"', close + 1);
    }
    return -1;
}

/**
 * Where each value of `text[start, end)` (the inside of a JSON array that parsed) starts, and `end + 1`
 * last: a value spans from its start to just before the comma before the next start. Found by walking
 * the run's characters, skipping strings, and taking the commas outside any nested value.
 */
function valueStarts(text: string, start: number, end: number, count: number): Int32Array | undefined {
    const starts = new Int32Array(count + 1);
    let found = 1;
    starts[0] = start;
    let depth = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            const close = stringEnd(text, i);
            if (close === -1) return undefined;
            i = close - 1;
        } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
        else if (c === COMMA && depth === 0) {
            if (found >= count) return undefined;
            starts[found++] = i + 1;
        }
    }
    if (found !== count) return undefined;
    starts[count] = end + 1;
    return starts;
}

/** A run of entries: the text it was parsed from, the index of its first entry, and how it is read again. */
interface Run {
    start: number;
    end: number;
    first: number;
    count: number;
    /**
     * The run's values when they are not one per entry (nested arrays flattened, blanks left out): kept,
     * since an entry cannot be parsed from its own characters then. Rare in real values.
     */
    kept?: readonly unknown[];
    /** Whether the run was parsed whole once since it was read (the next time, its entries are located). */
    parsedOnce?: boolean;
    /** Where each entry starts, found the second time an entry of the run is asked for. */
    starts?: Int32Array;
}

/** Runs parsed whole and kept for a walk going on through them. */
const CACHED_RUNS = 4;

/** A run whose entries' positions could not be proven keeps its values instead (never expected for text that parsed). */
const UNLOCATED: Int32Array = new Int32Array(0);

class TextEntries extends JsonEntries {
    private readonly runs: Run[] = [];
    private count = 0;
    /** The values of the runs added since the last `release()`: what grouping reads during the reading. */
    private recent: { first: number; values: readonly unknown[] }[] = [];
    private readonly cache: { run: Run; values: readonly unknown[] }[] = [];

    constructor(private readonly text: string) {
        super();
    }

    get length(): number {
        return this.count;
    }

    add(values: readonly unknown[], start: number, end: number): boolean {
        const entries: unknown[] = [];
        const { objects, oneToOne } = addEntries(values, entries);
        if (entries.length === 0) return objects;
        const run: Run = { start, end, first: this.count, count: entries.length };
        if (!oneToOne) run.kept = entries;
        this.runs.push(run);
        this.recent.push({ first: run.first, values: entries });
        this.count += entries.length;
        return objects;
    }

    release(): void {
        this.recent = [];
    }

    protected valueAt(index: number): unknown {
        if (index < 0 || index >= this.count) return undefined;
        for (let r = this.recent.length - 1; r >= 0; r--) {
            const { first, values } = this.recent[r];
            if (index >= first) return index - first < values.length ? values[index - first] : undefined;
        }
        const run = this.runs[this.runOf(index)];
        const k = index - run.first;
        if (run.kept) return run.kept[k];
        for (const cached of this.cache) if (cached.run === run) return cached.values[k];
        if (run.starts === undefined && !run.parsedOnce) {
            // First asked for: most walks go on through the run (search, duplicates, export), so it is parsed whole, once.
            run.parsedOnce = true;
            const values = this.parseRun(run);
            this.cache.unshift({ run, values });
            if (this.cache.length > CACHED_RUNS) this.cache.pop();
            return values[k];
        }
        // Asked for again after that: each entry from its own characters (a view shows a few of many runs).
        run.starts ??= valueStarts(this.text, run.start, run.end, run.count) ?? UNLOCATED;
        if (run.starts === UNLOCATED) {
            run.kept = this.parseRun(run);
            return run.kept[k];
        }
        try {
            return JSON.parse(this.text.slice(run.starts[k], run.starts[k + 1] - 1)) as unknown;
        } catch {
            return undefined;
        }
    }

    /** The run holding entry `index`: the last run starting at or before it. */
    private runOf(index: number): number {
        const runs = this.runs;
        let low = 0;
        let high = runs.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (runs[middle].first <= index) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    private parseRun(run: Run): unknown[] {
        const entries: unknown[] = [];
        try {
            addEntries(JSON.parse("[" + this.text.slice(run.start, run.end) + "]") as unknown[], entries);
        } catch {
            // The run parsed when it was read; the text is the same string, so this does not happen.
        }
        return entries;
    }
}

/**
 * The entries of a list as they are read, run by run (the sliced reading shows the first ones while the
 * rest is still being read). `entries` is one object that grows: its length is what has been read so
 * far, and its entries never change once added, so rows shown early stay right. `finish` gives the list
 * over the same entries (nothing is copied).
 */
export class EntryCollector {
    private readonly store: TextEntries;
    private objects = false;
    readonly entries: DependencyEntries;

    /** `text`: the value the runs are read from (each entry is parsed from it again when asked for). */
    constructor(text: string) {
        this.store = new TextEntries(text);
        this.entries = this.store;
    }

    /** Adds the entries of the next run, `text[start, end)` parsed as the inside of an array, in order. */
    add(values: readonly unknown[], start: number, end: number): void {
        if (this.store.add(values, start, end)) this.objects = true;
    }

    /**
     * Lets the values added so far go (call when the entries read up to now have been handed out and
     * grouped); their entries are parsed from the text again when asked for.
     */
    release(): void {
        this.store.release();
    }

    get length(): number {
        return this.store.length;
    }

    /** The list of everything added (`wrapped`: an object held it); empty when no entry is left. */
    finish(wrapped: boolean, truncated: boolean): DependencyList {
        if (this.store.length === 0) return { kind: "empty" };
        return { kind: "list", entries: this.entries, format: jsonFormat(wrapped, this.objects), truncated };
    }
}
