/**
 * The system jobs (asyncoperation rows) regarding a record (a staged metadata operation, an integration
 * job…): the query that reads them and their rows as a view model. Pure; common/sources/systemJobsSource.ts
 * runs the query in a refresh loop, and ASYNC_OPERATION_STATUS (optionTables.ts) labels their status.
 */
import { dateOf, numberOf, textOf } from "./rowValues";

export const SYSTEM_JOB_COLUMNS = [
    "asyncoperationid",
    "name",
    "operationtype",
    "statecode",
    "statuscode",
    "message",
    "friendlymessage",
    "createdon",
    "startedon",
    "completedon",
    "retrycount",
    "errorcode",
] as const;

/** At most this many jobs are read; a record has a handful. */
export const MAX_SYSTEM_JOBS = 50;

/** statecode 3: the job has ended (succeeded, failed or canceled). */
export const COMPLETED_STATE = 3;

export interface SystemJob {
    id: string;
    name: string;
    state: number | undefined;
    status: number | undefined;
    createdOn: Date | undefined;
    startedOn: Date | undefined;
    completedOn: Date | undefined;
    retryCount: number | undefined;
    errorCode: number | undefined;
    /** The friendly message when there is one, else the technical message; plain text. */
    message: string;
    /** The technical message when a friendly one is shown too and says something else. */
    detail: string;
}

/** The Web API query options: only the needed columns, of the jobs regarding the record `regardingId`, newest first. */
export function systemJobQuery(regardingId: string): string {
    return `?$select=${SYSTEM_JOB_COLUMNS.join(",")}&$filter=_regardingobjectid_value eq ${regardingId}&$orderby=createdon desc&$top=${MAX_SYSTEM_JOBS}`;
}

/** One asyncoperation row as the Web API returns it; anything that is not a row reads as a job without values. */
export function systemJobOf(value: unknown): SystemJob {
    const row: Record<string, unknown> = value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
    const friendly = textOf(row.friendlymessage);
    const technical = textOf(row.message);
    return {
        id: textOf(row.asyncoperationid),
        name: textOf(row.name),
        state: numberOf(row.statecode),
        status: numberOf(row.statuscode),
        createdOn: dateOf(row.createdon),
        startedOn: dateOf(row.startedon),
        completedOn: dateOf(row.completedon),
        retryCount: numberOf(row.retrycount),
        errorCode: numberOf(row.errorcode),
        message: friendly || technical,
        detail: friendly && technical && technical !== friendly ? technical : "",
    };
}

/**
 * The jobs of a `retrieveMultipleRecords` answer, at most MAX_SYSTEM_JOBS of them; undefined when the answer
 * holds no list of rows (an odd host), which the caller treats as a failed read.
 */
export function systemJobsOf(response: unknown): SystemJob[] | undefined {
    const entities = (response as { entities?: unknown } | null | undefined)?.entities;
    if (!Array.isArray(entities)) return undefined;
    return entities.slice(0, MAX_SYSTEM_JOBS).map(systemJobOf);
}

/** Nothing more will change once every job has completed (and also when there are none to watch). */
export function allJobsCompleted(jobs: readonly SystemJob[]): boolean {
    return jobs.every((job) => job.state === COMPLETED_STATE);
}

/** An error code as Dataverse documents it: signed decimal and 32-bit hex, "-2147204784 (0x80044150)". */
export function errorCodeText(code: number): string {
    return `${code} (0x${(code >>> 0).toString(16).toUpperCase().padStart(8, "0")})`;
}
