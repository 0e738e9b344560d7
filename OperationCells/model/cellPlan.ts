/**
 * Which cells of a grid this control draws. The contract tells a renderer the grid's visible columns but
 * not their table, so the table is recognised by columns only it has (a customizer is set per grid, on a
 * view of one table). A grid of another table, or a column not listed here, gets nothing: the grid draws
 * it as always. Pure: reads column names only.
 */
import {
    ASYNC_OPERATION_LIVE,
    ASYNC_OPERATION_STATE,
    ASYNC_OPERATION_STATUS,
    BACKGROUND_OPERATION_LIVE,
    BACKGROUND_OPERATION_STATE,
    BACKGROUND_OPERATION_STATUS,
    INTEGRATION_JOB_LIVE,
    INTEGRATION_JOB_STATUS,
} from "../../common/model/optionTables";
import type { OptionTable } from "../../common/model/options";
import type { GridColumn } from "./gridContract";

export type CellTable = "backgroundoperation" | "msdyn_integrationjob" | "asyncoperation" | "stagedmetadataasyncoperation";

/** Statuses that can still change on their own, and the column that carries them. */
export interface StatusSource {
    column: string;
    live: ReadonlySet<number>;
}

export type CellKind =
    /** A status badge. `choice`: the column is a choice (its formatted value is the label, its metadata has colors). */
    | { kind: "status"; table: OptionTable; choice: boolean }
    /** An error code as "decimal (0xHEX)", its row's message (the first of `messageColumns` it has) as the tooltip. */
    | { kind: "errorCode"; messageColumns: readonly string[] }
    /** The end time: a running row counts its run time up; an ended one shows how long it ran. */
    | { kind: "end"; startColumn: string; status: StatusSource }
    /** The start time: a row still waiting counts its wait up from its creation. */
    | { kind: "start"; createdColumn: string; status: StatusSource }
    /** Packets received of the expected count (the cell's value). */
    | { kind: "packets"; status: StatusSource };

export interface CellPlan {
    table: CellTable | undefined;
    /** What to draw per column logical name; a column not in it is the grid's. */
    columns: ReadonlyMap<string, CellKind>;
}

/** Columns that only the table has (of the four), each enough to recognise it. */
const SIGNATURES: Readonly<Record<CellTable, readonly string[]>> = {
    backgroundoperation: [
        "backgroundoperationstatuscode",
        "backgroundoperationstatecode",
        "backgroundoperationid",
        "errormessage",
        "inputparameters",
        "outputparameters",
        "ttlinseconds",
    ],
    msdyn_integrationjob: ["msdyn_status", "msdyn_numberofpackets", "msdyn_integrationjobid", "msdyn_regardingentityid", "msdyn_type"],
    stagedmetadataasyncoperation: ["asyncjobstatus", "componenttype", "unprocesseddependencies", "objectid", "stagedmetadataasyncoperationid"],
    asyncoperation: ["operationtype", "startedon", "completedon", "friendlymessage", "executiontimespan", "postponeuntil", "workflowactivationid"],
};

const TABLES = Object.keys(SIGNATURES) as CellTable[];

const BACKGROUND_STATUS: StatusSource = { column: "backgroundoperationstatuscode", live: BACKGROUND_OPERATION_LIVE };
const JOB_STATUS: StatusSource = { column: "msdyn_status", live: INTEGRATION_JOB_LIVE };
const SYSTEM_JOB_STATUS: StatusSource = { column: "statuscode", live: ASYNC_OPERATION_LIVE };

const KINDS: Readonly<Record<CellTable, Readonly<Record<string, CellKind>>>> = {
    backgroundoperation: {
        backgroundoperationstatuscode: { kind: "status", table: BACKGROUND_OPERATION_STATUS, choice: true },
        backgroundoperationstatecode: { kind: "status", table: BACKGROUND_OPERATION_STATE, choice: true },
        errorcode: { kind: "errorCode", messageColumns: ["errormessage"] },
        starttime: { kind: "start", createdColumn: "createdon", status: BACKGROUND_STATUS },
        endtime: { kind: "end", startColumn: "starttime", status: BACKGROUND_STATUS },
    },
    msdyn_integrationjob: {
        msdyn_status: { kind: "status", table: INTEGRATION_JOB_STATUS, choice: true },
        msdyn_numberofpackets: { kind: "packets", status: JOB_STATUS },
    },
    asyncoperation: {
        statuscode: { kind: "status", table: ASYNC_OPERATION_STATUS, choice: true },
        statecode: { kind: "status", table: ASYNC_OPERATION_STATE, choice: true },
        // The friendly message is written for users; the technical one stands in where the row lacks it.
        errorcode: { kind: "errorCode", messageColumns: ["friendlymessage", "message"] },
        startedon: { kind: "start", createdColumn: "createdon", status: SYSTEM_JOB_STATUS },
        completedon: { kind: "end", startColumn: "startedon", status: SYSTEM_JOB_STATUS },
    },
    // asyncjobstatus is a whole number carrying system job status reasons: the label is ours, not the grid's.
    stagedmetadataasyncoperation: {
        asyncjobstatus: { kind: "status", table: ASYNC_OPERATION_STATUS, choice: false },
    },
};

/** The table whose own columns the grid shows most of; undefined when it shows none of them. */
export function tableOfColumns(names: readonly string[]): CellTable | undefined {
    const present = new Set(names.map((name) => name.toLowerCase()));
    let best: CellTable | undefined;
    let bestScore = 0;
    for (const table of TABLES) {
        const score = SIGNATURES[table].filter((name) => present.has(name)).length;
        if (score > bestScore) {
            best = table;
            bestScore = score;
        }
    }
    return best;
}

/** Logical names of the grid's columns, whatever the entries hold. */
export function columnNames(colDefs: unknown): string[] {
    if (!Array.isArray(colDefs)) return [];
    return colDefs.map((column: Partial<GridColumn> | null) => (column && typeof column.name === "string" ? column.name : "")).filter((name) => name !== "");
}

/** What to draw in each of the grid's columns. */
export function planCells(colDefs: unknown): CellPlan {
    const names = columnNames(colDefs);
    const table = tableOfColumns(names);
    const columns = new Map<string, CellKind>();
    if (table) {
        for (const name of names) {
            const kind = KINDS[table][name.toLowerCase()];
            if (kind) columns.set(name, kind);
        }
    }
    return { table, columns };
}

/**
 * The plan of the grid's columns, worked out once per column list: the grid hands every cell the same
 * `colDefs`, and a list of the same names (a new array after a column change) gets the plan it had.
 */
export class CellPlans {
    private byList = new WeakMap<object, CellPlan>();
    private lastKey = "";
    private lastPlan: CellPlan = { table: undefined, columns: new Map() };

    of(colDefs: unknown): CellPlan {
        const list = Array.isArray(colDefs) ? colDefs : undefined;
        const known = list ? this.byList.get(list) : undefined;
        if (known) return known;
        const key = columnNames(colDefs).join("\u0001");
        if (key !== this.lastKey) {
            this.lastKey = key;
            this.lastPlan = planCells(colDefs);
        }
        if (list) this.byList.set(list, this.lastPlan);
        return this.lastPlan;
    }
}
