/**
 * The bulk cancel of selected background operations: which selected rows can be canceled (waiting for
 * resources) and which are left alone because they already started or ended. Pure.
 */
import type { BoardRow, BoardRows } from "./rows";

/** Dataverse's documented cancel: state Locked (2), status Canceling (22). */
export const CANCEL_UPDATE = Object.freeze({ backgroundoperationstatecode: 2, backgroundoperationstatuscode: 22 });
/** Updates in flight at once. */
export const CANCEL_CONCURRENCY = 4;

export interface CancelPlan {
    cancelable: readonly BoardRow[];
    /** Selected rows that are no longer waiting: never touched. */
    leftAlone: readonly BoardRow[];
}

export function cancelPlan(board: Pick<BoardRows, "rows" | "index">, selectedIds: readonly string[]): CancelPlan {
    const cancelable: BoardRow[] = [];
    const leftAlone: BoardRow[] = [];
    for (const id of new Set(selectedIds)) {
        const at = board.index.get(id);
        const row = at === undefined ? undefined : board.rows[at];
        if (!row) continue;
        if (row.cancelable) cancelable.push(row);
        else leftAlone.push(row);
    }
    return { cancelable, leftAlone };
}

export type CancelOutcome = { id: string; name: string; ok: true } | { id: string; name: string; ok: false; message: string };
