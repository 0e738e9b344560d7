import * as React from "react";
import { useStore } from "../../common/components/useStore";
import type { DependencyEntries } from "../model/dependencyEntries";
import { filterDependencies, FilterRun, type FilteredDependencies } from "../model/dependencyFilter";
import type { GroupedDependencies, TypeLabeler } from "../model/dependencyGroups";
import type { SpreadsheetText } from "../model/spreadsheetText";
import { DuplicateMarker, type DuplicateMarks } from "../model/duplicateMarks";
import type { DependencyReading, DependencyState } from "../sources/dependencyReader";
import { useHost } from "../../common/components/HostContext";
import { runInSlices } from "../../common/model/slices";
import { useTimeout } from "../../common/components/useTimeout";

/** The current state of a reading, re-rendering when a large value's reading progresses or ends. */
export function useReadingState(reading: DependencyReading): DependencyState {
    return useStore(reading) ?? reading.current;
}

/** `value`, once it has stopped changing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number): T {
    const [settled, setSettled] = React.useState(value);
    useTimeout(
        React.useCallback(() => setSettled(value), [value]),
        delayMs,
    );
    return settled;
}

/** Lists up to this many entries are searched at once; larger ones in slices, so that typing never freezes the form. */
export const SLICED_SEARCH_MIN_ENTRIES = 200_000;
/** Entries' worth of work per step of a sliced search, and the time a slice may take. */
const SEARCH_STEP = 25_000;
/** A slice of searching, marking or exporting: 30 ms, and steps at most (a stopped clock must not run all at once). */
const SLICE = { budgetMs: 30, maxSteps: 200 };

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
    const { slices } = useHost();
    React.useEffect(() => {
        if (!sliced) return undefined;
        const run = new FilterRun(entries, grouped, search, labelOf);
        return runInSlices(slices, {
            ...SLICE,
            step: () => run.step(SEARCH_STEP),
            onDone: () => setDone({ filtered: run.result(), search, entries, grouped, labelOf }),
        });
    }, [slices, sliced, entries, grouped, search, labelOf]);
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
    const { slices } = useHost();
    React.useEffect(() => {
        if (!wanted) return undefined;
        const marker = new DuplicateMarker(entries, grouped);
        return runInSlices(slices, {
            ...SLICE,
            step: () => marker.step(MARK_STEP),
            onDone: () => setDone({ marks: marker.result(), entries, grouped }),
        });
    }, [slices, entries, grouped, wanted]);
    return wanted && done && done.entries === entries && done.grouped === grouped ? done.marks : undefined;
}

/** Lists up to this many entries are exported at once (tens of milliseconds); larger ones in slices. */
export const SLICED_EXPORT_MIN_ENTRIES = 20_000;
/** Entries written per step of a sliced export. */
const EXPORT_STEP = 2_000;

/** An export being written: its text (written to the file step by step), and how the file is then handed over. */
export interface ExportJob {
    text: SpreadsheetText;
    save(): Promise<void>;
}

/**
 * An export that never freezes the form: the file of a small list is written at once, of a large one a run
 * of entries at a time, with its progress (0..1; undefined while none runs). It writes what the list
 * showed when it started, one export at a time, and stops when the view goes away. `fail` is called when
 * writing throws or saving is refused.
 */
export function useSlicedExport(fail: () => void): { start(job: ExportJob): void; progress: number | undefined } {
    const { slices } = useHost();
    const [progress, setProgress] = React.useState<number>();
    const cancel = React.useRef<(() => void) | undefined>();
    const mounted = React.useRef(true);
    const failed = React.useRef(fail);
    failed.current = fail;
    React.useEffect(
        () => () => {
            mounted.current = false;
            cancel.current?.();
            cancel.current = undefined;
        },
        [],
    );
    const start = React.useCallback(
        (job: ExportJob) => {
            if (cancel.current !== undefined) return;
            const failNow = (): void => {
                if (mounted.current) failed.current();
            };
            const save = (): void => {
                job.save().catch(failNow);
            };
            if (job.text.remaining <= SLICED_EXPORT_MIN_ENTRIES) {
                try {
                    job.text.step();
                } catch {
                    failNow();
                    return;
                }
                save();
                return;
            }
            setProgress(0);
            let broken = false;
            cancel.current = runInSlices(slices, {
                ...SLICE,
                step: () => {
                    try {
                        return job.text.step(EXPORT_STEP);
                    } catch {
                        broken = true;
                        return true;
                    }
                },
                afterSlice: (done) => {
                    if (!done) setProgress(job.text.progress);
                },
                onDone: () => {
                    cancel.current = undefined;
                    setProgress(undefined);
                    if (broken) failNow();
                    else save();
                },
            });
        },
        [slices],
    );
    return { start, progress };
}
