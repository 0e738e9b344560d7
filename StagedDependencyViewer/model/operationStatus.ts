import { numberOf } from "../../common/model/rowValues";
import { TERMINAL_STATUS_CODES } from "../../common/model/optionTables";

/** The table of the row the control sits on. */
export const OPERATION_TABLE = "stagedmetadataasyncoperation";

/** The column the row's run status is read from: `asyncjobstatus`, an Integer holding a system job status code. */
export const STATUS_COLUMN = "asyncjobstatus";

/** The query of the row's own status, read on every refresh. */
export function operationStatusQuery(): string {
    return `?$select=${STATUS_COLUMN}`;
}

/** The status of a `retrieveRecord` answer: a whole number, null when the column is empty or odd-shaped. */
export function operationStatusOf(row: unknown): number | null {
    const value = row !== null && typeof row === "object" ? numberOf((row as Record<string, unknown>)[STATUS_COLUMN]) : undefined;
    return value !== undefined && Number.isInteger(value) ? value : null;
}

/** Whether a status ends the run: Succeeded (30), Failed (31) or Canceled (32). */
export function isFinalOperationStatus(status: number | null | undefined): boolean {
    return status !== null && status !== undefined && TERMINAL_STATUS_CODES.has(status);
}
