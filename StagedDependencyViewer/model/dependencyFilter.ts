import type { DependencyEntries } from "./dependencyEntries";
import type { DependencyGroup, GroupedDependencies, TypeLabeler } from "./dependencyGroups";
import { ENTRY_SEPARATOR, searchIndexOf, type SearchIndex } from "./searchIndex";

/** The entries a query keeps, by group, and the flat rows (group headers and entries) a list renders. Pure. */

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
