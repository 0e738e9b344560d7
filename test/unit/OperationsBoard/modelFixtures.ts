/** A background operation view's columns and records as the host hands them to the board's models. */
import type { ColumnLike } from "../../../OperationsBoard/model/columns";
import type { RecordLike } from "../../../OperationsBoard/model/rows";
import { createTranslator, resxStrings } from "../../host/resx";

export const t = createTranslator(undefined, resxStrings("OperationsBoard"));

export const BGOP_VIEW: ColumnLike[] = [
    { name: "name", displayName: "Name", dataType: "SingleLine.Text", isPrimary: true, alias: "name" },
    { name: "backgroundoperationstatuscode", displayName: "Status Reason", dataType: "OptionSet", alias: "backgroundoperationstatuscode" },
    { name: "createdon", displayName: "Created On", dataType: "DateAndTime.DateAndTime", alias: "createdon" },
    { name: "starttime", displayName: "Start Time", dataType: "DateAndTime.DateAndTime", alias: "starttime" },
    { name: "endtime", displayName: "End Time", dataType: "DateAndTime.DateAndTime", alias: "endtime" },
    { name: "retrycount", displayName: "Retry Count", dataType: "Whole.None", alias: "retrycount" },
    { name: "errorcode", displayName: "Error Code", dataType: "Whole.None", alias: "errorcode" },
    { name: "errormessage", displayName: "Error Message", dataType: "Multiple", alias: "errormessage" },
];

/** A record reading from plain values, as the host's EntityRecord does. */
export function record(values: Record<string, unknown>, formatted: Record<string, string> = {}): RecordLike {
    return {
        getValue: (column) => values[column] ?? null,
        getFormattedValue: (column) => formatted[column] ?? (values[column] === null || values[column] === undefined ? "" : String(values[column])),
    };
}

export const at = (iso: string): Date => new Date(iso);
