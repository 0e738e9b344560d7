import type { FieldRead } from "../../common/model/fieldRead";
import { sameRead } from "../../common/model/fieldRead";
import { dateOf, numberOf } from "../../common/model/rowValues";
import type { Reading } from "../../common/model/freshness";

/** The table the control shows a row of. */
export const ENTITY = "backgroundoperation";

/** A backgroundoperation row as the Web API returns it. */
export type OperationRow = Readonly<Record<string, unknown>>;

/** One background operation's values, read from the form or from a fresh Web API read. */
export interface OperationValues {
    statusReason: FieldRead<number>;
    state: FieldRead<number>;
    createdOn: FieldRead<Date>;
    startTime: FieldRead<Date>;
    endTime: FieldRead<Date>;
    retryCount: FieldRead<number>;
    errorCode: FieldRead<number>;
    timeToLive: FieldRead<number>;
    errorMessage: FieldRead<string>;
    inputParameters: FieldRead<string>;
    outputParameters: FieldRead<string>;
    operationName: FieldRead<string>;
    operationDisplayName: FieldRead<string>;
    priority: FieldRead<number>;
    runAs: FieldRead<string>;
}

export type ValueKind = "number" | "date" | "text";

/** Each value's backgroundoperation column and how it is read. */
export const COLUMNS: Readonly<Record<keyof OperationValues, { column: string; kind: ValueKind }>> = {
    statusReason: { column: "backgroundoperationstatuscode", kind: "number" },
    state: { column: "backgroundoperationstatecode", kind: "number" },
    createdOn: { column: "createdon", kind: "date" },
    startTime: { column: "starttime", kind: "date" },
    endTime: { column: "endtime", kind: "date" },
    retryCount: { column: "retrycount", kind: "number" },
    errorCode: { column: "errorcode", kind: "number" },
    timeToLive: { column: "ttlinseconds", kind: "number" },
    errorMessage: { column: "errormessage", kind: "text" },
    inputParameters: { column: "inputparameters", kind: "text" },
    outputParameters: { column: "outputparameters", kind: "text" },
    operationName: { column: "name", kind: "text" },
    operationDisplayName: { column: "displayname", kind: "text" },
    priority: { column: "priority", kind: "number" },
    runAs: { column: "runas", kind: "text" },
};

/** Read with the values (not bound on forms): when Dataverse last changed the row, to tell which reading is newer. */
export const MODIFIED_ON = "modifiedon";

export const FIELDS = Object.keys(COLUMNS) as (keyof OperationValues)[];

/** A column of a Web API row: numbers also from numeric strings, dates also from ISO strings. */
function fromRow(kind: ValueKind, raw: unknown): FieldRead<unknown> {
    const value = kind === "number" ? numberOf(raw) : kind === "date" ? dateOf(raw) : typeof raw === "string" && raw !== "" ? raw : undefined;
    return value === undefined ? { state: "empty", value: null } : { state: "value", value };
}

/**
 * A row read through the Web API laid over the form's values. A column the form masks stays masked
 * (field security answers null for it, which must not read as "empty").
 */
export function valuesFromRow(row: OperationRow, form: OperationValues): OperationValues {
    const values: Record<string, FieldRead<unknown>> = {};
    for (const field of FIELDS) {
        const { column, kind } = COLUMNS[field];
        values[field] = form[field].state === "masked" ? form[field] : fromRow(kind, row[column]);
    }
    return values as unknown as OperationValues;
}

/**
 * `next` with every value that reads as in `previous` taken from `previous`, and `previous` itself when
 * nothing changed: views memoized on these objects re-render only for what changed.
 */
export function keepUnchanged(previous: OperationValues | undefined, next: OperationValues): OperationValues {
    if (!previous) return next;
    let changed = false;
    const values: Record<string, FieldRead<unknown>> = {};
    for (const field of FIELDS) {
        const same = sameRead(previous[field], next[field]);
        values[field] = same ? previous[field] : next[field];
        if (!same) changed = true;
    }
    return changed ? (values as unknown as OperationValues) : previous;
}

/**
 * The retrieveRecord options: every column the timeline shows, and the row's partition when it has one
 * (backgroundoperation is an elastic table: a partitioned row is only found within its partition).
 */
export function selectQuery(partitionId?: string | null): string {
    const select = `?$select=${[...FIELDS.map((f) => COLUMNS[f].column), MODIFIED_ON].join(",")}`;
    const partition = partitionId?.trim();
    return partition ? `${select}&partitionId=${encodeURIComponent(partition)}` : select;
}

/** What a read row says about its own version, for deciding whether the form's values are newer. */
export function rowStamp(row: OperationRow | undefined): Reading {
    return { modifiedOn: row ? dateOf(row[MODIFIED_ON]) : undefined };
}
