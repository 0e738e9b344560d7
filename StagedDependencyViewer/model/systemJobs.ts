/**
 * The system jobs (asyncoperation rows) that process a staged metadata operation: the query that reads
 * them and their rows as a view model. Pure; the control owns the refresh loop that runs the query.
 */
import { dateOf, numberOf, textOf } from "../../common/model/rowValues";

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

/** At most this many jobs are read; a staged operation has a handful. */
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

/** The Web API query options: only the needed columns, regarding this operation, newest first. */
export function systemJobQuery(recordId: string): string {
    return `?$select=${SYSTEM_JOB_COLUMNS.join(",")}&$filter=_regardingobjectid_value eq ${recordId}&$orderby=createdon desc&$top=${MAX_SYSTEM_JOBS}`;
}

export function systemJobOf(row: Record<string, unknown>): SystemJob {
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

/** Nothing more will change once every job has completed (and also when there are none to watch). */
export function allJobsCompleted(jobs: readonly SystemJob[]): boolean {
    return jobs.every((job) => job.state === COMPLETED_STATE);
}
