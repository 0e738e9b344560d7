import { toCsvText, toTabText } from "../../common/model/spreadsheet";
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

/**
 * Counts entries that repeat an earlier entry (same id, else same name) of the same type, a run of entries
 * at a time: hashing a million identities is the costliest part of a large list, so a reading does it in
 * slices after the list shows.
 */
export class DuplicateCounter {
    private group = 0;
    private member = 0;
    private seen = new Set<string>();
    private found = 0;

    constructor(
        private readonly entries: DependencyEntries,
        private readonly grouped: GroupedDependencies,
    ) {}

    /** Looks at up to `count` more entries; true once every entry is counted. */
    step(count = Infinity): boolean {
        const groups = this.grouped.groups;
        let left = count;
        while (this.group < groups.length && left > 0) {
            const members = groups[this.group].members;
            const stop = Math.min(members.length, this.member + left);
            for (let k = this.member; k < stop; k++) {
                const identity = this.entries.identityAt(members[k]);
                if (this.seen.has(identity)) this.found += 1;
                else this.seen.add(identity);
            }
            left -= stop - this.member;
            this.member = stop;
            if (this.member >= members.length) {
                this.group += 1;
                this.member = 0;
                this.seen = new Set();
            }
        }
        return this.done;
    }

    get done(): boolean {
        return this.group >= this.grouped.groups.length;
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

/**
 * The lower-case text of each entry's name, id and parent, built once per list (type labels are matched
 * per group: every entry of a group has its group's label). `extend` builds it a run at a time, so a
 * reading can build it between slices; a search completes what is missing.
 */
export class SearchIndex {
    private readonly texts: string[] = [];

    constructor(private readonly entries: DependencyEntries) {}

    get length(): number {
        return this.texts.length;
    }

    /** Indexes up to `count` more entries (all that are missing by default). */
    extend(count = Infinity): void {
        const entries = this.entries;
        const stop = Math.min(entries.length, this.texts.length + count);
        for (let i = this.texts.length; i < stop; i++) {
            const entry = entries.at(i);
            this.texts.push(`${entry.name}\n${entry.id}\n${entry.parent}`.toLowerCase());
        }
    }

    /** Whether every entry is indexed. */
    get complete(): boolean {
        return this.texts.length >= this.entries.length;
    }

    /** The texts of every entry, completing the index first. */
    all(): readonly string[] {
        if (!this.complete) this.extend();
        return this.texts;
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
 * typing never freezes the form): completes the search index first, then tests each group's entries.
 */
export class FilterRun {
    private readonly needle: string;
    private readonly index: SearchIndex;
    private group = 0;
    private member = 0;
    private hits: Int32Array | undefined;
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
        const { needle, entries } = this;
        const groups = this.grouped.groups;
        if (needle === "") {
            this.group = groups.length;
            return true;
        }
        if (!this.index.complete) {
            this.index.extend(count);
            if (!this.index.complete || count !== Infinity) return false;
        }
        const texts = this.index.all();
        let left = count;
        while (this.group < groups.length && left > 0) {
            const group = groups[this.group];
            const members = group.members;
            if (this.member === 0 && this.hits === undefined) {
                const first = members.length > 0 ? entries.at(members[0]) : undefined;
                // Entries typed by code share their group's label; entries typed by text share it up to case.
                if (first && this.labelOf(first).toLowerCase().includes(needle)) {
                    this.groups.push({ group, members });
                    this.matches += members.length;
                    this.group += 1;
                    continue;
                }
                this.hits = new Int32Array(members.length);
                this.found = 0;
            }
            const hits = this.hits as Int32Array;
            const stop = Math.min(members.length, this.member + left);
            for (let k = this.member; k < stop; k++) {
                const i = members[k];
                if (texts[i].includes(needle)) hits[this.found++] = i;
            }
            left -= stop - this.member;
            this.member = stop;
            if (stop >= members.length) {
                if (this.found > 0) this.groups.push({ group, members: hits.slice(0, this.found) });
                this.matches += this.found;
                this.hits = undefined;
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
 * Numbers keep 100,000 rows cheap to build on every search or collapse.
 */
export function listRows(filtered: FilteredDependencies, collapsed: ReadonlySet<string>, withHeaders: boolean): number[] {
    const total = filtered.groups.reduce((sum, g) => sum + g.members.length, 0) + (withHeaders ? filtered.groups.length : 0);
    const rows = new Array<number>(total);
    let n = 0;
    filtered.groups.forEach(({ group, members }, position) => {
        if (withHeaders) rows[n++] = -(position + 1);
        if (withHeaders && collapsed.has(group.key)) return;
        for (let i = 0; i < members.length; i++) rows[n++] = members[i];
    });
    rows.length = n;
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

/**
 * The rows copy and CSV export hand to a spreadsheet, in the grid's column order: a header, then each
 * entry's name, type, id and parent. Both go through common/model/spreadsheet (formulas neutralised,
 * control characters removed), so what is copied and what is downloaded are the same cells.
 */
export function exportRows(entries: DependencyEntries, indexes: readonly number[], columns: ExportColumns, labelOf: TypeLabeler): string[][] {
    const rows: string[][] = [[columns.name, columns.type, columns.id, columns.parent]];
    for (const i of indexes) {
        const entry = entries.at(i);
        rows.push([entry.name, labelOf(entry), entry.id, entry.parent]);
    }
    return rows;
}

/** CSV with the list separator of the user's locale (a semicolon where the decimal separator is a comma). */
export function toCsv(entries: DependencyEntries, indexes: readonly number[], columns: ExportColumns, labelOf: TypeLabeler, separator: "," | ";"): string {
    return toCsvText(exportRows(entries, indexes, columns, labelOf), separator);
}

/** Tab-separated with a header line: pastes into a spreadsheet as columns and reads fine as text. */
export function toClipboardText(entries: DependencyEntries, indexes: readonly number[], columns: ExportColumns, labelOf: TypeLabeler): string {
    return toTabText(exportRows(entries, indexes, columns, labelOf));
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
