import { Store } from "../../common/sources/store";
import { parseOnce } from "../../common/model/parseOnce";
import type { DependencyList } from "../model/dependencyEntries";
import { MAX_DEPENDENCY_CHARS, parseDependencies } from "../model/parseDependencies";
import { parseDependenciesInChunks, SYNC_PARSE_MAX_CHARS, type ChunkScheduler, type ChunkedParse } from "../model/scanDependencies";
import { timeoutScheduler } from "./chunkScheduler";

export type DependencyState =
    | { phase: "ready"; list: DependencyList }
    /** A large value is being read in slices; `progress` 0..1. */
    | { phase: "reading"; progress: number; length: number };

/** The reading of one column value: ready at once for ordinary values, over time for very large ones. */
export class DependencyReading extends Store<DependencyState> {
    private job: ChunkedParse | undefined;

    constructor(text: string | null, scheduler: ChunkScheduler = timeoutScheduler) {
        const atOnce = text === null || text.length <= SYNC_PARSE_MAX_CHARS || text.length > MAX_DEPENDENCY_CHARS;
        super(atOnce ? { phase: "ready", list: parseDependencies(text) } : { phase: "reading", progress: 0, length: text.length });
        if (text === null || atOnce) return;
        let shown = 0;
        this.job = parseDependenciesInChunks(text, {
            scheduler,
            onProgress: (fraction) => {
                // Whole percents are enough for a progress bar; fewer renders.
                if (fraction - shown < 0.01 || this.current.phase !== "reading") return;
                shown = fraction;
                this.set({ phase: "reading", progress: fraction, length: text.length });
            },
        });
        void this.job.result.then((list) => {
            this.job = undefined;
            this.set({ phase: "ready", list });
            return list;
        });
    }

    /** Stops a reading in progress (a newer value arrived, or the control is going away). */
    cancel(): void {
        this.job?.cancel();
        this.job = undefined;
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

    constructor(private readonly scheduler: ChunkScheduler = timeoutScheduler) {}

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
