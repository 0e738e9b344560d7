import { Store } from "../../common/sources/store";
import { parseOnce } from "../../common/model/parseOnce";
import type { DependencyEntries, DependencyList } from "../model/dependencyEntries";
import { DependencyGrouper, DuplicateCounter, type GroupedDependencies } from "../model/dependencyGroups";
import { SEARCH_CHUNK_ENTRIES, searchIndexOf } from "../model/searchIndex";
import { MAX_DEPENDENCY_CHARS, parseDependencies } from "../model/parseDependencies";
import { parseDependenciesInChunks, SYNC_PARSE_MAX_CHARS, type ChunkedParse } from "../model/scanDependencies";
import { runInSlices, type SliceScheduler } from "../../common/model/slices";
import { sliceScheduler } from "../../common/sources/timers";

/**
 * What a sliced reading worked out beside the list: its groups (counted as it read) and, once counted in
 * slices after the list shows, its duplicates (undefined until then).
 */
export interface DependencyOverview {
    grouped: GroupedDependencies;
    duplicates: number | undefined;
}

export type DependencyState =
    | { phase: "ready"; list: DependencyList; overview?: DependencyOverview }
    /**
     * A large value is being read in slices; `progress` 0..1. `entries` (once some are read) holds the
     * first `count` entries in the order of the value; more follow, none of these change.
     */
    | { phase: "reading"; progress: number; length: number; entries?: DependencyEntries; count: number };

/** Entries indexed for search (a chunk of the index) or counted for duplicates per step after a sliced reading completes (a few milliseconds). */
const AFTER_READ_RUN = SEARCH_CHUNK_ENTRIES;

/** Work done a run of entries at a time: `step` says whether it is complete. */
interface SlicedWork {
    step(count: number): boolean;
}

/** Milliseconds between two renders of a reading's progress (when the scheduler has a clock). */
const PROGRESS_INTERVAL_MS = 150;
/** Time a slice of that work may take, in milliseconds, when the scheduler has a clock, and its steps at most. */
const AFTER_READ_BUDGET_MS = 25;
const AFTER_READ_MAX_STEPS = 50;

/** The reading of one column value: ready at once for ordinary values, over time (first entries early) for very large ones. */
export class DependencyReading extends Store<DependencyState> {
    private job: ChunkedParse | undefined;
    /** Cancels the work that follows a reading (the search index, then a sliced reading's duplicates). */
    private stopIndexing: (() => void) | undefined;

    constructor(
        text: string | null,
        private readonly scheduler: SliceScheduler = sliceScheduler,
    ) {
        const atOnce = text === null || text.length <= SYNC_PARSE_MAX_CHARS || text.length > MAX_DEPENDENCY_CHARS;
        super(atOnce ? { phase: "ready", list: parseDependencies(text) } : { phase: "reading", progress: 0, length: text.length, count: 0 });
        if (text === null || atOnce) return;
        let read: DependencyEntries | undefined;
        let grouper: DependencyGrouper | undefined;
        let shown = 0;
        let shownAt = 0;
        this.job = parseDependenciesInChunks(text, {
            scheduler,
            onEntries: (entries) => {
                read = entries;
                // Grouped and counted as read: complete, without a long pass, when the last entry is read.
                grouper ??= new DependencyGrouper(entries);
                grouper.add();
            },
            onProgress: (progress) => {
                const state = this.current;
                if (state.phase !== "reading") return;
                const count = read?.length ?? 0;
                // New entries, or a whole percent more: fewer renders.
                if (count === state.count && progress - shown < 0.01) return;
                // The first entries show at once; then the progress shows a few times a second, not after
                // every slice (each render of it costs the reading time).
                const now = scheduler.now?.();
                if (state.count > 0 && now !== undefined && now - shownAt < PROGRESS_INTERVAL_MS) return;
                shown = progress;
                shownAt = now ?? 0;
                this.set({ phase: "reading", progress, length: text.length, entries: read, count });
            },
        });
        void this.job.result.then((list) => {
            this.job = undefined;
            if (grouper && list.kind === "list" && list.entries === read) {
                grouper.add();
                const grouped = grouper.result();
                this.set({ phase: "ready", list, overview: { grouped, duplicates: undefined } });
                // The search index first: a search typed as soon as the list shows finds it ready.
                const counter = new DuplicateCounter(list.entries, grouped);
                this.inSlices(searchIndexOf(list.entries), () =>
                    this.inSlices(counter, () => this.set({ phase: "ready", list, overview: { grouped, duplicates: counter.duplicates } })),
                );
            } else {
                this.set({ phase: "ready", list });
                if (list.kind === "list") this.inSlices(searchIndexOf(list.entries));
            }
            return list;
        });
    }

    /** Runs `work` a slice at a time after the list shows (the search index, the duplicate count), then `then`. */
    private inSlices(work: SlicedWork, then?: () => void): void {
        if (this.disposed) return;
        this.stopIndexing = runInSlices(this.scheduler, {
            budgetMs: AFTER_READ_BUDGET_MS,
            maxSteps: AFTER_READ_MAX_STEPS,
            step: () => work.step(AFTER_READ_RUN),
            onDone: () => {
                this.stopIndexing = undefined;
                then?.();
            },
        });
    }

    /** Stops a reading in progress (a newer value arrived, or the control is going away): nothing of it shows any more. */
    cancel(): void {
        this.job?.cancel();
        this.job = undefined;
        this.stopIndexing?.();
        this.stopIndexing = undefined;
        this.dispose();
    }
}

/**
 * Owned by the control: one reading per distinct column value (an updateView with the same value gets
 * the same reading back and parses nothing), the previous reading stopped when the value changes, and
 * nothing left running after dispose().
 */
export class DependencyReader {
    private current: DependencyReading | undefined;
    private readonly readOnce = parseOnce((text: string | null) => {
        this.current?.cancel();
        this.current = new DependencyReading(text, this.scheduler);
        return this.current;
    });

    constructor(private readonly scheduler: SliceScheduler = sliceScheduler) {}

    read(text: string | null): DependencyReading {
        return this.readOnce(text);
    }

    /** Distinct values parsed so far (tests and the benchmark read it). */
    get parses(): number {
        return this.readOnce.parses;
    }

    dispose(): void {
        this.current?.cancel();
        this.current = undefined;
    }
}
