/**
 * The board's model across updateView calls: the column mapping (rebuilt only when the view's columns
 * change) and the rows (rebuilt row by row, see buildRows), handed back as the same objects while nothing
 * they show changed. Pure memoization: no host access, no timers.
 */
import type { Translate } from "../../common/model/text";
import { columnsKey, mapColumns, type ColumnMapping } from "./columns";
import { buildRows, idsAfterPaging, type BoardRows, type RecordLike } from "./rows";

export interface BoardInput {
    entityName: string | undefined;
    columns: readonly unknown[];
    ids: readonly string[];
    records: Readonly<Record<string, RecordLike | undefined>>;
    t: Translate;
    /** The host just answered the board's request for the next page. */
    pageAnswered: boolean;
    /** The board asked for the next page and the host is still loading it. */
    pagePending?: boolean;
    /** The host is loading (a refresh, a page, a sort). */
    loading?: boolean;
}

export class BoardModel {
    private key: string | undefined;
    private mapping: ColumnMapping | undefined;
    private rows: BoardRows | undefined;
    private ids: readonly string[] = [];
    private builds = 0;
    private lastInput: BoardInput | undefined;

    /** How many times rows were built (tests read it). */
    get rowBuilds(): number {
        return this.builds;
    }

    read(input: BoardInput): BoardRows {
        const last = this.lastInput;
        this.lastInput = input;
        // While the next page loads, the host may still hand over an earlier page alone: the rows shown stay.
        if (this.rows && input.pagePending && !input.pageAnswered) return this.rows;
        // Some hosts empty the records while a load is under way: the rows shown stay until the data comes.
        if (this.rows && this.rows.rows.length > 0 && input.loading === true && input.ids.length === 0) return this.rows;
        // The host handed over the very same records and ids (an updateView for a resize, say): nothing to read.
        if (
            this.rows &&
            last &&
            !input.pageAnswered &&
            last.records === input.records &&
            last.ids === input.ids &&
            last.columns === input.columns &&
            last.t === input.t &&
            last.entityName === input.entityName
        ) {
            return this.rows;
        }
        const key = columnsKey(input.entityName, input.columns);
        if (!this.mapping || key !== this.key) {
            this.mapping = mapColumns(input.entityName, input.columns);
            this.key = key;
        }
        const ids = idsAfterPaging(this.ids, input.ids, input.pageAnswered);
        const rows = buildRows({ mapping: this.mapping, ids, records: input.records, t: input.t, previous: this.rows });
        if (rows !== this.rows) this.builds += 1;
        this.rows = rows;
        this.ids = rows.rows.length === ids.length ? ids : rows.rows.map((row) => row.id);
        return rows;
    }
}
