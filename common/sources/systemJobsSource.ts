import { isForbidden, isNotFound } from "../model/dataverseErrors";
import { allJobsCompleted, systemJobQuery, systemJobsOf, type SystemJob } from "../model/systemJobs";
import { stopIfAborted } from "./abort";
import { RefreshSource, type RefreshEnvironment } from "./refreshSource";

type SystemJobsApi = Pick<ComponentFramework.WebApi, "retrieveMultipleRecords">;

export interface SystemJobsSourceOptions {
    /** The Web API the reads go through. */
    api: SystemJobsApi;
    /** The record the jobs regard (`_regardingobjectid_value`). */
    regardingId: string;
    /** Milliseconds between reads; 0: one read, then only "Refresh now". */
    intervalMs: number;
    environment?: RefreshEnvironment;
    /**
     * The regarding record's own status, read before the jobs on every refresh (a failure of that read
     * is shown with the status; the jobs are read all the same): once it says the run is final the loop stops, whatever the jobs say; while it says nothing
     * (undefined), the jobs decide.
     */
    owner?: OwnerStatus;
}

export interface OwnerStatus {
    /**
     * Reads the record's status. Its own failure is its own to show (it never hides the jobs): it rejects
     * only when `signal` was aborted.
     */
    read(signal: AbortSignal): Promise<void>;
    /** Whether the record's run has ended, as last read; undefined when the read told nothing. */
    final(): boolean | undefined;
}

/**
 * The refresh loop of the system jobs (asyncoperation) regarding a record: re-read while any job has not
 * completed, final once all have; a 404 (gone) or a refused read (denied) stops it for good, keeping the
 * jobs already read. Not started: the caller starts it and disposes of it.
 */
export function systemJobsSource({ api, regardingId, intervalMs, environment, owner }: SystemJobsSourceOptions): RefreshSource<SystemJob[]> {
    return new RefreshSource<SystemJob[]>({
        load: async (signal) => {
            // One request at a time: the record first, then its jobs (none once the loop has stopped).
            if (owner) await owner.read(signal);
            stopIfAborted(signal);
            const response: unknown = await api.retrieveMultipleRecords("asyncoperation", systemJobQuery(regardingId));
            const jobs = systemJobsOf(response);
            // An answer without rows is a failed read; its message would be engine text, so it has none.
            if (!jobs) throw new Error("");
            return jobs;
        },
        intervalMs,
        isFinal: (jobs) => owner?.final() ?? allJobsCompleted(jobs),
        isGone: isNotFound,
        // No read privilege on system jobs will not change by asking again.
        isForbidden,
        environment,
    });
}
