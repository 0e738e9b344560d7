/**
 * Which of the board's columns the grid shows at the width it is given, and how wide each is. Columns
 * are taken in order of priority (the order they are listed in) while their least widths fit; those
 * that do not fit fold into the row's second line instead of scrolling away, and the width left over
 * goes to the name first (a long name wants it most), then evenly to the others. Pure.
 */

export interface ColumnNeed {
    key: string;
    /** The least width its content needs, without the cell's padding. */
    minWidth: number;
    /** The width it would use if given it (names are long); no more is given to it before the others have theirs. */
    idealWidth?: number;
}

export interface FittedColumn {
    key: string;
    width: number;
}

export interface ColumnFit {
    shown: readonly FittedColumn[];
    /** Keys of the columns that did not fit, in priority order. */
    folded: readonly string[];
}

/** What the grid takes besides the columns' content: each cell's padding, the check column, the frame and a scroll bar. */
export interface GridAllowance {
    cellPadding: number;
    fixed: number;
}

/**
 * Fits the columns (first: the one that identifies the row, always shown) into `width` px. A width that
 * is unknown (0 or less) shows every column at its least width: the grid scrolls then.
 */
export function fitColumns(columns: readonly ColumnNeed[], width: number, allowance: GridAllowance): ColumnFit {
    if (columns.length === 0) return { shown: [], folded: [] };
    if (!(width > 0)) return { shown: columns.map((c) => ({ key: c.key, width: c.minWidth })), folded: [] };
    let room = width - allowance.fixed;
    const shown: { need: ColumnNeed; width: number }[] = [];
    const folded: string[] = [];
    columns.forEach((need, index) => {
        const cost = need.minWidth + allowance.cellPadding;
        // The first column is shown whatever the width; after one column has folded, every later one folds too.
        if (index === 0 || (folded.length === 0 && cost <= room)) {
            shown.push({ need, width: need.minWidth });
            room -= cost;
        } else {
            folded.push(need.key);
        }
    });
    room = Math.max(0, Math.floor(room));
    // The room left: first towards each column's ideal width, in priority order, then shared evenly.
    for (const column of shown) {
        const wanted = Math.max(0, (column.need.idealWidth ?? column.need.minWidth) - column.width);
        const given = Math.min(wanted, room);
        column.width += given;
        room -= given;
    }
    if (room > 0) {
        const share = Math.floor(room / shown.length);
        shown.forEach((column, index) => {
            column.width += index === 0 ? room - share * (shown.length - 1) : share;
        });
    }
    return { shown: shown.map((c) => ({ key: c.need.key, width: c.width })), folded };
}
