import * as React from "react";
import {
    CheckboxVisibility,
    ColumnActionsMode,
    ConstrainMode,
    DetailsList,
    DetailsListLayoutMode,
    DetailsRow,
    type IColumn,
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
    columns: readonly BoardColumn[];
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
 * Every row is one line of ROW_HEIGHT (compact rows; cells do not wrap), so the list is told its page
 * heights instead of measuring rendered pages after each update: a measure forces a layout of the grid
 * in the middle of the update, which on a 50,000-row view made each added page one long task. One
 * window of rows is rendered ahead and behind the visible one (Fluent's default is two).
 */
export const ROW_HEIGHT = 32;
const LIST_PROPS = {
    renderedWindowsAhead: 1,
    renderedWindowsBehind: 1,
    getPageHeight: (_index?: number, _visible?: unknown, itemCount?: number) => (itemCount ?? 0) * ROW_HEIGHT,
};

/** The board as a virtualized grid: sortable headers, multiple selection, arrow keys, Enter opens a row. */
export const BoardGrid = React.memo(function BoardGrid({ rows, columns, sort, onSort, selection, hasMore, onLoadMore, onOpen, height }: BoardGridProps) {
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
                    minWidth: column.minWidth,
                    maxWidth: column.minWidth,
                    isResizable: true,
                    isSorted: sorted,
                    isSortedDescending: sorted ? sort?.descending : undefined,
                    sortAscendingAriaLabel: t("Sort_Ascending"),
                    sortDescendingAriaLabel: t("Sort_Descending"),
                    columnActionsMode: sortable ? ColumnActionsMode.clickable : ColumnActionsMode.disabled,
                    onColumnClick: sortable ? () => onSort?.(column.sortColumn as string) : undefined,
                    className: styles.cell,
                };
            }),
        [columns, sort, onSort, t, styles],
    );
    const renderCell = React.useCallback(
        (item?: BoardRow, _index?: number, column?: IColumn) => (item && column ? byKey.get(column.key)?.render(item) : null),
        [byKey],
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

    return (
        <div className={`${styles.gridBox} aops-board-grid`} style={{ height }}>
            <div className={`${styles.scroller} aops-board-scroller`} data-is-scrollable="true">
                <DetailsList
                    className={styles.list}
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
                    listProps={LIST_PROPS}
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
