import type { DependencyEntries } from "./dependencyEntries";
import type { FilteredDependencies, GroupedDependencies } from "./dependencyView";

/**
 * Which entries appear more than once (the same id, else the same name, within the same type, as the
 * duplicate count decides): for every entry, how often its identity occurs in its group (0 for an entry
 * that occurs once). Worked out a run of entries at a time, like the count, so that a large list never
 * blocks the form; `result` is complete once `step` said so.
 */
export class DuplicateMarker {
    private group = 0;
    private member = 0;
    private phase: "count" | "mark" = "count";
    private counts = new Map<string, number>();
    private readonly occurrences: Int32Array;
    private repeated = 0;

    constructor(
        private readonly entries: DependencyEntries,
        private readonly grouped: GroupedDependencies,
    ) {
        this.occurrences = new Int32Array(entries.length);
    }

    /** Looks at up to `count` more entries; true once every entry is marked. */
    step(count = Infinity): boolean {
        const groups = this.grouped.groups;
        let left = count;
        while (this.group < groups.length && left > 0) {
            const members = groups[this.group].members;
            const stop = Math.min(members.length, this.member + left);
            if (this.phase === "count") {
                for (let k = this.member; k < stop; k++) {
                    const identity = this.entries.identityAt(members[k]);
                    this.counts.set(identity, (this.counts.get(identity) ?? 0) + 1);
                }
            } else {
                for (let k = this.member; k < stop; k++) {
                    const times = this.counts.get(this.entries.identityAt(members[k])) ?? 0;
                    if (times > 1) {
                        this.occurrences[members[k]] = times;
                        this.repeated += 1;
                    }
                }
            }
            left -= stop - this.member;
            this.member = stop;
            if (this.member >= members.length) {
                this.member = 0;
                if (this.phase === "count") {
                    this.phase = "mark";
                } else {
                    this.phase = "count";
                    this.group += 1;
                    this.counts = new Map();
                }
            }
        }
        return this.done;
    }

    get done(): boolean {
        return this.group >= this.grouped.groups.length;
    }

    /** Per entry index: how often the entry appears (0 when once); the entries that appear more than once. */
    result(): DuplicateMarks {
        return { occurrences: this.occurrences, repeated: this.repeated };
    }
}

export interface DuplicateMarks {
    /** Per entry index: how many times the entry appears in the list, 0 when it appears once. */
    occurrences: Int32Array;
    /** How many entries (every occurrence counted) appear more than once. */
    repeated: number;
}

/** Marks every entry that appears more than once, at once. */
export function markDuplicates(entries: DependencyEntries, grouped: GroupedDependencies): DuplicateMarks {
    const marker = new DuplicateMarker(entries, grouped);
    marker.step();
    return marker.result();
}

/** Only the entries that appear more than once, group by group (groups without any are left out). */
export function onlyDuplicates(filtered: FilteredDependencies, marks: DuplicateMarks): FilteredDependencies {
    const groups: FilteredDependencies["groups"][number][] = [];
    let matches = 0;
    for (const { group, members } of filtered.groups) {
        const kept = members.filter((i) => marks.occurrences[i] > 1);
        if (kept.length > 0) {
            groups.push({ group, members: kept });
            matches += kept.length;
        }
    }
    return { groups, matches };
}
