import * as React from "react";
import { useStore } from "../../common/components/useStore";
import type { DependencyEntries } from "../model/dependencyEntries";
import { filterDependencies, FilterRun, type FilteredDependencies, type GroupedDependencies, type TypeLabeler } from "../model/dependencyView";
import { DuplicateMarker, type DuplicateMarks } from "../model/duplicateMarks";
import type { DependencyReading, DependencyState } from "../sources/dependencyReader";
import { timeoutScheduler } from "../sources/chunkScheduler";

/** The current state of a reading, re-rendering when a large value's reading progresses or ends. */
export function useReadingState(reading: DependencyReading): DependencyState {
    return useStore(reading) ?? reading.current;
}

/** `value`, once it has stopped changing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number): T {
    const [settled, setSettled] = React.useState(value);
    React.useEffect(() => {
        const handle = setTimeout(() => setSettled(value), delayMs);
        return () => clearTimeout(handle);
    }, [value, delayMs]);
    return settled;
}

/** Lists up to this many entries are searched at once; larger ones in slices, so that typing never freezes the form. */
export const SLICED_SEARCH_MIN_ENTRIES = 200_000;
/** Entries' worth of work per step of a sliced search, and the time a slice may take. */
const SEARCH_STEP = 25_000;
const SEARCH_BUDGET_MS = 30;

export interface ShownSearch {
    filtered: FilteredDependencies;
    /** The query `filtered` answers: the previous one while a sliced search of a new one runs. */
    search: string;
}

/**
 * The entries matching `search`: at once for ordinary lists, in slices for very large ones (until the new
 * result is complete, the previous query's result stays, with that query, so what shows is always consistent).
 */
export function useFiltered(entries: DependencyEntries, grouped: GroupedDependencies, search: string, labelOf: TypeLabeler): ShownSearch {
    const sliced = entries.length >= SLICED_SEARCH_MIN_ENTRIES && search.trim() !== "";
    const atOnce = React.useMemo(
        () => (sliced ? undefined : { filtered: filterDependencies(entries, grouped, search, labelOf), search }),
        [sliced, entries, grouped, search, labelOf],
    );
    const [done, setDone] = React.useState<ShownSearch & { entries: DependencyEntries; grouped: GroupedDependencies; labelOf: TypeLabeler }>();
    React.useEffect(() => {
        if (!sliced) return undefined;
        const run = new FilterRun(entries, grouped, search, labelOf);
        const now = timeoutScheduler.now ?? (() => Date.now());
        let handle: unknown;
        const next = (): void => {
            handle = undefined;
            const deadline = now() + SEARCH_BUDGET_MS;
            let complete = run.step(SEARCH_STEP);
            while (!complete && now() < deadline) complete = run.step(SEARCH_STEP);
            if (complete) setDone({ filtered: run.result(), search, entries, grouped, labelOf });
            else handle = timeoutScheduler.schedule(next);
        };
        handle = timeoutScheduler.schedule(next);
        return () => {
            if (handle !== undefined) timeoutScheduler.cancel(handle);
        };
    }, [sliced, entries, grouped, search, labelOf]);
    const previous = React.useRef<ShownSearch>();
    let shown: ShownSearch;
    if (atOnce) shown = atOnce;
    else if (done && done.search === search && done.entries === entries && done.grouped === grouped && done.labelOf === labelOf) shown = done;
    else shown = previous.current ?? { filtered: filterDependencies(entries, grouped, "", labelOf), search: "" };
    React.useEffect(() => {
        previous.current = shown;
    });
    return shown;
}

/** Entries' worth of duplicate marking per step, and the time a slice may take. */
const MARK_STEP = 20_000;

/**
 * Which entries appear more than once, worked out after the list shows when `wanted` (the count says some
 * do): at once for ordinary lists, in slices for large ones; undefined until then.
 */
export function useDuplicateMarks(entries: DependencyEntries, grouped: GroupedDependencies, wanted: boolean): DuplicateMarks | undefined {
    const [done, setDone] = React.useState<{ marks: DuplicateMarks; entries: DependencyEntries; grouped: GroupedDependencies }>();
    React.useEffect(() => {
        if (!wanted) return undefined;
        const marker = new DuplicateMarker(entries, grouped);
        const now = timeoutScheduler.now ?? (() => Date.now());
        let handle: unknown;
        const next = (): void => {
            handle = undefined;
            const deadline = now() + SEARCH_BUDGET_MS;
            let complete = marker.step(MARK_STEP);
            while (!complete && now() < deadline) complete = marker.step(MARK_STEP);
            if (complete) setDone({ marks: marker.result(), entries, grouped });
            else handle = timeoutScheduler.schedule(next);
        };
        handle = timeoutScheduler.schedule(next);
        return () => {
            if (handle !== undefined) timeoutScheduler.cancel(handle);
        };
    }, [entries, grouped, wanted]);
    return wanted && done && done.entries === entries && done.grouped === grouped ? done.marks : undefined;
}
