import { isForbidden, isNotFound } from "../../common/model/dataverseErrors";
import type { SystemJob } from "../../common/model/systemJobs";
import { answerWithin, stopIfAborted } from "../../common/sources/abort";
import { RefreshSource, type RefreshEnvironment } from "../../common/sources/refreshSource";
import { Store, type ReadonlyStore } from "../../common/sources/store";
import { browserEnvironment } from "../../common/sources/timers";
import { systemJobsSource } from "../../common/sources/systemJobsSource";
import { OPERATION_TABLE, isFinalOperationStatus, operationStatusOf, operationStatusQuery } from "../model/operationStatus";

type OperationApi = Pick<ComponentFramework.WebApi, "retrieveRecord" | "retrieveMultipleRecords">;

/** The row's status as a refresh read it, and when (shaped as a refresh snapshot for `formIsNewer`). */
export interface StatusRead {
    data: number | null;
    readAt: Date;
}

/** The status read may take this long before the jobs are read without it (within the refresh's own deadline). */
export const STATUS_READ_TIMEOUT_MS = 30_000;

export interface OperationRefreshOptions {
    api: OperationApi;
    id: string;
    intervalMs: number;
    environment?: RefreshEnvironment;
}

/**
 * The refresh of the staged operation on the form: each refresh reads the row's own status, then the
 * system jobs regarding it, and the loop stops once the status says the run ended (or, while the row has
 * no status, once every job has completed). A failed status read is the status's own (shown with it, and
 * tried again with the next refresh); the jobs are read all the same. Not started: the caller starts it
 * and disposes of it.
 */
export class OperationRefresh {
    private readonly read = new Store<StatusRead | undefined>(undefined);
    /** Why the last status read failed; undefined after a read that answered. */
    private readonly failure = new Store<unknown>(undefined);
    readonly jobs: RefreshSource<SystemJob[]>;

    constructor({ api, id, intervalMs, environment }: OperationRefreshOptions) {
        const env = environment ?? browserEnvironment();
        this.jobs = systemJobsSource({
            api,
            regardingId: id,
            intervalMs,
            environment,
            owner: {
                read: async (signal) => {
                    try {
                        const row: unknown = await answerWithin(
                            api.retrieveRecord(OPERATION_TABLE, id, operationStatusQuery()),
                            STATUS_READ_TIMEOUT_MS,
                            signal,
                            env,
                        );
                        this.read.set({ data: operationStatusOf(row), readAt: new Date(env.now()) });
                        this.failure.set(undefined);
                    } catch (error) {
                        // Stopped (destroyed): nothing more, not even the jobs.
                        stopIfAborted(signal);
                        this.failure.set(error);
                    }
                },
                final: () => {
                    const failed = this.failure.current;
                    // A status that cannot be read at all (gone, refused) leaves the end to the jobs; any other
                    // failure is tried again with the next refresh.
                    if (failed !== undefined) return isNotFound(failed) || isForbidden(failed) ? undefined : false;
                    const status = this.read.current?.data;
                    return status === null || status === undefined ? undefined : isFinalOperationStatus(status);
                },
            },
        });
    }

    /** The row's status as last read; undefined until a read answered. */
    get status(): ReadonlyStore<StatusRead | undefined> {
        return this.read;
    }

    /** Why the last status read failed; undefined while the reads answer. */
    get statusFailure(): ReadonlyStore<unknown> {
        return this.failure;
    }

    start(): void {
        this.jobs.start();
    }

    setIntervalMs(ms: number): void {
        this.jobs.setIntervalMs(ms);
    }

    /** Stops refreshing for good: the form shows a finished run newer than the last read. */
    finish(): void {
        this.jobs.finish();
    }

    dispose(): void {
        this.jobs.dispose();
        this.read.dispose();
        this.failure.dispose();
    }
}
