/**
 * The data set's records as board rows: status (label from the host's formatted value, tone from the
 * table), times, queue and run time, retries, error, expected packets and the view's other columns.
 * Rows are rebuilt only when one of their values changed, so an unchanged row keeps its object and its
 * view does not render again. Pure: reads the record objects it is given, nothing else.
 */
import { attempt } from "../../common/model/guard";
import { formatErrorCode } from "../../common/model/errorCodes";
import { resolveOption, type OptionTable, type ResolvedOption } from "../../common/model/options";
import {
    ASYNC_OPERATION_LIVE,
    ASYNC_OPERATION_STATUS,
    BACKGROUND_OPERATION_LIVE,
    BACKGROUND_OPERATION_STATUS,
    INTEGRATION_JOB_LIVE,
    INTEGRATION_JOB_STATUS,
} from "../../common/model/optionTables";
import { dateOf, numberOf, textOf } from "../../common/model/rowValues";
import { cutText, type Translate } from "../../common/model/text";
import type { ColumnMapping, Role, TableKind } from "./columns";
import { RowIndex } from "./rowIndex";

/** What the board reads of a data set record (ComponentFramework.PropertyHelper.DataSetApi.EntityRecord). */
export interface RecordLike {
    getValue?(column: string): unknown;
    /** Some hosts hand over records without it: the raw value stands in. */
    getFormattedValue?(column: string): string | null | undefined;
}

/** Dataverse retries a failed background operation up to this many times. */
export const MAX_RETRIES = 3;
/** Error messages, names and other texts longer than this are cut (the record's form shows the whole text). */
export const MAX_MESSAGE_CHARS = 2000;

/** Status values that can still change on their own, per table; anything else is left alone by the refresh. */
const LIVE_STATUSES: Readonly<Record<TableKind, ReadonlySet<number>>> = {
    backgroundoperation: BACKGROUND_OPERATION_LIVE,
    integrationjob: INTEGRATION_JOB_LIVE,
    asyncoperation: ASYNC_OPERATION_LIVE,
    other: new Set(),
};

/** Background operations in this status can be canceled (state 2 / status 22). */
export const WAITING_FOR_RESOURCES = 0;

const STATUS_TABLES: Readonly<Record<TableKind, OptionTable>> = {
    backgroundoperation: BACKGROUND_OPERATION_STATUS,
    integrationjob: INTEGRATION_JOB_STATUS,
    asyncoperation: ASYNC_OPERATION_STATUS,
    other: { name: "boardStatus", entries: {} },
};

export interface RowError {
    code?: number;
    /** The code as admins search for it, decimal and hex ("-2147187707 (0x80048405)"); absent for 0. */
    text?: string;
    /** errorcode 0: the error came from outside Dataverse. */
    notFromDataverse: boolean;
    message?: string;
}

export interface BoardRow {
    readonly id: string;
    /** The primary name; "" when the view has none. */
    readonly name: string;
    readonly statusValue: number | null;
    readonly status: ResolvedOption;
    /** The status label is the host's formatted value (metadata labels do not replace it). */
    readonly statusFromHost: boolean;
    /** Groups the summary: the value, or the label for rows whose value the board cannot read. */
    readonly statusKey: string;
    /** The status can still change, so the board keeps refreshing while such a row is loaded. */
    readonly live: boolean;
    /** A background operation that is waiting for resources: the bulk cancel applies. */
    readonly cancelable: boolean;
    readonly createdOn?: Date;
    readonly startTime?: Date;
    readonly endTime?: Date;
    /** start − created, once started. */
    readonly queueMs?: number;
    /** end − start, once ended. */
    readonly runMs?: number;
    /** Still queued: the queue time counts up from createdOn. */
    readonly queueing: boolean;
    /** Running: the run time counts up from startTime. */
    readonly running: boolean;
    readonly retries?: number;
    readonly error?: RowError;
    /** msdyn_numberofpackets; null when the column is empty. */
    readonly expectedPackets?: number | null;
    /** Formatted text of the view's other columns, in the order of mapping.extras. */
    readonly extras: readonly string[];
    /** The status changed in the build that made this row. */
    readonly changed: boolean;
    /** Every value the row shows, in a fixed order, to tell whether the next read changed anything. */
    readonly values: readonly unknown[];
}

export interface StatusChange {
    id: string;
    name: string;
    label: string;
}

export interface BoardRows {
    readonly mapping: ColumnMapping;
    readonly rows: readonly BoardRow[];
    /** The record each row was read from, by position: a record handed over again is not read again. */
    readonly records: readonly (RecordLike | undefined)[];
    /** Each row's position by id. */
    readonly index: RowIndex;
    /** Rows whose status changed since the previous build (none on the first). */
    readonly changes: readonly StatusChange[];
    /** Some row can still change: live refresh is worth it. */
    readonly anyLive: boolean;
    readonly t: Translate;
}

export interface BuildInput {
    mapping: ColumnMapping;
    ids: readonly string[];
    records: Readonly<Record<string, RecordLike | undefined>> | null | undefined;
    t: Translate;
    previous?: BoardRows;
}

/** One record's values, read once; a host that throws on a column gives nothing for it. */
class RecordReader {
    constructor(
        private readonly record: RecordLike,
        private readonly mapping: ColumnMapping,
    ) {}

    value(column: string | undefined): unknown {
        if (column === undefined) return undefined;
        return attempt(() => this.record.getValue?.(column), undefined);
    }

    raw(role: Role): unknown {
        return this.value(this.mapping.roles[role]?.column);
    }

    formatted(column: string | undefined): string {
        if (column === undefined) return "";
        const text = attempt(() => this.record.getFormattedValue?.(column), undefined);
        return typeof text === "string" ? text : "";
    }

    text(column: string | undefined): string {
        const formatted = this.formatted(column).trim();
        if (formatted !== "") return formatted;
        const value = this.value(column);
        if (typeof value === "string") return value.trim();
        if (typeof value === "number" && Number.isFinite(value)) return String(value);
        const name = value && typeof value === "object" ? (value as { name?: unknown }).name : undefined;
        return typeof name === "string" ? name : "";
    }
}

const time = (date: Date | undefined): number | undefined => date?.getTime();

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) return false;
    return true;
}

function rowOf(id: string, record: RecordLike, input: BuildInput, previous: BoardRow | undefined): BoardRow {
    const { mapping, t } = input;
    const read = new RecordReader(record, mapping);
    const statusColumn = mapping.roles.status?.column;
    const statusValue = numberOf(read.raw("status")) ?? null;
    const statusText = read.formatted(statusColumn).trim();
    const createdOn = dateOf(read.raw("createdOn"));
    const startTime = dateOf(read.raw("startTime"));
    const endTime = dateOf(read.raw("endTime"));
    const retries = numberOf(read.raw("retryCount"));
    const errorCode = numberOf(read.raw("errorCode"));
    const message = textOf(read.raw("errorMessage"));
    const expectedRaw = mapping.roles.expectedPackets ? read.raw("expectedPackets") : undefined;
    const expected = mapping.roles.expectedPackets ? (numberOf(expectedRaw) ?? null) : undefined;
    // No text the board shows is unbounded: names and other columns are cut as error messages are.
    const name = cutText(read.text(mapping.primary?.column), MAX_MESSAGE_CHARS);
    const extras = mapping.extras.map((extra) => cutText(read.text(extra.column), MAX_MESSAGE_CHARS));
    const values = [name, statusValue, statusText, time(createdOn), time(startTime), time(endTime), retries, errorCode, message, expected, ...extras];

    if (previous && input.previous?.mapping === mapping && input.previous.t === t && sameValues(previous.values, values)) return previous;

    // A formatted value that is only the number again is no label.
    const labels = statusValue !== null && statusText !== "" && statusText !== String(statusValue) ? [{ Value: statusValue, Label: statusText }] : [];
    let status = resolveOption(statusValue, STATUS_TABLES[mapping.kind], t, labels);
    if (statusValue === null && statusText !== "") status = { value: null, label: statusText, tone: "neutral", known: true };
    const live = statusValue !== null && LIVE_STATUSES[mapping.kind].has(statusValue);
    const ordered = (from?: Date, to?: Date): number | undefined => (from && to && to.getTime() >= from.getTime() ? to.getTime() - from.getTime() : undefined);
    const error: RowError | undefined =
        errorCode !== undefined || message !== ""
            ? {
                  code: errorCode,
                  text: errorCode !== undefined && errorCode !== 0 ? formatErrorCode(errorCode) : undefined,
                  notFromDataverse: errorCode === 0,
                  message: message === "" ? undefined : cutText(message, MAX_MESSAGE_CHARS),
              }
            : undefined;
    return {
        id,
        name,
        statusValue,
        status,
        statusFromHost: statusText !== "" && (labels.length > 0 || statusValue === null),
        statusKey: statusValue !== null ? `v${statusValue}` : statusText !== "" ? `l${statusText}` : "none",
        live,
        cancelable: mapping.kind === "backgroundoperation" && statusValue === WAITING_FOR_RESOURCES,
        createdOn,
        startTime,
        endTime,
        queueMs: ordered(createdOn, startTime),
        runMs: ordered(startTime, endTime),
        queueing: live && !startTime && createdOn !== undefined,
        running: live && startTime !== undefined && !endTime,
        retries: retries !== undefined && retries > 0 ? Math.floor(retries) : undefined,
        error,
        expectedPackets: expected,
        extras,
        changed: previous !== undefined && previous.statusValue !== statusValue,
        values,
    };
}

/**
 * The record of `id` when it can tell anything (a getValue or a getFormattedValue); otherwise the last row
 * stands in for one the host no longer hands over (a page it replaced).
 */
function recordFor(records: BuildInput["records"], id: string): RecordLike | undefined {
    const record = records?.[id];
    return record && (typeof record.getValue === "function" || typeof record.getFormattedValue === "function") ? record : undefined;
}

/**
 * Rows for `ids` in that order. A row whose values are unchanged is the previous object; when nothing
 * changed at all, the previous result itself comes back. A record object handed over again is taken as
 * unchanged and not read again: hosts hand over new record objects when they read the rows again
 * (refresh, sorting), and keep the ones of earlier pages when they add a page, so adding a page to a
 * 50,000-row view reads only that page's records.
 */
export function buildRows(input: BuildInput): BoardRows {
    const previous = input.previous;
    const sameContext = previous?.mapping === input.mapping && previous.t === input.t;
    if (previous && sameContext) {
        const appended = withPageAdded(input, previous);
        if (appended) return appended;
    }
    const rows: BoardRow[] = [];
    const records: (RecordLike | undefined)[] = [];
    const positions = new Map<string, number>();
    const changes: StatusChange[] = [];
    let reused = 0;
    for (const id of input.ids) {
        if (typeof id !== "string" || id === "" || positions.has(id)) continue;
        const at = previous?.index.get(id);
        const before = at === undefined ? undefined : previous?.rows[at];
        const beforeRecord = at === undefined ? undefined : previous?.records[at];
        const record = recordFor(input.records, id);
        let row: BoardRow | undefined;
        let from = record;
        if (sameContext && before && (record === undefined || record === beforeRecord)) {
            // The same record again (or none: a page the host no longer hands over): the row stays.
            row = before;
            from = beforeRecord;
        } else if (record) {
            row = rowOf(id, record, input, before);
        }
        if (!row) continue;
        if (row === before) reused += 1;
        else if (row.changed) changes.push({ id, name: row.name, label: row.status.label });
        positions.set(id, rows.length);
        rows.push(row);
        records.push(from);
    }
    if (previous && sameContext && reused === rows.length && rows.length === previous.rows.length && rows.every((row, i) => row === previous.rows[i])) {
        return previous.changes.length === 0 ? previous : { ...previous, records, index: RowIndex.of(positions), changes: [] };
    }
    return { mapping: input.mapping, rows, records, index: RowIndex.of(positions), changes, anyLive: rows.some((row) => row.live), t: input.t };
}

/**
 * A page added after the rows already shown (the same ids first, with the same record objects): the rows
 * shown stay as they are, without looking them up, and only the new page's records are read. Undefined
 * when the host handed over anything else.
 */
function withPageAdded(input: BuildInput, previous: BoardRows): BoardRows | undefined {
    const { ids } = input;
    const shown = previous.rows.length;
    if (shown === 0 || ids.length <= shown) return undefined;
    for (let i = 0; i < shown; i += 1) {
        if (ids[i] !== previous.rows[i].id || recordFor(input.records, ids[i]) !== previous.records[i]) return undefined;
    }
    const rows = previous.rows.slice();
    const records = previous.records.slice();
    const added = new Map<string, number>();
    let anyLive = previous.anyLive;
    for (let i = shown; i < ids.length; i += 1) {
        const id = ids[i];
        if (typeof id !== "string" || id === "" || added.has(id) || previous.index.has(id)) continue;
        const record = recordFor(input.records, id);
        if (!record) continue;
        const row = rowOf(id, record, input, undefined);
        anyLive ||= row.live;
        added.set(id, rows.length);
        rows.push(row);
        records.push(record);
    }
    return { mapping: input.mapping, rows, records, index: previous.index.extend(added), changes: [], anyLive, t: input.t };
}

/**
 * The ids to show after the host answered: when the board asked for the next page and the host handed
 * over that page alone (instead of the whole range, as the API says it should), the new ids follow the
 * ones already shown.
 */
export function idsAfterPaging(previousIds: readonly string[], nextIds: readonly string[], askedForNextPage: boolean): readonly string[] {
    if (!askedForNextPage || previousIds.length === 0 || nextIds.length === 0) return nextIds;
    const known = new Set(previousIds);
    if (nextIds.some((id) => known.has(id))) return nextIds;
    return [...previousIds, ...nextIds];
}
