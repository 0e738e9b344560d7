import * as React from "react";
import type { Translate } from "../../common/model/text";
import type { ColumnMapping, Role } from "../model/columns";
import type { BoardRow } from "../model/rows";
import { DateCell, ErrorCell, NameCell, PacketsCell, QueueCell, RetriesCell, RunCell, StatusCell, TextCell } from "./cells";

/** One column of the board, for the grid and the cards alike. */
export interface BoardColumn {
    key: string;
    header: string;
    /** The data set column a click on the header sorts by; undefined when it cannot sort. */
    sortColumn?: string;
    /** The least width its content needs (the grid folds the column into the row below it). */
    minWidth: number;
    /** The width it uses when the grid has room (names are long). */
    idealWidth?: number;
    render(row: BoardRow): React.ReactNode;
    /** The row has something to show in this column (cards and folded columns leave empty ones out). */
    has(row: BoardRow): boolean;
}

/**
 * The board's columns for a mapping, in the order of what matters most when the grid is narrow: the
 * name and status, packets, what went wrong (error, retries), how long it ran, when it was created,
 * then the other times and the view's other columns. The grid shows as many as fit and folds the rest
 * into the row.
 */
export function boardColumns(mapping: ColumnMapping, t: Translate, withPackets: boolean): BoardColumn[] {
    const roles = mapping.roles;
    const sortBy = (role: Role): string | undefined => (roles[role]?.sortable ? roles[role]?.column : undefined);
    const columns: BoardColumn[] = [
        {
            key: "name",
            header: t("Column_Name"),
            sortColumn: mapping.primary?.sortable ? mapping.primary.column : undefined,
            minWidth: 160,
            idealWidth: 340,
            render: (row) => <NameCell row={row} />,
            has: () => true,
        },
    ];
    if (roles.status)
        columns.push({
            key: "status",
            header: t("Column_Status"),
            sortColumn: sortBy("status"),
            // "Waiting For Resources", the longest status label the three tables have in English.
            minWidth: 170,
            render: (row) => <StatusCell row={row} />,
            has: () => true,
        });
    if (withPackets) columns.push({ key: "packets", header: t("Column_Packets"), minWidth: 150, render: (row) => <PacketsCell row={row} />, has: () => true });
    if (roles.errorCode || roles.errorMessage) {
        columns.push({
            key: "error",
            header: t("Column_Error"),
            sortColumn: sortBy("errorCode"),
            minWidth: 180,
            render: (row) => <ErrorCell row={row} />,
            has: (row) => row.error !== undefined,
        });
    }
    if (roles.retryCount)
        columns.push({
            key: "retries",
            header: t("Column_Retries"),
            sortColumn: sortBy("retryCount"),
            minWidth: 100,
            render: (row) => <RetriesCell row={row} />,
            has: (row) => row.retries !== undefined,
        });
    if (roles.startTime)
        columns.push({
            key: "run",
            header: t("Column_Run"),
            minWidth: 110,
            render: (row) => <RunCell row={row} />,
            has: (row) => row.runMs !== undefined || row.running,
        });
    const dateColumn = (key: string, header: string, role: Role, date: (row: BoardRow) => Date | undefined): BoardColumn => ({
        key,
        header,
        sortColumn: sortBy(role),
        minWidth: 124,
        render: (row) => <DateCell date={date(row)} />,
        has: (row) => date(row) !== undefined,
    });
    if (roles.createdOn) columns.push(dateColumn("createdOn", t("Column_Created"), "createdOn", (row) => row.createdOn));
    if (roles.startTime) columns.push(dateColumn("startTime", t("Column_Started"), "startTime", (row) => row.startTime));
    if (roles.endTime) columns.push(dateColumn("endTime", t("Column_Ended"), "endTime", (row) => row.endTime));
    if (roles.createdOn && roles.startTime)
        columns.push({
            key: "queue",
            header: t("Column_Queue"),
            minWidth: 100,
            render: (row) => <QueueCell row={row} />,
            has: (row) => row.queueMs !== undefined || row.queueing,
        });
    mapping.extras.forEach((extra, index) => {
        columns.push({
            key: `extra${index}`,
            header: extra.displayName,
            sortColumn: extra.sortable ? extra.column : undefined,
            minWidth: 120,
            render: (row) => <TextCell text={row.extras[index] ?? ""} />,
            has: (row) => (row.extras[index] ?? "") !== "",
        });
    });
    return columns;
}
