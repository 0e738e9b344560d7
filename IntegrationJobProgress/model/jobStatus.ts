/** The integration job's status column: its values, which end the job, and the read of it from Dataverse. */
import { numberOf } from "../../common/model/rowValues";

export const JOB_TABLE = "msdyn_integrationjob";

/** msdyn_integrationjob.msdyn_status values. */
export const JOB_STATUS = {
    waiting: 192350000,
    ready: 192350001,
    skipped: 192350002,
    processing: 192350003,
    succeeded: 192350004,
    failed: 192350005,
} as const;

/** A job in one of these states gets no more packets. */
export const FINAL_JOB_STATUSES: ReadonlySet<number> = new Set([JOB_STATUS.skipped, JOB_STATUS.succeeded, JOB_STATUS.failed]);

/** The query options of the status read: the one column. */
export function jobStatusQuery(): string {
    return "?$select=msdyn_status";
}

/** The status of a `retrieveRecord` answer; undefined when the answer holds no whole number there. */
export function jobStatusOf(row: unknown): number | undefined {
    const value = row !== null && typeof row === "object" ? numberOf((row as Record<string, unknown>).msdyn_status) : undefined;
    return value !== undefined && Number.isInteger(value) ? value : undefined;
}
