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
    minWidth: number;
    render(row: BoardRow): React.ReactNode;
    /** The row has something to show in this column (cards leave empty ones out). */
    has(row: BoardRow): boolean;
}

/** The board's columns for a mapping: the roles the view fills, computed times, packets, then the view's other columns. */
export function boardColumns(mapping: ColumnMapping, t: Translate, withPackets: boolean): BoardColumn[] {
    const roles = mapping.roles;
    const sortBy = (role: Role): string | undefined => (roles[role]?.sortable ? roles[role]?.column : undefined);
    const columns: BoardColumn[] = [
        {
            key: "name",
            header: t("Column_Name"),
            sortColumn: mapping.primary?.sortable ? mapping.primary.column : undefined,
            minWidth: 200,
            render: (row) => <NameCell row={row} />,
            has: () => true,
        },
    ];
    if (roles.status)
        columns.push({
            key: "status",
            header: t("Column_Status"),
            sortColumn: sortBy("status"),
            minWidth: 170,
            render: (row) => <StatusCell row={row} />,
            has: () => true,
        });
    if (withPackets) columns.push({ key: "packets", header: t("Column_Packets"), minWidth: 160, render: (row) => <PacketsCell row={row} />, has: () => true });
    if (roles.createdOn)
        columns.push({
            key: "createdOn",
            header: t("Column_Created"),
            sortColumn: sortBy("createdOn"),
            minWidth: 170,
            render: (row) => <DateCell date={row.createdOn} />,
            has: (row) => row.createdOn !== undefined,
        });
    if (roles.startTime)
        columns.push({
            key: "startTime",
            header: t("Column_Started"),
            sortColumn: sortBy("startTime"),
            minWidth: 170,
            render: (row) => <DateCell date={row.startTime} />,
            has: (row) => row.startTime !== undefined,
        });
    if (roles.endTime)
        columns.push({
            key: "endTime",
            header: t("Column_Ended"),
            sortColumn: sortBy("endTime"),
            minWidth: 170,
            render: (row) => <DateCell date={row.endTime} />,
            has: (row) => row.endTime !== undefined,
        });
    if (roles.createdOn && roles.startTime)
        columns.push({
            key: "queue",
            header: t("Column_Queue"),
            minWidth: 120,
            render: (row) => <QueueCell row={row} />,
            has: (row) => row.queueMs !== undefined || row.queueing,
        });
    if (roles.startTime)
        columns.push({
            key: "run",
            header: t("Column_Run"),
            minWidth: 150,
            render: (row) => <RunCell row={row} />,
            has: (row) => row.runMs !== undefined || row.running,
        });
    if (roles.retryCount)
        columns.push({
            key: "retries",
            header: t("Column_Retries"),
            sortColumn: sortBy("retryCount"),
            minWidth: 130,
            render: (row) => <RetriesCell row={row} />,
            has: (row) => row.retries !== undefined,
        });
    if (roles.errorCode || roles.errorMessage) {
        columns.push({
            key: "error",
            header: t("Column_Error"),
            sortColumn: sortBy("errorCode"),
            minWidth: 200,
            render: (row) => <ErrorCell row={row} />,
            has: (row) => row.error !== undefined,
        });
    }
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
