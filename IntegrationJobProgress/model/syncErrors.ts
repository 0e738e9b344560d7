/**
 * The sync errors (syncerror rows) regarding an integration job: the query that reads the newest of them and
 * their rows as a view model. Pure; sources/syncErrorSource.ts runs the query.
 */
import { codeText } from "../../common/model/errorCodes";
import { dateOf, textOf } from "../../common/model/rowValues";

export const SYNC_ERROR_TABLE = "syncerror";

export const SYNC_ERROR_COLUMNS = ["syncerrorid", "name", "errortime", "errorcode", "errormessage"] as const;

/** The newest this many are shown; one more is asked for, to know whether there are more. */
export const SHOWN_SYNC_ERRORS = 20;

export interface SyncError {
    id: string;
    /** The table name of the record that failed to sync. */
    table: string;
    time: Date | undefined;
    /** Dataverse keeps the code as text. */
    code: string;
    /** Plain text. */
    message: string;
}

export interface SyncErrors {
    errors: SyncError[];
    /** More rows exist beyond the ones shown. */
    more: boolean;
}

/** The Web API query options: the needed columns of the sync errors regarding the job, newest first, one page. */
export function syncErrorQuery(jobId: string): string {
    return `?$select=${SYNC_ERROR_COLUMNS.join(",")}&$filter=_regardingobjectid_value eq ${jobId}&$orderby=errortime desc&$top=${SHOWN_SYNC_ERRORS + 1}`;
}

export function syncErrorOf(value: unknown): SyncError {
    const row: Record<string, unknown> = value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
    return {
        id: textOf(row.syncerrorid),
        table: textOf(row.name),
        time: dateOf(row.errortime),
        // Kept as text by Dataverse; shown in the one form of codes: "-2147204784 (0x80044150)".
        code: codeText(textOf(row.errorcode)) ?? "",
        message: textOf(row.errormessage),
    };
}

/** The sync errors of a `retrieveMultipleRecords` answer; undefined when it holds no list of rows (a failed read). */
export function syncErrorsOf(response: unknown): SyncErrors | undefined {
    const entities = (response as { entities?: unknown } | null | undefined)?.entities;
    if (!Array.isArray(entities)) return undefined;
    return { errors: entities.slice(0, SHOWN_SYNC_ERRORS).map(syncErrorOf), more: entities.length > SHOWN_SYNC_ERRORS };
}
