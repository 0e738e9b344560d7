/**
 * The summary bar: how many loaded rows are in each status, and the rows the active status toggles let
 * through. Pure.
 */
import type { OptionMetadataLike, ResolvedOption } from "../../common/model/options";
import type { BoardRow } from "./rows";
import { withStatusOptions } from "../../common/model/optionMetadata";

export interface StatusCount {
    key: string;
    option: ResolvedOption;
    count: number;
}

/**
 * Counts per status, in the option set's order (by value), then statuses without a known value; each
 * status with its metadata color (and label where the host gave none) once the options are known.
 */
export function summarize(rows: readonly BoardRow[], options?: readonly OptionMetadataLike[]): readonly StatusCount[] {
    const counts = new Map<string, StatusCount>();
    for (const row of rows) {
        const entry = counts.get(row.statusKey);
        if (entry) entry.count += 1;
        else counts.set(row.statusKey, { key: row.statusKey, option: withStatusOptions(row.status, row.statusFromHost, options), count: 1 });
    }
    return [...counts.values()].sort((a, b) => {
        const av = a.option.value;
        const bv = b.option.value;
        if (av !== null && bv !== null) return av - bv;
        if (av !== null) return -1;
        if (bv !== null) return 1;
        return a.option.label.localeCompare(b.option.label);
    });
}

/**
 * The counts, with every status shown before and now without rows kept at 0 in its place: a chip that
 * vanished when its last row changed would move every chip after it under the user's pointer.
 */
export function keepVanished(counts: readonly StatusCount[], before: readonly StatusCount[]): readonly StatusCount[] {
    const present = new Set(counts.map((c) => c.key));
    const vanished = before.filter((c) => !present.has(c.key));
    if (vanished.length === 0) return counts;
    const order = new Map(before.map((c, index) => [c.key, index]));
    const merged = [...counts, ...vanished.map((c) => ({ ...c, count: 0 }))];
    // Where both lists know a status, the earlier order holds; new statuses keep their place after it.
    return merged
        .map((c, index) => ({ c, rank: order.get(c.key) ?? before.length + index }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ c }) => c);
}

/** Rows in one of the active statuses; all rows when none is active. */
export function filterRows(rows: readonly BoardRow[], active: ReadonlySet<string>): readonly BoardRow[] {
    if (active.size === 0) return rows;
    return rows.filter((row) => active.has(row.statusKey));
}

/** Active toggles that still match a loaded status (a status can vanish after a refresh). */
export function activeStatuses(active: ReadonlySet<string>, counts: readonly StatusCount[]): ReadonlySet<string> {
    if (active.size === 0) return active;
    const present = new Set(counts.map((c) => c.key));
    const kept = [...active].filter((key) => present.has(key));
    return kept.length === active.size ? active : new Set(kept);
}

/** The polite announcement for status changes: a few names, then how many more. */
export function changeSummary(
    changes: readonly { name: string; label: string }[],
    limit = 3,
): { shown: readonly { name: string; label: string }[]; more: number } {
    return { shown: changes.slice(0, limit), more: Math.max(0, changes.length - limit) };
}
