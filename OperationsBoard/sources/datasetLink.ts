/**
 * The board's seam to the host's data set: reads what updateView hands over, and offers the data set's
 * actions (open a record, sort, next page, selection, refresh) as stable functions that always use the
 * newest data set. A refresh is answered by a later updateView, so `refresh()` returns a promise that
 * settles when the host has delivered the data (or failed to), with one refresh in flight at most.
 */
import { browserTimers, type Timers } from "../../common/sources/timers";
import { attempt, isFunction as fn, tryCall } from "../../common/model/guard";
import { Store, type ReadonlyStore } from "../../common/sources/store";
import { hostFailure } from "../../common/model/dataverseErrors";

type DataSetLike = Partial<ComponentFramework.PropertyTypes.DataSet> | null | undefined;
type RecordMap = Readonly<Record<string, ComponentFramework.PropertyHelper.DataSetApi.EntityRecord | undefined>>;

/** What updateView reads of the data set, as plain values. */
export interface DatasetRead {
    entityName: string | undefined;
    columns: readonly unknown[];
    ids: readonly string[];
    records: RecordMap;
    loading: boolean;
    /** The host's message when loading failed. */
    error: string | undefined;
    /** -1 when the host does not know. */
    totalResultCount: number;
    hasNextPage: boolean;
    pageSize: number;
    sortColumn: string | undefined;
    sortDescending: boolean;
    canSort: boolean;
    canRefresh: boolean;
    canOpen: boolean;
    canSelect: boolean;
    canLoadMore: boolean;
}

export interface SortState {
    column: string;
    descending: boolean;
}

/** Dataverse hands over at most this many rows per page. */
export const MAX_PAGE_SIZE = 5000;
/** A refresh the host never answers counts as failed after this long. */
export const REFRESH_TIMEOUT_MS = 60_000;

export function readDataset(dataset: DataSetLike): DatasetRead {
    const paging = dataset?.paging;
    const sorting = Array.isArray(dataset?.sorting) ? dataset.sorting : [];
    const first = sorting.find((s) => s && typeof s.name === "string" && (s.sortDirection === 0 || s.sortDirection === 1));
    const ids = Array.isArray(dataset?.sortedRecordIds) ? dataset.sortedRecordIds.filter((id): id is string => typeof id === "string") : [];
    const total = typeof paging?.totalResultCount === "number" && Number.isFinite(paging.totalResultCount) ? paging.totalResultCount : -1;
    return {
        entityName: attempt(() => (fn(dataset?.getTargetEntityType) ? dataset.getTargetEntityType() : undefined), undefined),
        columns: Array.isArray(dataset?.columns) ? dataset.columns : [],
        ids,
        records: dataset?.records && typeof dataset.records === "object" ? dataset.records : {},
        loading: dataset?.loading === true,
        error: dataset?.error === true ? (typeof dataset.errorMessage === "string" ? dataset.errorMessage : "") : undefined,
        totalResultCount: total,
        hasNextPage: paging?.hasNextPage === true,
        pageSize: typeof paging?.pageSize === "number" && paging.pageSize > 0 ? paging.pageSize : 0,
        sortColumn: first?.name,
        sortDescending: first?.sortDirection === 1,
        canSort: Array.isArray(dataset?.sorting) && fn(dataset?.refresh),
        canRefresh: fn(dataset?.refresh),
        canOpen: fn(dataset?.openDatasetItem),
        canSelect: fn(dataset?.setSelectedRecordIds),
        canLoadMore: fn(paging?.loadNextPage) || fn(paging?.loadExactPage),
    };
}

/** The number of the page after the loaded ones: the host's last page number, else counted from the rows shown. */
export function nextPageNumber(paging: Partial<ComponentFramework.PropertyHelper.DataSetApi.Paging>, loadedRows: number): number {
    const last = paging.lastPageNumber;
    if (typeof last === "number" && Number.isInteger(last) && last >= 1) return last + 1;
    const size = typeof paging.pageSize === "number" && paging.pageSize > 0 ? paging.pageSize : 0;
    return size > 0 ? Math.floor(loadedRows / size) + 1 : 2;
}

interface Waiter {
    promise: Promise<void>;
    resolve(): void;
    reject(error: unknown): void;
}

export type DatasetLinkEnvironment = Pick<Timers, "setTimeout" | "clearTimeout">;

export class DatasetLink {
    private dataset: DataSetLike;
    private waiter: Waiter | undefined;
    private timer: unknown = undefined;
    private pageAsked = false;
    private disposed = false;
    private readonly selected = new Store<readonly string[]>([]);
    /** Counts the data deliveries that answered a refresh, so readers know fresh data arrived. */
    private answeredRefreshes = 0;
    /** Rows the board shows now (the pages loaded so far), told by the index on each updateView. */
    private loadedRows = 0;
    /** The first delivery that was not loading has been looked at (see confirmEmpty). */
    private firstDeliverySeen = false;
    private confirmingEmpty = false;

    constructor(private readonly timers: DatasetLinkEnvironment = browserTimers) {}

    /** The rows the user selected, as the board last told the host. */
    get selection(): ReadonlyStore<readonly string[]> {
        return this.selected;
    }

    get refreshesAnswered(): number {
        return this.answeredRefreshes;
    }

    /** Takes the data set of this updateView; a pending refresh settles once the host is done loading. */
    update(dataset: DataSetLike): void {
        this.dataset = dataset;
        if (!this.waiter || dataset?.loading === true) return;
        const waiter = this.waiter;
        this.settle();
        this.answeredRefreshes += 1;
        // The answer is this delivery: whatever it holds is what the view has.
        this.confirmingEmpty = false;
        if (dataset?.error === true) waiter.reject(hostFailure(typeof dataset.errorMessage === "string" ? dataset.errorMessage : ""));
        else waiter.resolve();
    }

    /**
     * Hosts have been seen to hand a data set over empty on the first updateView and fill it only after a
     * refresh. So an empty first delivery (not loading, no error) is confirmed with one refresh before the
     * board calls the view empty; never more than one. Returns true while that refresh is under way.
     */
    confirmEmpty(read: Pick<DatasetRead, "loading" | "error" | "ids" | "canRefresh">): boolean {
        if (this.firstDeliverySeen || read.loading) return this.confirmingEmpty;
        this.firstDeliverySeen = true;
        if (read.ids.length > 0 || read.error !== undefined || !read.canRefresh) return false;
        this.confirmingEmpty = true;
        // Answered or not (failed, timed out, disposed), the view then shows what the host has.
        void this.refresh()
            .catch(() => undefined)
            .finally(() => (this.confirmingEmpty = false));
        return this.confirmingEmpty;
    }

    /** The board asked for the next page and the host has not answered yet. */
    get pagePending(): boolean {
        return this.pageAsked;
    }

    /** True once: the board asked for the next page and the host has answered (not loading any more). */
    takePageAnswer(): boolean {
        if (!this.pageAsked || this.dataset?.loading === true) return false;
        this.pageAsked = false;
        return true;
    }

    readonly open = (id: string): void => {
        const dataset = this.dataset;
        const openItem = dataset?.openDatasetItem;
        if (!dataset || !fn(openItem)) return;
        // A refused navigation leaves the board as it is.
        tryCall(() => {
            const record = dataset.records?.[id];
            const named = record && fn(record.getNamedReference) ? record.getNamedReference() : undefined;
            const entityName = attempt(() => (fn(dataset.getTargetEntityType) ? dataset.getTargetEntityType() : ""), "");
            openItem.call(dataset, named ?? ({ id: { guid: id }, etn: entityName, name: "" } as unknown as ComponentFramework.EntityReference));
        });
    };

    /** Sorts by a column (ascending, or descending when it already sorts ascending) and reloads page 1. */
    readonly sort = (column: string): void => {
        const dataset = this.dataset;
        const sorting = dataset?.sorting;
        const refresh = dataset?.refresh;
        if (!dataset || !Array.isArray(sorting) || !fn(refresh)) return;
        const current = sorting[0];
        const descending = current?.name === column && current.sortDirection === 0;
        // A host that refuses keeps its order.
        tryCall(() => {
            sorting.splice(0, sorting.length, { name: column, sortDirection: descending ? 1 : 0 });
            this.pageAsked = false;
            refresh.call(dataset);
        });
    };

    /**
     * Asks for the page after the loaded ones: `loadNextPage` (the host adds it to the pages it holds), or
     * on a host that offers only `loadExactPage`, that page by its number (the host then hands over that
     * page alone, and the board keeps the rows it already shows; see idsAfterPaging).
     */
    readonly loadNextPage = (): void => {
        const dataset = this.dataset;
        const paging = dataset?.paging;
        if (!paging || paging.hasNextPage !== true || this.pageAsked || dataset?.loading === true || this.waiter) return;
        const next = fn(paging.loadNextPage) ? undefined : fn(paging.loadExactPage) ? nextPageNumber(paging, this.loadedRows) : undefined;
        if (!fn(paging.loadNextPage) && next === undefined) return;
        const { loadNextPage, loadExactPage } = paging;
        // Asked before the call: a host may answer (updateView) inside it.
        this.pageAsked = true;
        if (!tryCall(() => (next === undefined ? loadNextPage?.call(paging) : loadExactPage?.call(paging, next)))) this.pageAsked = false;
    };

    /** The rows the board shows after this updateView (a host answering loadExactPage hands over one page only). */
    showing(rows: number): void {
        this.loadedRows = rows;
    }

    readonly select = (ids: readonly string[]): void => {
        this.selected.set(ids);
        const dataset = this.dataset;
        const setSelected = dataset?.setSelectedRecordIds;
        if (!dataset || !fn(setSelected)) return;
        // A host that refuses keeps the command bar's old selection.
        tryCall(() => setSelected.call(dataset, [...ids]));
    };

    /**
     * Asks the host to read the view again; settles when it delivered. A refresh reloads page 1 only, so
     * when more rows than one page are loaded, the page size grows to hold them (within Dataverse's 5,000).
     */
    readonly refresh = (loadedRows = 0): Promise<void> => {
        if (this.waiter) return this.waiter.promise;
        const dataset = this.dataset;
        if (this.disposed || !dataset || !fn(dataset.refresh)) return Promise.reject(new Error("refresh unavailable"));
        let settleOk!: () => void;
        let settleFailed!: (error: unknown) => void;
        const promise = new Promise<void>((resolve, reject) => {
            settleOk = resolve;
            settleFailed = reject;
        });
        this.waiter = { promise, resolve: settleOk, reject: settleFailed };
        this.timer = this.timers.setTimeout(() => {
            const waiter = this.waiter;
            this.settle();
            waiter?.reject(new Error("timeout"));
        }, REFRESH_TIMEOUT_MS);
        try {
            const paging = dataset.paging;
            const size = paging?.pageSize ?? 0;
            if (paging && fn(paging.setPageSize) && size > 0 && loadedRows > size) {
                paging.setPageSize(Math.min(Math.ceil(loadedRows / size) * size, MAX_PAGE_SIZE));
            }
            this.pageAsked = false;
            dataset.refresh();
        } catch (error) {
            const waiter = this.waiter;
            this.settle();
            waiter?.reject(error);
        }
        return promise;
    };

    dispose(): void {
        this.disposed = true;
        this.confirmingEmpty = false;
        const waiter = this.waiter;
        this.settle();
        // Whoever waits learns that no answer will come; nobody is told anything after that.
        waiter?.reject(new Error("disposed"));
        this.selected.dispose();
        this.dataset = undefined;
    }

    private settle(): void {
        if (this.timer !== undefined) {
            this.timers.clearTimeout(this.timer);
            this.timer = undefined;
        }
        this.waiter = undefined;
    }
}
