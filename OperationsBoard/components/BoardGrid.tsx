import * as React from "react";
import {
    CheckboxVisibility,
    ColumnActionsMode,
    ConstrainMode,
    DetailsList,
    DetailsListLayoutMode,
    DetailsRow,
    type IColumn,
    type IDetailsList,
    type IDetailsRowProps,
    SelectionMode,
    type Selection,
} from "@fluentui/react/lib/DetailsList";
import type { IRenderFunction } from "@fluentui/react/lib/Utilities";
import { useHost } from "../../common/components/HostContext";
import type { BoardRow } from "../model/rows";
import type { SortState } from "../sources/datasetLink";
import type { BoardColumn } from "./columns";
import { useBoardStyles } from "./styles";

export interface BoardGridProps {
    rows: readonly BoardRow[];
    /** The columns the grid shows, each at its fitted width (model/columnFit.ts). */
    columns: readonly BoardColumn[];
    widths: ReadonlyMap<string, number>;
    /** The columns that did not fit: shown under the name, in the row's second line. */
    folded: readonly BoardColumn[];
    sort: SortState | undefined;
    onSort?(column: string): void;
    selection: Selection;
    /** A row at the end asks for the next page when it scrolls into view. */
    hasMore: boolean;
    onLoadMore(): void;
    onOpen?(id: string): void;
    height: number;
}

/**
 * Rows appear at once: Fluent fades every row in as it mounts, so rows scrolled into view would be
 * half-transparent for a moment (and fail contrast checks meanwhile). Only changed rows are animated.
 */
const ROW_STYLES = { root: { animation: "none" } };

/**
 * Rendered where the next page will appear (grid row or card): asks for it when it shows, and again
 * when a page arrived and it still shows (the end of the list is still in view).
 */
export const LoadMore = React.memo(function LoadMore({ onLoadMore, loaded }: { onLoadMore(): void; loaded: number }) {
    const { t } = useHost();
    const styles = useBoardStyles();
    React.useEffect(() => onLoadMore(), [onLoadMore, loaded]);
    return (
        <div className={styles.more} data-load-more="true">
            {t("Grid_LoadingMore")}
        </div>
    );
});

/**
 * Fluent 8.121 (served to model-driven apps when a manifest names it, or when the host loads a later 8.x)
 * lets the list's focus zone turn Space on a row into a click, which selects that row alone; with this,
 * Space stays the selection zone's toggle as on 8.29. Spread because the 8.29 typings we build against do
 * not know `focusZoneProps` (8.29 ignores it).
 */
const SPACE_TOGGLES = { focusZoneProps: { shouldRaiseClicksOnSpace: false } };

/**
 * Every row is one line of ROW_HEIGHT (two, FOLDED_ROW_HEIGHT, when columns fold under the name; cells
 * do not wrap), so the list is told its page heights instead of measuring rendered pages after each
 * update: a measure forces a layout of the grid in the middle of the update, which on a 50,000-row view
 * made each added page one long task. One window of rows is rendered ahead and behind the visible one
 * (Fluent's default is two).
 */
export const ROW_HEIGHT = 32;
export const FOLDED_ROW_HEIGHT = 52;
const listPropsFor = (rowHeight: number) => ({
    renderedWindowsAhead: 1,
    renderedWindowsBehind: 1,
    getPageHeight: (_index?: number, _visible?: unknown, itemCount?: number) => (itemCount ?? 0) * rowHeight,
});
const LIST_PROPS = listPropsFor(ROW_HEIGHT);
const FOLDED_LIST_PROPS = listPropsFor(FOLDED_ROW_HEIGHT);

/** Cell padding, 8 px each side (Fluent's default is 12 and 8, and 24 more on padded columns). */
const CELL_STYLE_PROPS = { cellLeftPadding: 8, cellRightPadding: 8, cellExtraRightPadding: 0 };

/**
 * What the grid takes besides its columns' content, for model/columnFit.ts: each cell's padding, and
 * the check column (48 px), the frame (2 px), a vertical scroll bar (up to 17 px), the board's 2 px
 * inset on each side and 3 px to spare, so a fitted grid never scrolls sideways.
 */
export const GRID_ALLOWANCE = { cellPadding: CELL_STYLE_PROPS.cellLeftPadding + CELL_STYLE_PROPS.cellRightPadding, fixed: 48 + 2 + 17 + 3 + 4 };

/** Home and End (with or without Ctrl) on a row: the first or the last loaded row, not the first or last one drawn. */
const JUMP_KEYS = new Set(["Home", "End"]);

/** The board as a virtualized grid: sortable headers, multiple selection, arrow keys, Enter opens a row. */
export const BoardGrid = React.memo(function BoardGrid({
    rows,
    columns,
    widths,
    folded,
    sort,
    onSort,
    selection,
    hasMore,
    onLoadMore,
    onOpen,
    height,
}: BoardGridProps) {
    const { t } = useHost();
    const styles = useBoardStyles();
    const items = React.useMemo<(BoardRow | null)[]>(() => (hasMore ? [...rows, null] : (rows as BoardRow[])), [rows, hasMore]);
    const byKey = React.useMemo(() => new Map(columns.map((c) => [c.key, c])), [columns]);
    const detailsColumns = React.useMemo<IColumn[]>(
        () =>
            columns.map((column) => {
                const sortable = column.sortColumn !== undefined && onSort !== undefined;
                const sorted = sortable && sort?.column === column.sortColumn;
                return {
                    key: column.key,
                    name: column.header,
                    minWidth: widths.get(column.key) ?? column.minWidth,
                    maxWidth: widths.get(column.key) ?? column.minWidth,
                    isResizable: true,
                    isSorted: sorted,
                    isSortedDescending: sorted ? sort?.descending : undefined,
                    sortAscendingAriaLabel: t("Sort_Ascending"),
                    sortDescendingAriaLabel: t("Sort_Descending"),
                    columnActionsMode: sortable ? ColumnActionsMode.clickable : ColumnActionsMode.disabled,
                    onColumnClick: sortable ? () => onSort?.(column.sortColumn as string) : undefined,
                    className: `${styles.cell}${folded.length > 0 ? ` ${styles.cellFolded}` : ""}`,
                };
            }),
        [columns, widths, folded, sort, onSort, t, styles],
    );
    const renderCell = React.useCallback(
        (item?: BoardRow, _index?: number, column?: IColumn) => {
            if (!item || !column) return null;
            const content = byKey.get(column.key)?.render(item);
            if (column.key !== "name" || folded.length === 0) return content;
            return (
                <span className={styles.nameStack}>
                    {content}
                    <FoldedFacts row={item} columns={folded} />
                </span>
            );
        },
        [byKey, folded, styles],
    );
    const renderRow = React.useCallback<IRenderFunction<IDetailsRowProps>>(
        (props) =>
            props ? <DetailsRow {...props} styles={ROW_STYLES} className={(props.item as BoardRow | null)?.changed ? styles.changed : undefined} /> : null,
        [styles],
    );
    const renderMissing = React.useCallback(() => <LoadMore onLoadMore={onLoadMore} loaded={rows.length} />, [onLoadMore, rows.length]);
    const invoke = React.useCallback((item?: BoardRow) => item && onOpen?.(item.id), [onOpen]);
    // Arrow keys move the focus only; space (or the check box) selects, so several rows can be picked by keyboard.
    const zoneProps = React.useMemo(() => ({ selection, isSelectedOnFocus: false }), [selection]);
    const getKey = React.useCallback((item: BoardRow | null) => (item ? item.id : "more"), []);

    // Home and End reach the first and last loaded rows: Fluent's own keys stop at the rows it has drawn.
    const list = React.useRef<IDetailsList>(null);
    const pendingFocus = React.useRef<number | undefined>(undefined);
    const onKeyDownCapture = React.useCallback(
        (event: React.KeyboardEvent) => {
            if (!JUMP_KEYS.has(event.key) || rows.length === 0) return;
            const target = event.target as HTMLElement;
            if (!target.classList?.contains("ms-DetailsRow")) return;
            event.preventDefault();
            event.stopPropagation();
            const index = event.key === "End" ? rows.length - 1 : 0;
            // Fluent focuses a row it has drawn; one it has not is focused once it is (onRowDidMount).
            pendingFocus.current = index;
            list.current?.focusIndex(index);
        },
        [rows.length],
    );
    const onRowDidMount = React.useCallback((_item?: BoardRow, index?: number) => {
        if (index === undefined || index !== pendingFocus.current) return;
        pendingFocus.current = undefined;
        list.current?.focusIndex(index);
    }, []);
    const onActiveItemChanged = React.useCallback((_item?: BoardRow, index?: number) => {
        // The row the keyboard is on: a jump already done needs no second focus.
        if (index === pendingFocus.current) pendingFocus.current = undefined;
    }, []);

    return (
        <div className={`${styles.gridBox} aops-board-grid`} style={{ height }} onKeyDownCapture={onKeyDownCapture} onMouseOver={titleWhenCut}>
            <div className={`${styles.scroller} aops-board-scroller`} data-is-scrollable="true">
                <DetailsList
                    componentRef={list}
                    className={folded.length > 0 ? `${styles.list} ${styles.listFolded}` : styles.list}
                    {...SPACE_TOGGLES}
                    items={items}
                    columns={detailsColumns}
                    setKey="operations"
                    getKey={getKey}
                    selection={selection}
                    selectionMode={SelectionMode.multiple}
                    selectionPreservedOnEmptyClick
                    selectionZoneProps={zoneProps}
                    checkboxVisibility={CheckboxVisibility.always}
                    layoutMode={DetailsListLayoutMode.fixedColumns}
                    constrainMode={ConstrainMode.unconstrained}
                    compact
                    useReducedRowRenderer
                    listProps={folded.length > 0 ? FOLDED_LIST_PROPS : LIST_PROPS}
                    cellStyleProps={CELL_STYLE_PROPS}
                    onRowDidMount={onRowDidMount}
                    onActiveItemChanged={onActiveItemChanged}
                    onRenderItemColumn={renderCell}
                    onRenderRow={renderRow}
                    onRenderMissingItem={renderMissing}
                    onItemInvoked={invoke}
                    ariaLabelForGrid={t("Grid_Label")}
                    ariaLabelForSelectAllCheckbox={t("Grid_SelectAll")}
                    ariaLabelForSelectionColumn={t("Grid_SelectRow")}
                    checkButtonAriaLabel={t("Grid_SelectRow")}
                />
            </div>
        </div>
    );
});

/**
 * The columns that did not fit, under the name: each as "header value", on one line. Where the line is
 * cut, its whole text is the title on hover; a screen reader reads all of it with the row.
 */
const FoldedFacts = React.memo(function FoldedFacts({ row, columns }: { row: BoardRow; columns: readonly BoardColumn[] }) {
    const styles = useBoardStyles();
    const present = columns.filter((column) => column.has(row));
    if (present.length === 0) return null;
    return (
        <span className={`${styles.folded} aops-board-folded`}>
            {present.map((column) => (
                <span key={column.key} className={styles.fold}>
                    <span className={styles.foldLabel}>{column.header}</span> {column.render(row)}
                </span>
            ))}
        </span>
    );
});

/** Elements of a cell or header that a narrow column may cut. */
const CUTTABLE = ".ms-DetailsRow-cell, .ms-DetailsRow-cell > *, .aops-board-folded, .ms-DetailsHeader-cellName";

/**
 * One listener for the whole grid: when the pointer comes to a cell, a header or a folded line that
 * its column cuts, that element gets its whole text as its title (none when it fits), so nothing cut
 * is more than one hover away. Keyboard and screen reader users get the whole text from the row anyway.
 */
function titleWhenCut(event: React.MouseEvent<HTMLElement>): void {
    let element = event.target instanceof Element ? event.target.closest<HTMLElement>(CUTTABLE) : null;
    while (element && event.currentTarget.contains(element)) {
        // A title the view gave (a name's "Open …", a date's long form) stays; one set here is set anew, as the text may have changed.
        if (element.dataset.cutTitle !== undefined || !element.title) {
            element.title = element.scrollWidth > element.clientWidth + 1 ? (element.textContent ?? "") : "";
            element.dataset.cutTitle = "";
        }
        element = element.parentElement?.closest<HTMLElement>(CUTTABLE) ?? null;
    }
}
