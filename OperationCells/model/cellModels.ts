/**
 * What one cell shows, from what the grid hands its renderer: the cell's value and formatted value, and
 * the row's other values by column name. Undefined means "the grid's own rendering": an empty or secured
 * value, a value of a shape this control does not know, a row whose state the grid does not tell. Pure.
 */
import { codeNumber } from "../../common/model/dataverseErrors";
import { formatErrorCode } from "../../common/model/errorCodes";
import { resolveOption, type ResolvedOption } from "../../common/model/options";
import { dateOf, numberOf, textOf, wholeNumberOf } from "../../common/model/rowValues";
import { cutText, type Translate } from "../../common/model/text";
import type { CellKind, StatusSource } from "./cellPlan";
import { ROW_ID, type CellRendererProps, type GridRowData } from "./gridContract";

/** Messages longer than this are cut in the tooltip (the record's form shows the whole text). */
export const MAX_MESSAGE_CHARS = 2000;

export type CellModel =
    | { kind: "status"; option: ResolvedOption }
    | { kind: "errorCode"; text: string; fromDataverse: boolean; message?: string }
    | { kind: "running"; since: Date }
    | { kind: "ran"; formatted: string; ranMs: number }
    | { kind: "waiting"; since: Date }
    | { kind: "packets"; jobId: string; expected?: number; settled: boolean };

const rowValue = (rowData: GridRowData | undefined, column: string): unknown =>
    rowData && typeof rowData === "object" ? (rowData as Record<string, unknown>)[column] : undefined;

/** The row's status value, and whether it can still change; unknown when the row does not carry it. */
function statusOf(rowData: GridRowData | undefined, source: StatusSource): { known: boolean; live: boolean } {
    const value = numberOf(rowValue(rowData, source.column));
    return value === undefined ? { known: false, live: false } : { known: true, live: source.live.has(value) };
}

function statusModel(kind: Extract<CellKind, { kind: "status" }>, props: CellRendererProps, t: Translate): CellModel | undefined {
    const value = numberOf(props.value);
    if (value === undefined) return undefined;
    const option = resolveOption(value, kind.table, t);
    const formatted = textOf(props.formattedValue);
    // A choice column's formatted value is the label the rest of the app shows (a maker's relabel too).
    if (kind.choice && formatted !== "") return { kind: "status", option: { ...option, label: formatted, known: true } };
    return { kind: "status", option };
}

function errorModel(
    kind: Extract<CellKind, { kind: "errorCode" }>,
    props: CellRendererProps,
    rowData: GridRowData | undefined,
    t: Translate,
): CellModel | undefined {
    const code = codeNumber(props.value);
    if (code === undefined) return undefined;
    const message = kind.messageColumns.map((column) => textOf(rowValue(rowData, column))).find((text) => text !== "");
    const shown = message === undefined ? undefined : cutText(message, MAX_MESSAGE_CHARS);
    // 0: the error came from outside Dataverse (a plug-in's own exception, a custom API's failure).
    if (code === 0) return { kind: "errorCode", text: t("ErrorCode_NotFromDataverse"), fromDataverse: false, message: shown };
    return { kind: "errorCode", text: formatErrorCode(code) ?? String(code), fromDataverse: true, message: shown };
}

function endModel(kind: Extract<CellKind, { kind: "end" }>, props: CellRendererProps, rowData: GridRowData | undefined): CellModel | undefined {
    const start = dateOf(rowValue(rowData, kind.startColumn));
    if (!start) return undefined;
    const end = dateOf(props.value);
    if (end) return { kind: "ran", formatted: textOf(props.formattedValue), ranMs: Math.max(0, end.getTime() - start.getTime()) };
    const status = statusOf(rowData, kind.status);
    // Started and not ended: running, unless the row's status says it has settled without an end time.
    return !status.known || status.live ? { kind: "running", since: start } : undefined;
}

function startModel(kind: Extract<CellKind, { kind: "start" }>, props: CellRendererProps, rowData: GridRowData | undefined): CellModel | undefined {
    if (dateOf(props.value)) return undefined;
    const created = dateOf(rowValue(rowData, kind.createdColumn));
    const status = statusOf(rowData, kind.status);
    // Waiting only when the row says so: a canceled row that never started is not waiting.
    return created && status.live ? { kind: "waiting", since: created } : undefined;
}

function packetsModel(kind: Extract<CellKind, { kind: "packets" }>, props: CellRendererProps, rowData: GridRowData | undefined): CellModel | undefined {
    const id = rowValue(rowData, ROW_ID);
    const jobId = typeof id === "string" ? id.trim() : "";
    if (jobId === "") return undefined;
    const status = statusOf(rowData, kind.status);
    return { kind: "packets", jobId, expected: wholeNumberOf(props.value), settled: status.known && !status.live };
}

/** The model of one cell of a column this control draws; undefined for the grid's own rendering. */
export function cellModel(kind: CellKind, props: CellRendererProps, rowData: GridRowData | undefined, t: Translate): CellModel | undefined {
    switch (kind.kind) {
        case "status":
            return statusModel(kind, props, t);
        case "errorCode":
            return errorModel(kind, props, rowData, t);
        case "end":
            return endModel(kind, props, rowData);
        case "start":
            return startModel(kind, props, rowData);
        case "packets":
            return packetsModel(kind, props, rowData);
    }
}

const sameDate = (a: Date, b: Date): boolean => a.getTime() === b.getTime();

/** Whether two models show the same: a cell whose model is the same as last time keeps its element. */
export function sameCellModel(a: CellModel, b: CellModel): boolean {
    if (a === b) return true;
    switch (a.kind) {
        case "status": {
            const o = (b as typeof a).option;
            return b.kind === "status" && a.option.value === o.value && a.option.label === o.label && a.option.tone === o.tone && a.option.color === o.color;
        }
        case "errorCode":
            return b.kind === "errorCode" && a.text === b.text && a.fromDataverse === b.fromDataverse && a.message === b.message;
        case "running":
        case "waiting":
            return b.kind === a.kind && sameDate(a.since, (b as typeof a).since);
        case "ran":
            return b.kind === "ran" && a.formatted === b.formatted && a.ranMs === b.ranMs;
        case "packets":
            return b.kind === "packets" && a.jobId === b.jobId && a.expected === b.expected && a.settled === b.settled;
    }
}
