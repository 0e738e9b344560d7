import type { DependencyEntries, Dependency } from "./dependencyEntries";

/**
 * Entries grouped by component type (largest group first, entries without a type last) and the count of
 * entries that repeat an earlier one. Entry indexes stand for entries, so 100,000 of them cost typed
 * arrays, not objects. Pure.
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
