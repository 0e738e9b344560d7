import type { DependencyEntries, Dependency } from "./dependencyEntries";

/**
 * The search index of a list: its entries' texts lower-cased in chunks, built once per list (a reading
 * builds it as it goes), so a query is a few string searches instead of one per entry. Pure.
 */

/** Entries per chunk of the search index (one lower-case text per chunk): a few milliseconds to build. */
export const SEARCH_CHUNK_ENTRIES = 4_096;
/** Between two entries' texts in a chunk: a character no search box query holds. */
export const ENTRY_SEPARATOR = "\u0000";

interface SearchChunk {
    /** The lower-case name, id and parent of each entry ("\n" between them), each entry followed by a NUL. */
    text: string;
    /** Where each entry's text starts in `text`, and (last) where the chunk ends. */
    starts: Int32Array;
    /** The index of the chunk's first entry. */
    first: number;
}

/** The text of one entry that a search looks in, before lower-casing. */
function searchTextOf(entry: Dependency): string {
    return entry.name + "\n" + entry.id + "\n" + entry.parent;
}

/** Lower-cases a chunk's texts: at once, or one by one where lower case changes a text's length (rare letters). */
function chunkOf(parts: string[], first: number): SearchChunk {
    const starts = new Int32Array(parts.length + 1);
    const fill = (): void => {
        let at = 0;
        for (let k = 0; k < parts.length; k++) {
            starts[k] = at;
            at += parts[k].length + 1;
        }
        starts[parts.length] = at;
    };
    fill();
    const raw = parts.join(ENTRY_SEPARATOR) + ENTRY_SEPARATOR;
    const text = raw.toLowerCase();
    if (text.length === raw.length) return { text, starts, first };
    for (let k = 0; k < parts.length; k++) parts[k] = parts[k].toLowerCase();
    fill();
    return { text: parts.join(ENTRY_SEPARATOR) + ENTRY_SEPARATOR, starts, first };
}

/** The entry (its position in the chunk) whose text holds the character at `at`: the last start at or before it. */
function entryAt(starts: Int32Array, at: number): number {
    let low = 0;
    let high = starts.length - 2;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= at) low = middle;
        else high = middle - 1;
    }
    return low;
}

/**
 * The lower-case text of every entry's name, id and parent, built once per list as a few hundred long
 * texts (a chunk of entries each) rather than one string per entry: a search is then the engine's
 * `indexOf` over each chunk, and a hit's entry is found by a binary search over the chunk's offsets.
 * Type labels are matched per group (every entry of a group has its group's label). `extend` builds it a
 * chunk at a time, so a reading can build it between slices; a search completes what is missing.
 */
export class SearchIndex {
    private readonly chunks: SearchChunk[] = [];
    private indexed = 0;

    constructor(private readonly entries: DependencyEntries) {}

    /** How many entries are indexed. */
    get length(): number {
        return this.indexed;
    }

    /** Indexes at least `count` more entries, whole chunks at a time (all that are missing by default). */
    extend(count = Infinity): void {
        const entries = this.entries;
        const stop = Math.min(entries.length, this.indexed + Math.max(count, 1));
        while (this.indexed < stop) {
            const first = this.indexed;
            const end = Math.min(entries.length, first + SEARCH_CHUNK_ENTRIES);
            const parts = new Array<string>(end - first);
            for (let i = first; i < end; i++) parts[i - first] = searchTextOf(entries.at(i));
            this.chunks.push(chunkOf(parts, first));
            this.indexed = end;
        }
    }

    /** Indexes about `count` more entries; true once every entry is indexed. */
    step(count: number): boolean {
        this.extend(count);
        return this.complete;
    }

    /** Whether every entry is indexed. */
    get complete(): boolean {
        return this.indexed >= this.entries.length;
    }

    /** How many chunks are built. */
    get chunkCount(): number {
        return this.chunks.length;
    }

    /**
     * Marks in `hits` (by entry index) the entries of chunk `c` whose text contains `needle` (lower case,
     * without NUL); returns how many entries the chunk holds.
     */
    searchChunk(c: number, needle: string, hits: Uint8Array): number {
        const { text, starts, first } = this.chunks[c];
        const last = starts.length - 1;
        let from = 0;
        for (;;) {
            const at = text.indexOf(needle, from);
            if (at === -1) break;
            const k = entryAt(starts, at);
            // Within the entry's text, not across the NUL after it.
            if (at + needle.length < starts[k + 1]) hits[first + k] = 1;
            if (k + 1 >= last) break;
            from = starts[k + 1];
        }
        return last;
    }
}

const searchIndexes = new WeakMap<DependencyEntries, SearchIndex>();

/** The search index of a list: the one a reading built or is building, else a new one. */
export function searchIndexOf(entries: DependencyEntries): SearchIndex {
    let index = searchIndexes.get(entries);
    if (!index) {
        index = new SearchIndex(entries);
        searchIndexes.set(entries, index);
    }
    return index;
}
