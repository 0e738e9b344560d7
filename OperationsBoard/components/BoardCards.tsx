import * as React from "react";
import { Check } from "@fluentui/react/lib/Check";
import { FocusZone, FocusZoneDirection } from "@fluentui/react/lib/FocusZone";
import { List } from "@fluentui/react/lib/List";
import { useHost } from "../../common/components/HostContext";
import { revealedText } from "../../common/model/visibleText";
import type { BoardRow } from "../model/rows";
import type { BoardColumn } from "./columns";
import { useBoardStyles } from "./styles";
import { LoadMore } from "./BoardGrid";

export interface BoardCardsProps {
    rows: readonly BoardRow[];
    columns: readonly BoardColumn[];
    selected: ReadonlySet<string>;
    onToggle(id: string, selected: boolean): void;
    hasMore: boolean;
    onLoadMore(): void;
    height: number;
}

interface CardProps {
    row: BoardRow;
    columns: readonly BoardColumn[];
    selected: boolean;
    onToggle(id: string, selected: boolean): void;
}

const OperationCard = React.memo(function OperationCard({ row, columns, selected, onToggle }: CardProps) {
    const { t } = useHost();
    const styles = useBoardStyles();
    const [name, status, ...rest] = columns;
    const details = rest.filter((column) => column.has(row));
    return (
        <div className={`${styles.card}${row.changed ? ` ${styles.changed}` : ""}`} data-operation-card={row.id}>
            <div className={styles.cardHead}>
                {/* The grid's round selection check, so a row is picked the same way at every width. */}
                <button
                    type="button"
                    role="checkbox"
                    aria-checked={selected}
                    aria-label={t("Card_Select", row.name !== "" ? revealedText(row.name) : t("Name_None"))}
                    className={`aops-card-check ${styles.cardCheck}`}
                    onClick={() => onToggle(row.id, !selected)}
                >
                    <Check checked={selected} />
                </button>
                {name?.render(row)}
                {status?.key === "status" ? status.render(row) : null}
            </div>
            {details.length > 0 ? (
                <dl className={styles.cardPairs}>
                    {details.map((column) => (
                        <React.Fragment key={column.key}>
                            <dt className={styles.cardLabel}>{column.header}</dt>
                            <dd className={styles.cardValue}>{column.render(row)}</dd>
                        </React.Fragment>
                    ))}
                </dl>
            ) : null}
        </div>
    );
});

/** Phone width: each row is a card with its own selection box; the list is virtualized like the grid. */
export const BoardCards = React.memo(function BoardCards({ rows, columns, selected, onToggle, hasMore, onLoadMore, height }: BoardCardsProps) {
    const { t } = useHost();
    const styles = useBoardStyles();
    // A status column that is not there leaves the name first and everything else as details.
    const ordered = React.useMemo(
        () => (columns[1]?.key === "status" ? columns : [columns[0], { ...columns[0], key: "none", render: () => null }, ...columns.slice(1)]),
        [columns],
    );
    const items = React.useMemo<(BoardRow | null)[]>(() => (hasMore ? [...rows, null] : (rows as BoardRow[])), [rows, hasMore]);
    const renderCell = React.useCallback(
        (item?: BoardRow | null) =>
            item ? (
                <OperationCard row={item} columns={ordered} selected={selected.has(item.id)} onToggle={onToggle} />
            ) : (
                <LoadMore onLoadMore={onLoadMore} loaded={rows.length} />
            ),
        [ordered, selected, onToggle, onLoadMore, rows.length],
    );
    return (
        <div data-is-scrollable="true" className="aops-board-cards" style={{ height, overflowY: "auto" }}>
            <FocusZone direction={FocusZoneDirection.vertical}>
                <List
                    aria-label={t("Grid_Label")}
                    className={styles.cards}
                    items={items}
                    onRenderCell={renderCell}
                    version={selected}
                    getKey={(item: BoardRow | null) => (item ? item.id : "more")}
                />
            </FocusZone>
        </div>
    );
});
