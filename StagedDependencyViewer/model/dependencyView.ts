import { csvLine, tabLine } from "../../common/model/spreadsheet";
import type { DependencyEntries, Dependency } from "./dependencyEntries";

/**
 * Pure functions from parsed entries to what the list shows: groups by component type, the filtered
 * subset, the flat rows a virtualized list renders, and the text of copy and CSV export. Entry indexes
 * stand for entries throughout so that 100,000 of them cost typed arrays, not objects.
 */

export interface DependencyGroup {
    /** Stable key: `c<code>` for a component type code, `t<text>` for another type, `none`. */
    key: string;
    code: number | undefined;
    /** The type as written when it is not a code. */
    text: string;
    /** Indexes of the group's entries, in list order. */
    members: Int32Array;
}

export interface GroupedDependencies {
    groups: readonly DependencyGroup[];
    /** Whether any entry has a type (otherwise the list shows without group headers). */
    typed: boolean;
}

/**
 * Grouping that follows a reading: `add` takes the entries read since the last call (each entry's group
 * (its type only), `result` gives the groups of everything added. The sliced reading
 * feeds it slice by slice, so that the list is grouped when the last entry is read, without one long pass.
 */
export class DependencyGrouper {
    private groupOf = new Int32Array(1024);
    private added = 0;
    private readonly byCode = new Map<number, number>();
    private readonly byText = new Map<string, number>();
    private readonly groups: { key: string; code: number | undefined; text: string; count: number }[] = [];

    constructor(private readonly entries: DependencyEntries) {}

    /** Groups the entries from the last one added up to `entries.length`. */
    add(upTo = this.entries.length): void {
        const entries = this.entries;
        if (upTo > this.groupOf.length) {
            const grown = new Int32Array(Math.max(upTo, this.groupOf.length * 2));
            grown.set(this.groupOf.subarray(0, this.added));
            this.groupOf = grown;
        }
        for (let i = this.added; i < upTo; i++) {
            // Codes are looked up as numbers: building a string key per entry would dominate the cost.
            const code = entries.typeCodeAt(i);
            let group: number | undefined;
            if (code !== undefined) {
                group = this.byCode.get(code);
                if (group === undefined) this.byCode.set(code, (group = this.newGroup("c" + code, code, "")));
            } else {
                const text = entries.typeTextAt(i);
                const key = text === "" ? "none" : "t" + text.toLowerCase();
                group = this.byText.get(key);
                if (group === undefined) this.byText.set(key, (group = this.newGroup(key, undefined, text)));
            }
            this.groups[group].count += 1;
            this.groupOf[i] = group;
        }
        this.added = Math.max(this.added, upTo);
    }

    /** How many entries have been grouped. */
    get length(): number {
        return this.added;
    }

    /** The groups of the entries added: largest first, entries without a type last. */
    result(): GroupedDependencies {
        const groups = this.groups;
        const members = groups.map((g) => new Int32Array(g.count));
        const filled = new Int32Array(groups.length);
        for (let i = 0; i < this.added; i++) {
            const group = this.groupOf[i];
            members[group][filled[group]++] = i;
        }
        const result = groups.map((g, index) => ({ key: g.key, code: g.code, text: g.text, members: members[index] }));
        result.sort((a, b) => (a.key === "none" ? 1 : 0) - (b.key === "none" ? 1 : 0) || b.members.length - a.members.length);
        return { groups: result, typed: groups.some((g) => g.key !== "none") };
    }

    private newGroup(key: string, code: number | undefined, text: string): number {
        this.groups.push({ key, code, text, count: 0 });
        return this.groups.length - 1;
    }
}

/** Groups by component type (or the type as written), largest first, entries without a type last. */
export function groupDependencies(entries: DependencyEntries): GroupedDependencies {
    const grouper = new DependencyGrouper(entries);
    grouper.add();
    return grouper.result();
}

/** For every entry index, the index of its group in `grouped.groups`. */
export function groupIndexes(grouped: GroupedDependencies, length: number): Int32Array {
    const groupOf = new Int32Array(length);
    grouped.groups.forEach((group, g) => {
        for (let k = 0; k < group.members.length; k++) groupOf[group.members[k]] = g;
    });
    return groupOf;
}

/**
 * Counts entries that repeat an earlier entry (same id, else same name) of the same type, a run of entries
 * at a time: hashing a million identities is the costliest part of a large list, so a reading does it in
 * slices after the list shows. It walks the list in order (a large list's entries are read again from its
 * text, run by run), keeping the identities seen per group.
 */
export class DuplicateCounter {
    private next = 0;
    private readonly groupOf: Int32Array;
    private seen: Set<string>[];
    private found = 0;

    constructor(
        private readonly entries: DependencyEntries,
        grouped: GroupedDependencies,
    ) {
        this.groupOf = groupIndexes(grouped, entries.length);
        this.seen = grouped.groups.map(() => new Set<string>());
    }

    /** Looks at up to `count` more entries; true once every entry is counted. */
    step(count = Infinity): boolean {
        const stop = Math.min(this.entries.length, this.next + count);
        for (let i = this.next; i < stop; i++) {
            const seen = this.seen[this.groupOf[i]];
            const identity = this.entries.identityAt(i);
            if (seen.has(identity)) this.found += 1;
            else seen.add(identity);
        }
        this.next = stop;
        // The identities are not needed once counted.
        if (this.done) this.seen = [];
        return this.done;
    }

    get done(): boolean {
        return this.next >= this.entries.length;
    }

    get duplicates(): number {
        return this.found;
    }
}

/** Entries that repeat an earlier entry (same id, else same name) of the same type. */
export function countDuplicates(entries: DependencyEntries, grouped: GroupedDependencies): number {
    const counter = new DuplicateCounter(entries, grouped);
    counter.step();
    return counter.duplicates;
}

/** What the user reads as a type: the localized component type label, the type as written, or "". */
export type TypeLabeler = (entry: Pick<Dependency, "typeCode" | "type">) => string;

/** Entries per chunk of the search index (one lower-case text per chunk): a few milliseconds to build. */
export const SEARCH_CHUNK_ENTRIES = 4_096;
/** Between two entries' texts in a chunk: a character no search box query holds. */
const ENTRY_SEPARATOR = "\u0000";

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

export interface FilteredGroup {
    group: DependencyGroup;
    members: Int32Array;
}

export interface FilteredDependencies {
    groups: readonly FilteredGroup[];
    matches: number;
}

/**
 * A search over a list, a run of entries at a time (a million entries are searched in slices so that
 * typing never freezes the form): completes the search index first, then marks the entries whose text
 * holds the query chunk by chunk, then keeps each group's marked entries (or all of a group whose type
 * label matches).
 */
export class FilterRun {
    private readonly needle: string;
    private readonly index: SearchIndex;
    private hits: Uint8Array | undefined;
    private chunk = 0;
    private group = 0;
    private member = 0;
    private kept: Int32Array | undefined;
    private found = 0;
    private readonly groups: FilteredGroup[] = [];
    private matches = 0;

    constructor(
        private readonly entries: DependencyEntries,
        private readonly grouped: GroupedDependencies,
        query: string,
        private readonly labelOf: TypeLabeler,
    ) {
        this.needle = query.trim().toLowerCase();
        this.index = searchIndexOf(entries);
    }

    /** Does up to about `count` entries' worth of work; true once the result is complete. */
    step(count = Infinity): boolean {
        const { needle, entries, index } = this;
        const groups = this.grouped.groups;
        if (needle === "" || needle.includes(ENTRY_SEPARATOR)) {
            this.group = groups.length;
            return true;
        }
        let left = count;
        if (!index.complete) {
            const before = index.length;
            index.extend(left);
            left -= index.length - before;
            if (left <= 0 && count !== Infinity) return false;
        }
        const hits = (this.hits ??= new Uint8Array(entries.length));
        while (this.chunk < index.chunkCount && left > 0) left -= index.searchChunk(this.chunk++, needle, hits);
        if (this.chunk < index.chunkCount) return false;
        while (this.group < groups.length && left > 0) {
            const group = groups[this.group];
            const members = group.members;
            if (this.member === 0 && this.kept === undefined) {
                const first = members.length > 0 ? entries.at(members[0]) : undefined;
                // Entries typed by code share their group's label; entries typed by text share it up to case.
                if (first && this.labelOf(first).toLowerCase().includes(needle)) {
                    this.groups.push({ group, members });
                    this.matches += members.length;
                    this.group += 1;
                    continue;
                }
                this.kept = new Int32Array(members.length);
                this.found = 0;
            }
            const kept = this.kept as Int32Array;
            const stop = Math.min(members.length, this.member + left);
            for (let k = this.member; k < stop; k++) {
                const i = members[k];
                if (hits[i] === 1) kept[this.found++] = i;
            }
            left -= stop - this.member;
            this.member = stop;
            if (stop >= members.length) {
                if (this.found > 0) this.groups.push({ group, members: kept.slice(0, this.found) });
                this.matches += this.found;
                this.kept = undefined;
                this.member = 0;
                this.group += 1;
            }
        }
        return this.group >= groups.length;
    }

    /** The entries that match (all when the query is blank); complete once `step` said so. */
    result(): FilteredDependencies {
        if (this.needle === "") {
            return { groups: this.grouped.groups.map((group) => ({ group, members: group.members })), matches: this.entries.length };
        }
        return { groups: this.groups, matches: this.matches };
    }
}

/** Entries whose name, id, type or parent contains the query, case-insensitively; all when the query is blank. */
export function filterDependencies(entries: DependencyEntries, grouped: GroupedDependencies, query: string, labelOf: TypeLabeler): FilteredDependencies {
    const run = new FilterRun(entries, grouped, query, labelOf);
    run.step();
    return run.result();
}

/**
 * The rows of the virtualized list: an entry index (≥ 0), or a group header as -(group position + 1).
 * A typed array filled a group at a time (a block copy per group): a million rows in a few milliseconds,
 * on every search or collapse.
 */
export function listRows(filtered: FilteredDependencies, collapsed: ReadonlySet<string>, withHeaders: boolean): Int32Array {
    const open = (key: string): boolean => !withHeaders || !collapsed.has(key);
    let total = 0;
    for (const { group, members } of filtered.groups) total += (withHeaders ? 1 : 0) + (open(group.key) ? members.length : 0);
    const rows = new Int32Array(total);
    let n = 0;
    filtered.groups.forEach(({ group, members }, position) => {
        if (withHeaders) rows[n++] = -(position + 1);
        if (!open(group.key)) return;
        rows.set(members, n);
        n += members.length;
    });
    return rows;
}

/** Entry indexes of the filtered list, in display order. */
export function filteredIndexes(filtered: FilteredDependencies): number[] {
    const out: number[] = [];
    for (const { members } of filtered.groups) for (let i = 0; i < members.length; i++) out.push(members[i]);
    return out;
}

export interface ExportColumns {
    name: string;
    id: string;
    type: string;
    parent: string;
}

/** How a text for a spreadsheet is written: each row's line, what ends a line, and whether the last line ends too. */
export interface SpreadsheetFormat {
    line(cells: readonly string[]): string;
    lineEnd: string;
    endsWithLineEnd: boolean;
}

/** CSV with the list separator of the user's locale (a semicolon where the decimal separator is a comma). */
export const csvFormat = (separator: "," | ";"): SpreadsheetFormat => ({ line: (cells) => csvLine(cells, separator), lineEnd: "\r\n", endsWithLineEnd: true });

/** Tab-separated with a header line: pastes into a spreadsheet as columns and reads fine as text. */
export const clipboardFormat: SpreadsheetFormat = { line: tabLine, lineEnd: "\n", endsWithLineEnd: false };

/** Where a text is written piece by piece: a file being prepared, or the parts of a text kept whole. */
export interface TextSink {
    write(text: string): void;
}

/**
 * The text copy and CSV export hand to a spreadsheet, in the grid's column order: a header, then each
 * entry's name, type, id and parent. Both go through common/model/spreadsheet (formulas neutralised,
 * control characters removed), so what is copied and what is downloaded are the same cells. Written a run
 * of entries at a time (`step`) to `sink`: a million entries take seconds and make about 100 million
 * characters, so a file is encoded as it is written and no table of cells or lines is kept.
 */
export class SpreadsheetText {
    private next = 0;

    constructor(
        private readonly entries: DependencyEntries,
        private readonly indexes: readonly number[],
        columns: ExportColumns,
        private readonly labelOf: TypeLabeler,
        private readonly format: SpreadsheetFormat,
        private readonly sink: TextSink,
    ) {
        const header = format.line([columns.name, columns.type, columns.id, columns.parent]);
        sink.write(indexes.length === 0 && format.endsWithLineEnd ? header + format.lineEnd : header);
    }

    /** Writes the lines of up to `count` more entries; true once every line is written. */
    step(count = Infinity): boolean {
        if (this.done) return true;
        const stop = Math.min(this.indexes.length, this.next + count);
        const { lineEnd } = this.format;
        let piece = "";
        for (let k = this.next; k < stop; k++) {
            const entry = this.entries.at(this.indexes[k]);
            piece += lineEnd + this.format.line([entry.name, this.labelOf(entry), entry.id, entry.parent]);
        }
        this.next = stop;
        this.sink.write(this.done && this.format.endsWithLineEnd ? piece + lineEnd : piece);
        return this.done;
    }

    get done(): boolean {
        return this.next >= this.indexes.length;
    }

    /** Entries not written yet. */
    get remaining(): number {
        return this.indexes.length - this.next;
    }

    /** Share of the entries written, 0..1. */
    get progress(): number {
        return this.indexes.length === 0 ? 1 : this.next / this.indexes.length;
    }
}

/** The whole text of entries at `indexes` in `format`, written at once. */
function spreadsheetText(
    entries: DependencyEntries,
    indexes: readonly number[],
    columns: ExportColumns,
    labelOf: TypeLabeler,
    format: SpreadsheetFormat,
): string {
    const parts: string[] = [];
    new SpreadsheetText(entries, indexes, columns, labelOf, format, { write: (text) => parts.push(text) }).step();
    return parts.join("");
}

/** CSV of the entries at `indexes`, at once. */
export function toCsv(entries: DependencyEntries, indexes: readonly number[], columns: ExportColumns, labelOf: TypeLabeler, separator: "," | ";"): string {
    return spreadsheetText(entries, indexes, columns, labelOf, csvFormat(separator));
}

/** Tab-separated text of the entries at `indexes`, at once. */
export function toClipboardText(entries: DependencyEntries, indexes: readonly number[], columns: ExportColumns, labelOf: TypeLabeler): string {
    return spreadsheetText(entries, indexes, columns, labelOf, clipboardFormat);
}

/** Longest text a row shows of one field; the full value is in copy and export. */
export const MAX_SHOWN_CHARS = 300;

/** A value as a row shows it: on one line, cut after MAX_SHOWN_CHARS (invisible characters are kept, to be shown as markers). */
export function rowText(text: string): string {
    const flat = text.replace(/[\t\r\n]+/g, " ");
    return flat.length > MAX_SHOWN_CHARS ? flat.slice(0, MAX_SHOWN_CHARS) + "…" : flat;
}

export interface TextPart {
    text: string;
    match: boolean;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The text split around every case-insensitive occurrence of the query, for highlighting. */
export function highlightParts(text: string, query: string): TextPart[] {
    const needle = query.trim();
    if (needle === "" || text === "") return [{ text, match: false }];
    const parts: TextPart[] = [];
    const pattern = new RegExp(escapeRegExp(needle), "giu");
    let last = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        if (m[0] === "") break;
        if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
        parts.push({ text: m[0], match: true });
        last = m.index + m[0].length;
    }
    if (last < text.length) parts.push({ text: text.slice(last), match: false });
    return parts.length > 0 ? parts : [{ text, match: false }];
}

/** Rows per page of the virtualized list where rows may show (Fluent's List default). */
export const LIST_PAGE_ROWS = 10;

/** Where the rows of the virtualized list sit: group headers and entries may differ in height. */
export interface RowLayout {
    /** The height of all rows. */
    total: number;
    /** The height of `count` rows from row `start`. */
    rangeHeight(start: number, count: number): number;
    /** The row at a pixel offset from the list's top. */
    rowAt(pixel: number): number;
}

/**
 * The layout of list rows (an entry index ≥ 0, a group header < 0) in O(groups) memory: a page's height and
 * the row under a pixel come from the header positions by binary search, never from a walk over the rows,
 * so a page that spans a million rows costs no more than one of ten.
 */
export function rowLayout(rows: ArrayLike<number>, headerHeight: number, entryHeight: number): RowLayout {
    const headers: number[] = [];
    for (let i = 0; i < rows.length; i++) if (rows[i] < 0) headers.push(i);
    const headersBefore = (row: number): number => {
        let low = 0;
        let high = headers.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (headers[middle] < row) low = middle + 1;
            else high = middle;
        }
        return low;
    };
    const topOf = (row: number): number => row * entryHeight + headersBefore(row) * (headerHeight - entryHeight);
    const count = rows.length;
    return {
        total: topOf(count),
        rangeHeight: (start, rowsInRange) => {
            const from = Math.max(0, Math.min(start, count));
            return topOf(Math.min(count, from + rowsInRange)) - topOf(from);
        },
        rowAt: (pixel) => {
            let low = 0;
            let high = count;
            while (low < high) {
                const middle = (low + high + 1) >> 1;
                if (topOf(middle) <= pixel) low = middle;
                else high = middle - 1;
            }
            return low;
        },
    };
}

/**
 * How many rows the page of the virtualized list that starts at row `start` holds. Where rows may show
 * (the first page, the pages around `shown`, the rectangle the list renders in pixels from its top, and
 * the page of the focused row) pages hold LIST_PAGE_ROWS rows; elsewhere one page runs up to the next page
 * that may show, so that the list lays out a million rows in a handful of pages instead of 100,000.
 * Without that rectangle (before the list measured itself), every page holds LIST_PAGE_ROWS rows. Pages start
 * at multiples of LIST_PAGE_ROWS. `rowAt` maps a pixel offset to its row (see rowLayout).
 */
export function listPageRows(
    start: number,
    rowCount: number,
    rowAt: (pixel: number) => number,
    shown: { top: number; bottom: number } | undefined,
    focused: number,
): number {
    if (!shown || !(shown.bottom > shown.top) || start === 0) return LIST_PAGE_ROWS;
    const pageOf = (row: number): number => Math.floor(row / LIST_PAGE_ROWS) * LIST_PAGE_ROWS;
    const first = pageOf(Math.max(0, rowAt(shown.top))) - LIST_PAGE_ROWS;
    const end = pageOf(Math.max(0, rowAt(shown.bottom) + 1)) + 2 * LIST_PAGE_ROWS;
    const focusedPage = focused >= 0 ? pageOf(focused) : -1;
    if ((start >= first && start < end) || start === focusedPage) return LIST_PAGE_ROWS;
    let next = start < first ? first : rowCount;
    if (focusedPage > start && focusedPage < next) next = focusedPage;
    return Math.max(LIST_PAGE_ROWS, next - start);
}
