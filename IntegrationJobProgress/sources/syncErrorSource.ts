import { RefreshSource, type RefreshEnvironment } from "../../common/sources/refreshSource";
import type { ReadonlyStore } from "../../common/sources/store";
import { isForbidden, isNotFound } from "../../common/model/dataverseErrors";
import { SYNC_ERROR_TABLE, syncErrorQuery, syncErrorsOf, type SyncErrors } from "../model/syncErrors";

type WebApiLike = Pick<ComponentFramework.WebApi, "retrieveMultipleRecords">;

export interface SyncErrorSourceOptions {
    webAPI: WebApiLike;
    jobId: string;
    /** Milliseconds between reads; 0 reads once. */
    intervalMs: number;
    /** Whether the job has ended: one read, then no more. */
    final: boolean;
    /** Whether a later read (the job's own status) found the job ended while the form still shows it running. */
    endedOnServer?: () => boolean;
    environment?: RefreshEnvironment;
}

/**
 * The newest sync errors regarding the job, one page, read again with the job's refresh while it runs. A
 * refusal (no privilege) or a missing table (404) stops it for good: the view shows a quiet note.
 */
/** The job's own status reads (the packet source), which may find the job ended before the form does. */
export interface JobStatusReads {
    readonly status: ReadonlyStore<unknown>;
    readonly endedOnServer: boolean;
}

export class SyncErrorSource extends RefreshSource<SyncErrors> {
    private readonly job: { final: boolean };
    private intervalNow: number;
    private watched: JobStatusReads | undefined;
    private unwatch: (() => void) | undefined;

    constructor({ webAPI, jobId, intervalMs, final, endedOnServer, environment }: SyncErrorSourceOptions) {
        const job = { final };
        super({
            load: async () => {
                const errors = syncErrorsOf(await webAPI.retrieveMultipleRecords(SYNC_ERROR_TABLE, syncErrorQuery(jobId)));
                // An answer without rows is a failed read; its message would be engine text, so it has none.
                if (!errors) throw new Error("");
                return errors;
            },
            intervalMs,
            isFinal: () => job.final || endedOnServer?.() === true,
            isGone: isNotFound,
            isForbidden,
            environment,
        });
        this.job = job;
        this.intervalNow = intervalMs;
    }

    /**
     * Stops with the job's run: when the job's own status read finds it ended, the last read happens then
     * (or the read in flight is the last), not one more at the next tick.
     */
    watchJob(reads: JobStatusReads | undefined): void {
        if (reads === this.watched) return;
        this.unwatch?.();
        this.unwatch = undefined;
        this.watched = reads;
        if (reads) this.unwatch = reads.status.subscribe(() => reads.endedOnServer && this.follow(this.intervalNow, true));
    }

    dispose(): void {
        this.watchJob(undefined);
        super.dispose();
    }

    /** Follows the job: the refresh interval, and one last read when it has just ended. */
    follow(intervalMs: number, final: boolean): void {
        const ended = final && !this.job.final;
        this.job.final = final || this.job.final;
        this.intervalNow = intervalMs;
        this.setIntervalMs(intervalMs);
        if (ended) this.refreshNow();
    }
}
