import type { SystemJob } from "../../common/model/systemJobs";
import { RefreshSource, type RefreshEnvironment } from "../../common/sources/refreshSource";
import { Store, type ReadonlyStore } from "../../common/sources/store";
import { systemJobsSource } from "../../common/sources/systemJobsSource";
import { OPERATION_TABLE, isFinalOperationStatus, operationStatusOf, operationStatusQuery } from "../model/operationStatus";

type OperationApi = Pick<ComponentFramework.WebApi, "retrieveRecord" | "retrieveMultipleRecords">;

/** The row's status as a refresh read it, and when (shaped as a refresh snapshot for `formIsNewer`). */
export interface StatusRead {
    data: number | null;
    readAt: Date;
}

export interface OperationRefreshOptions {
    api: OperationApi;
    id: string;
    intervalMs: number;
    environment?: RefreshEnvironment;
}

/**
 * The refresh of the staged operation on the form: each refresh reads the row's own status, then the
 * system jobs regarding it, and the loop stops once the status says the run ended (or, while the row has
 * no status, once every job has completed). Not started: the caller starts it and disposes of it.
 */
export class OperationRefresh {
    private readonly read = new Store<StatusRead | undefined>(undefined);
    readonly jobs: RefreshSource<SystemJob[]>;

    constructor({ api, id, intervalMs, environment }: OperationRefreshOptions) {
        const now = environment ? () => environment.now() : () => Date.now();
        this.jobs = systemJobsSource({
            api,
            regardingId: id,
            intervalMs,
            environment,
            owner: {
                read: async () => {
                    const row: unknown = await api.retrieveRecord(OPERATION_TABLE, id, operationStatusQuery());
                    this.read.set({ data: operationStatusOf(row), readAt: new Date(now()) });
                },
                final: () => {
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
    }
}
