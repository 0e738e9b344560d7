import * as React from "react";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { Selection, type IObjectWithKey } from "@fluentui/react/lib/Selection";
import { Spinner } from "@fluentui/react/lib/Spinner";
import { useHost } from "../../common/components/HostContext";
import { RefreshButton } from "../../common/components/RefreshButton";
import { RefreshStatus } from "../../common/components/RefreshStatus";
import { TechnicalDetails } from "../../common/components/TechnicalDetails";
import { useSharedStyles } from "../../common/components/styles";
import { useStore } from "../../common/components/useStore";
import { cutText, numberText } from "../../common/model/text";
import { revealedText } from "../../common/model/visibleText";
import type { RefreshSource } from "../../common/sources/refreshSource";
import { cancelPlan } from "../model/cancel";
import type { BoardRow, BoardRows } from "../model/rows";
import { activeStatuses, changeSummary, filterRows, keepVanished, summarize, type StatusCount } from "../model/summary";
import type { BulkCancel } from "../sources/bulkCancel";
import type { DatasetLink, SortState } from "../sources/datasetLink";
import { BoardCards } from "./BoardCards";
import { BoardGrid, FOLDED_ROW_HEIGHT, GRID_ALLOWANCE, ROW_HEIGHT } from "./BoardGrid";
import { CancelBar } from "./CancelBar";
import { SummaryBar } from "./SummaryBar";
import { BoardServicesContext, StatusOptionsContext, type BoardServices } from "./cells";
import { boardColumns, type BoardColumn } from "./columns";
import { fitColumns } from "../model/columnFit";
import { useBoardStyles } from "./styles";

/** The data set's state besides its rows, as one object that stays the same while nothing in it changes. */
export interface ViewState {
    loading: boolean;
    /** The host's message when the view could not be loaded. */
    error: string | undefined;
    /** The view's total on the server; -1 when unknown. */
    total: number;
    /** More rows can be loaded by scrolling to the end. */
    hasMore: boolean;
}

export interface BoardViewProps {
    board: BoardRows;
    view: ViewState;
    sort: SortState | undefined;
    link: Pick<DatasetLink, "sort" | "loadNextPage" | "select" | "selection" | "open">;
    services: BoardServices;
    /** Sorting through the data set is possible. */
    canSort: boolean;
    refresh: RefreshSource<number> | undefined;
    cancel: BulkCancel | undefined;
    /** The height the host gives the control (a view's grid); 0 or less when it does not say. */
    availableHeight: number;
    /** The width the host gives the control; 0 or less when it does not say (the grid scrolls sideways then). */
    availableWidth: number;
}

const HEADER_HEIGHT = 44;
const MAX_GRID_HEIGHT = 520;
const CARD_HEIGHT = 132;
const MAX_CARDS_HEIGHT = 560;
/** Room for the summary, refresh and cancel bars above the rows. */
const BARS_HEIGHT = 130;
const MIN_ROOM = 240;
const NO_FILTER: ReadonlySet<string> = new Set();
const NO_COUNTS: readonly StatusCount[] = [];
/** A view's error longer than this is cut; its whole text is behind "Technical details". */
const MAX_VIEW_ERROR_CHARS = 300;

/** The board: summary and toggles, refresh line, bulk cancel, and the grid (cards at phone width). */
/** One empty selection for every render, so memoized values that depend on it stay put. */
const NO_IDS: readonly string[] = [];

export const BoardView = React.memo(function BoardView({
    board,
    view,
    sort,
    link,
    services,
    canSort,
    refresh,
    cancel,
    availableHeight,
    availableWidth,
}: BoardViewProps) {
    const { t, compact, clock } = useHost();
    const styles = useBoardStyles();
    const shared = useSharedStyles();
    const snapshot = useStore(refresh);
    const [chosen, setChosen] = React.useState<ReadonlySet<string>>(NO_FILTER);

    const statusOptions = useStore(services.statusOptions);
    // A view without a status column has nothing to count by status: no chips (not one "None" chip).
    const hasStatus = board.mapping.roles.status !== undefined;
    // Statuses shown before stay as chips at 0 when their last row changes, so the chips do not move.
    const shownCounts = React.useRef<readonly StatusCount[]>(NO_COUNTS);
    const counts = React.useMemo(
        () => (hasStatus ? keepVanished(summarize(board.rows, statusOptions), shownCounts.current) : NO_COUNTS),
        [hasStatus, board.rows, statusOptions],
    );
    React.useEffect(() => {
        shownCounts.current = counts;
    });
    const active = activeStatuses(chosen, counts);
    const visible = React.useMemo(() => filterRows(board.rows, active), [board.rows, active]);
    const withPackets = board.mapping.kind === "integrationjob";
    const columns = React.useMemo(() => boardColumns(board.mapping, t, withPackets), [board.mapping, t, withPackets]);
    const fitted = React.useMemo(() => gridLayout(columns, availableWidth), [columns, availableWidth]);
    // A folded column no loaded row has a value in adds nothing but an empty second line to every row.
    const layout = React.useMemo(() => ({ ...fitted, folded: fitted.folded.filter((column) => board.rows.some(column.has)) }), [fitted, board.rows]);

    const selectedIds = useStore(link.selection) ?? NO_IDS;
    const selected = React.useMemo(() => new Set(selectedIds), [selectedIds]);
    const selection: Selection = React.useMemo(
        (): Selection =>
            new Selection({
                getKey: (item) => (item as BoardRow | null)?.id ?? "more",
                canSelectItem: (item) => item !== null && item !== undefined,
                onSelectionChanged: (): void => link.select((selection.getSelection() as (BoardRow | null)[]).flatMap((row) => (row ? [row.id] : []))),
            }),
        // The selection lives as long as the board; the link's functions are stable.
        [link],
    );
    React.useEffect(() => {
        // Cards select through this object too; the grid hands it its items itself.
        if (compact) selection.setItems(visible as unknown as IObjectWithKey[], false);
    }, [compact, selection, visible]);
    const toggleCard = React.useCallback((id: string, on: boolean) => selection.setKeySelected(id, on, false), [selection]);
    const plan = React.useMemo(() => cancelPlan(board, selectedIds), [board, selectedIds]);

    const toggleStatus = React.useCallback((key: string) => {
        setChosen((previous) => {
            const next = new Set(previous);
            if (!next.delete(key)) next.add(key);
            return next;
        });
    }, []);
    const clearStatuses = React.useCallback(() => setChosen(NO_FILTER), []);

    const announcement = React.useMemo(() => {
        if (board.changes.length === 0) return "";
        const { shown, more } = changeSummary(board.changes);
        const list = shown.map((change) => t("Change_Item", change.name !== "" ? revealedText(change.name) : t("Name_None"), change.label)).join("; ");
        return t("Changes_Announce", more > 0 ? t("List_More", list, numberText(more, clock.locale)) : list);
    }, [board.changes, t, clock.locale]);

    // The next page is asked for by scrolling to the end, but not while a filter hides rows.
    const hasMore = view.hasMore && active.size === 0;
    const loadMore = link.loadNextPage;
    const rows = board.rows;
    const unmapped = board.mapping.unmapped;
    const extra = hasMore ? 1 : 0;
    // A view's grid gets the host's height (less the bars above the rows); a subgrid or form a fixed one.
    const room = availableHeight > MIN_ROOM ? Math.max(MIN_ROOM, availableHeight - BARS_HEIGHT) : undefined;
    const rowHeight = layout.folded.length > 0 ? FOLDED_ROW_HEIGHT : ROW_HEIGHT;
    const gridHeight = Math.min(room ?? MAX_GRID_HEIGHT, HEADER_HEIGHT + (visible.length + extra) * (rowHeight + 1) + 18);
    const cardsHeight = Math.min(room ?? MAX_CARDS_HEIGHT, (visible.length + extra) * CARD_HEIGHT);

    // A view that failed to load is not "updated": unless a refresh failed (the line says so), the error card
    // offers the refresh instead of the line.
    const refreshFailing = (snapshot?.failures ?? 0) > 0 || snapshot?.phase === "denied";
    const showRefreshLine = refresh !== undefined && (view.error === undefined || refreshFailing);

    let body: React.ReactNode;
    if (rows.length === 0) {
        body = view.loading ? (
            <Spinner label={t("Board_Loading")} />
        ) : view.error === undefined ? (
            <div role="status" className={styles.muted} style={{ padding: "12px 4px" }}>
                {t("Board_Empty")}
            </div>
        ) : null;
    } else if (compact) {
        body = (
            <BoardCards
                rows={visible}
                columns={columns}
                selected={selected}
                onToggle={toggleCard}
                hasMore={hasMore}
                onLoadMore={loadMore}
                height={cardsHeight}
            />
        );
    } else {
        body = (
            <BoardGrid
                rows={visible}
                columns={layout.shown}
                widths={layout.widths}
                folded={layout.folded}
                sort={sort}
                onSort={canSort ? link.sort : undefined}
                selection={selection}
                hasMore={hasMore}
                onLoadMore={loadMore}
                onOpen={services.open}
                height={gridHeight}
            />
        );
    }

    return (
        <BoardServicesContext.Provider value={services}>
            <StatusOptionsContext.Provider value={statusOptions}>
                <div className={`${styles.root} aops-board`} data-board-kind={board.mapping.kind}>
                    {rows.length > 0 ? (
                        <div className={styles.toolbar}>
                            <SummaryBar
                                counts={counts}
                                active={active}
                                onToggle={toggleStatus}
                                onClear={clearStatuses}
                                loaded={rows.length}
                                shown={visible.length}
                                total={view.total}
                            />
                        </div>
                    ) : null}
                    {showRefreshLine || cancel ? (
                        <div className={styles.toolbar}>
                            {cancel ? <CancelBar cancel={cancel} plan={plan} /> : null}
                            <span className={styles.grow} />
                            {showRefreshLine ? <RefreshStatus source={refresh} snapshot={snapshot} /> : null}
                        </div>
                    ) : null}
                    {unmapped.length > 0 ? (
                        <MessageBar messageBarType={MessageBarType.info} isMultiline className="aops-board-unmapped">
                            {t("Board_Unmapped", unmapped.map((role) => t(`Role_${role}`)).join(t("List_Separator")))}
                        </MessageBar>
                    ) : null}
                    {view.error !== undefined ? <ViewError error={view.error} refresh={showRefreshLine ? undefined : refresh} /> : null}
                    {body}
                    <div role="status" aria-live="polite" className={shared.visuallyHidden}>
                        {announcement}
                    </div>
                </div>
            </StatusOptionsContext.Provider>
        </BoardServicesContext.Provider>
    );
});

/** The host's message for a view it could not load: cut when long (the whole text one toggle away), with a refresh. */
const ViewError = React.memo(function ViewError({ error, refresh }: { error: string; refresh: RefreshSource<number> | undefined }) {
    const { t } = useHost();
    const shown = cutText(error, MAX_VIEW_ERROR_CHARS);
    return (
        <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline
            className="aops-board-error-view"
            actions={refresh ? <RefreshButton onRefresh={() => refresh.refreshNow()} /> : undefined}
        >
            {t("Board_Error", revealedText(shown) || t("Error_Unknown"))}
            {shown !== error ? <TechnicalDetails error={{ message: error }} /> : null}
        </MessageBar>
    );
});

/** The grid's columns at this width: those shown with their widths, and those folded under the name. */
function gridLayout(columns: readonly BoardColumn[], width: number) {
    const fit = fitColumns(columns, width, GRID_ALLOWANCE);
    const byKey = new Map(columns.map((column) => [column.key, column]));
    return {
        shown: fit.shown.flatMap((c) => byKey.get(c.key) ?? []),
        widths: new Map(fit.shown.map((c) => [c.key, c.width])),
        folded: fit.folded.flatMap((key) => byKey.get(key) ?? []),
    };
}
