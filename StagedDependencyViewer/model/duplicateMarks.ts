import type { DependencyEntries } from "./dependencyEntries";
import { groupIndexes, type GroupedDependencies } from "./dependencyGroups";
import { type FilteredDependencies } from "./dependencyFilter";

/**
 * Which entries appear more than once (the same id, else the same name, within the same type, as the
 * duplicate count decides): for every entry, how often its identity occurs in its group (0 for an entry
 * that occurs once). Worked out a run of entries at a time, like the count, so that a large list never
 * blocks the form: the list is walked in order twice, counting then marking; `result` is complete once
 * `step` said so.
 */
export class DuplicateMarker {
    private next = 0;
    private phase: "count" | "mark" = "count";
    private readonly groupOf: Int32Array;
    private counts: Map<string, number>[];
    private readonly occurrences: Int32Array;
    private repeated = 0;

    constructor(
        private readonly entries: DependencyEntries,
        grouped: GroupedDependencies,
    ) {
        this.occurrences = new Int32Array(entries.length);
        this.groupOf = groupIndexes(grouped, entries.length);
        this.counts = grouped.groups.map(() => new Map<string, number>());
    }

    /** Looks at up to `count` more entries; true once every entry is marked. */
    step(count = Infinity): boolean {
        const length = this.entries.length;
        let left = count;
        while (!this.done && left > 0) {
            const stop = Math.min(length, this.next + left);
            for (let i = this.next; i < stop; i++) {
                const counts = this.counts[this.groupOf[i]];
                const identity = this.entries.identityAt(i);
                if (this.phase === "count") counts.set(identity, (counts.get(identity) ?? 0) + 1);
                else {
                    const times = counts.get(identity) ?? 0;
                    if (times > 1) {
                        this.occurrences[i] = times;
                        this.repeated += 1;
                    }
                }
            }
            left -= stop - this.next;
            this.next = stop;
            if (this.next >= length) {
                if (this.phase === "count") {
                    this.phase = "mark";
                    this.next = 0;
                } else this.counts = [];
            }
        }
        return this.done;
    }

    get done(): boolean {
        return this.phase === "mark" && this.next >= this.entries.length;
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
