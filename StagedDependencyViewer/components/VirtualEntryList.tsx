import * as React from "react";
import { List } from "@fluentui/react/lib/List";
import { FocusZone, FocusZoneDirection } from "@fluentui/react/lib/FocusZone";
import { LIST_PAGE_ROWS, type RowLayout } from "../model/rowLayout";
import type { ExportColumns } from "../model/spreadsheetText";
import { useHost } from "../../common/components/HostContext";
import { ColumnHeaders, rowKey } from "./listParts";
import { LIST_MAX_HEIGHT, ROW_HEIGHT, useDependencyStyles } from "./styles";

export interface VirtualEntryListProps {
    /** The list's rows (an entry index ≥ 0, a group header < 0); Fluent's List reads length, indexes and slice(). */
    rows: ArrayLike<number>;
    /** Where the rows sit (model/rowLayout.ts): the list is told its page heights, never measures them. */
    layout: RowLayout;
    /** The grid's accessible name and role ("treegrid" when rows are grouped). */
    label: string;
    /** Rows the grid has, when more than it shows yet (a list still being read); the rows shown otherwise. */
    rowCount?: number;
    role: "grid" | "treegrid";
    columns: ExportColumns;
    /** The list has no types: the id column gets a GUID's width. */
    untyped: boolean;
    onRenderCell(row?: number, index?: number): React.ReactNode;
    /** Rows per page where pages differ (group headers); Fluent's default otherwise. */
    getItemCountForPage?(itemIndex?: number, visibleRect?: unknown): number;
    /** Changes when a row would render differently with the same rows (a search, a selection). */
    version: unknown;
    onFocus?(event: React.FocusEvent<HTMLElement>): void;
}

/**
 * The dependency list's scrolling grid: column headers on top, then a virtualized list of rows in a box
 * as high as its rows up to LIST_MAX_HEIGHT, arrow keys moving between rows. The whole list and the list
 * still being read both draw it.
 */
export function VirtualEntryList({
    rows,
    layout,
    label,
    rowCount = rows.length,
    role,
    columns,
    untyped,
    onRenderCell,
    getItemCountForPage,
    version,
    onFocus,
}: VirtualEntryListProps) {
    const { compact } = useHost();
    const styles = useDependencyStyles();
    const getPageHeight = React.useCallback((index = 0, _rect?: unknown, itemCount = LIST_PAGE_ROWS) => layout.rangeHeight(index, itemCount), [layout]);
    const headerHeight = compact ? 0 : ROW_HEIGHT;
    return (
        <div
            data-is-scrollable="true"
            className={`aops-dependency-scroll ${styles.scroll}`}
            // The box is as high as its rows, up to LIST_MAX_HEIGHT: a value per list.
            style={{ height: Math.min(LIST_MAX_HEIGHT, layout.total + headerHeight + 2) }}
            onFocus={onFocus}
        >
            <FocusZone
                direction={FocusZoneDirection.vertical}
                isCircularNavigation={false}
                role={role}
                aria-label={label}
                aria-rowcount={rowCount + 1}
                aria-colcount={4}
            >
                <ColumnHeaders columns={columns} untyped={untyped} />
                <List
                    role="rowgroup"
                    items={rows as unknown as number[]}
                    onRenderCell={onRenderCell}
                    getItemCountForPage={getItemCountForPage}
                    getPageHeight={getPageHeight}
                    getKey={rowKey}
                    renderedWindowsAhead={1}
                    renderedWindowsBehind={1}
                    version={version}
                />
            </FocusZone>
        </div>
    );
}
