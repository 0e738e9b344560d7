/**
 * A data set as a model-driven view or subgrid hands one to a dataset control: columns (with the alias of
 * a bound property-set), records read as of the last load (getValue / getFormattedValue /
 * getNamedReference), sortedRecordIds, paging (pageSize, hasNextPage, loadNextPage accumulating pages,
 * loadExactPage, setPageSize applied on the next refresh, totalResultCount), sorting (a mutable array read
 * by refresh), refresh (reloads page 1), selection and openDatasetItem. Loads answer asynchronously: the
 * host first reports `loading`, then the data, each time calling `onChange` (the host's updateView).
 * Standalone (type imports only), so the gallery page runs the same module as the jest tests.
 */
export type Row = Record<string, unknown>;

export interface FakeColumn {
    name: string;
    displayName: string;
    dataType: string;
    /** The property-set a maker bound this column to. */
    alias?: string;
    isPrimary?: boolean;
    isHidden?: boolean;
    order?: number;
    disableSorting?: boolean;
}

export interface FakeOption {
    Value: number;
    /** One text, or one per language (LCID → text): formatted values are in the user's language. */
    Label: string | Readonly<Record<number, string>>;
    Color?: string;
}

export interface DatasetCall {
    method: string;
    args: unknown[];
}

export interface FakeDatasetOptions {
    entityName: string;
    /** The table's rows; shared with the fake Web API, so its writes show after the next load. */
    rows: Row[];
    columns: FakeColumn[];
    primaryKey?: string;
    /** Option labels per column, for formatted values. */
    optionSets?: Record<string, FakeOption[]>;
    /** The user's language: formatted option values use its label (else English, else the first). */
    languageId?: number;
    pageSize?: number;
    title?: string;
    /** Changes the service makes meanwhile: the n-th refresh finds the n-th entry applied. */
    steps?: { id: string; set: Row }[][];
    /** Milliseconds before a load answers (0: the next tick). */
    latencyMs?: number;
    /** The host's timer; the gallery passes the page's native one so the control's timers are counted apart. */
    schedule?: (handler: () => void, ms: number) => unknown;
    /** The host calls updateView. */
    onChange?: () => void;
    /** The next refreshes fail with this message, this many times. */
    failRefreshes?: { times: number; message: string };
    /** Column security hides every value but the primary name. */
    masked?: boolean;
    /** The host does not know the total count. */
    totalUnknown?: boolean;
    log?: (call: DatasetCall) => void;
    /** The first updateView finds the data set still loading (the rows come with a later one). */
    startLoading?: boolean;
    /**
     * Hosts seen in public threads: the data set arrives empty (and not loading) until its first refresh
     * (`emptyUntilRefresh`); its records are emptied while a load is under way (`emptiedWhileLoading`);
     * its records have no getFormattedValue (`withoutFormattedValues`).
     */
    emptyUntilRefresh?: boolean;
    emptiedWhileLoading?: boolean;
    withoutFormattedValues?: boolean;
}

type SortStatus = { name: string; sortDirection: -1 | 0 | 1 };

function compare(a: unknown, b: unknown): number {
    if (a === b) return 0;
    if (a === null || a === undefined) return -1;
    if (b === null || b === undefined) return 1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b));
}

export class FakeDataset {
    readonly calls: DatasetCall[] = [];
    readonly sorting: SortStatus[] = [];
    selectedIds: string[] = [];
    loading = false;
    error: string | undefined;
    refreshes = 0;
    private pageSize: number;
    private nextPageSize: number | undefined;
    private firstPage = 1;
    private lastPage = 1;
    /** The table's rows in the view's order as of the last load (the rows themselves, not copies). */
    private order: Row[] = [];
    /**
     * The records handed over, by position: a page's values are copied when it is first handed over and
     * kept until the next load, as a host keeps the pages it read (loadNextPage reads only the next page;
     * refresh, sorting and the other paging calls read again).
     */
    private records: ComponentFramework.PropertyHelper.DataSetApi.EntityRecord[] = [];
    private loads = 0;
    private range:
        | { start: number; last: number; loads: number; records: Record<string, ComponentFramework.PropertyHelper.DataSetApi.EntityRecord>; ids: string[] }
        | undefined;
    private readonly key: string;

    constructor(private readonly options: FakeDatasetOptions) {
        this.pageSize = options.pageSize ?? 50;
        this.key = options.primaryKey ?? `${options.entityName}id`;
        if (options.startLoading) {
            this.loading = true;
            this.schedule(() => {
                this.load();
                this.loading = false;
                this.options.onChange?.();
            });
        } else {
            this.load();
        }
    }

    /** The data set as the host hands it to this updateView (a new object each time, as hosts do). */
    snapshot(): ComponentFramework.PropertyTypes.DataSet {
        const start = (this.firstPage - 1) * this.pageSize;
        const end = this.lastPage * this.pageSize;
        const withheld = (this.options.emptyUntilRefresh === true && this.refreshes === 0) || (this.options.emptiedWhileLoading === true && this.loading);
        const { records, ids } = this.handedOver(start, withheld ? start : Math.min(end, this.order.length));
        const total = withheld ? 0 : this.order.length;
        const call =
            (method: string, run: (...args: never[]) => unknown) =>
            (...args: never[]): unknown => {
                this.recordCall(method, args);
                return run(...args);
            };
        const dataset = {
            columns: this.options.columns.map((c, index) => ({
                alias: c.alias ?? c.name,
                order: c.order ?? index,
                visualSizeFactor: 100,
                isHidden: c.isHidden ?? false,
                isPrimary: c.isPrimary ?? false,
                disableSorting: c.disableSorting ?? false,
                name: c.name,
                displayName: c.displayName,
                dataType: c.dataType,
            })),
            error: this.error !== undefined,
            errorMessage: this.error ?? "",
            loading: this.loading,
            records,
            sortedRecordIds: ids,
            sorting: this.sorting,
            filtering: { getFilter: () => ({ conditions: [], filterOperator: 0 }), setFilter: () => undefined, clearFilter: () => undefined },
            linking: { getLinkedEntities: () => [], addLinkedEntity: () => undefined },
            paging: {
                totalResultCount: this.options.totalUnknown ? -1 : total,
                firstPageNumber: this.firstPage,
                lastPageNumber: this.lastPage,
                pageSize: this.pageSize,
                hasNextPage: end < total,
                hasPreviousPage: this.firstPage > 1,
                // The next page is read; the pages already handed over are kept as they are (no reload).
                loadNextPage: call("loadNextPage", () =>
                    this.later(() => {
                        this.lastPage += 1;
                        return "kept";
                    }),
                ),
                loadPreviousPage: call("loadPreviousPage", () => this.later(() => (this.firstPage = Math.max(1, this.firstPage - 1)))),
                loadExactPage: call("loadExactPage", (page: number) => this.later(() => (this.firstPage = this.lastPage = Math.max(1, page)))),
                reset: call("reset", () => this.later(() => (this.firstPage = this.lastPage = 1))),
                setPageSize: call("setPageSize", (size: number) => {
                    this.nextPageSize = size;
                }),
            },
            addColumn: call("addColumn", () => undefined),
            clearSelectedRecordIds: call("clearSelectedRecordIds", () => {
                this.selectedIds = [];
            }),
            getSelectedRecordIds: () => [...this.selectedIds],
            getTargetEntityType: () => this.options.entityName,
            getTitle: () => this.options.title ?? "",
            getViewId: () => "00000000-0000-0000-0000-00000000b0a7",
            openDatasetItem: call("openDatasetItem", () => undefined),
            refresh: call("refresh", () => this.refresh()),
            setSelectedRecordIds: call("setSelectedRecordIds", (ids: string[]) => {
                this.selectedIds = [...ids];
            }),
        };
        return dataset as unknown as ComponentFramework.PropertyTypes.DataSet;
    }

    /** The records and ids of positions [start, last): the same objects while the load and range stay. */
    private handedOver(start: number, last: number): NonNullable<FakeDataset["range"]> {
        const kept = this.range;
        if (kept && kept.start === start && kept.last === last && kept.loads === this.loads) return kept;
        const records: Record<string, ComponentFramework.PropertyHelper.DataSetApi.EntityRecord> = {};
        const ids: string[] = [];
        for (let index = start; index < last; index += 1) {
            const record = this.recordAt(index);
            const id = record.getRecordId();
            ids.push(id);
            records[id] = record;
        }
        this.range = { start, last, loads: this.loads, records, ids };
        return this.range;
    }

    /** Calls of one method, in order. */
    callsOf(method: string): unknown[][] {
        return this.calls.filter((c) => c.method === method).map((c) => c.args);
    }

    private recordCall(method: string, args: unknown[]): void {
        const call = { method, args };
        this.calls.push(call);
        this.options.log?.(call);
    }

    private refresh(): void {
        this.later(() => {
            this.refreshes += 1;
            const failing = this.options.failRefreshes;
            if (failing && failing.times > 0) {
                failing.times -= 1;
                this.error = failing.message;
                return false;
            }
            this.error = undefined;
            for (const change of this.options.steps?.[this.refreshes - 1] ?? []) {
                const row = this.options.rows.find((r) => String(r[this.key]).toLowerCase() === change.id.toLowerCase());
                if (row) Object.assign(row, change.set);
            }
            if (this.nextPageSize !== undefined) this.pageSize = this.nextPageSize;
            this.nextPageSize = undefined;
            this.firstPage = this.lastPage = 1;
            return true;
        });
    }

    /** Reports loading now and answers later, as the host does. */
    private later(change: () => unknown): void {
        this.loading = true;
        this.options.onChange?.();
        const answer = (): void => {
            const outcome = change();
            if (outcome !== false && outcome !== "kept") this.load();
            this.loading = false;
            this.options.onChange?.();
        };
        this.schedule(answer);
    }

    /** Answers after the latency; without one, right after the caller's turn (a microtask). */
    private schedule(answer: () => void): void {
        const ms = this.options.latencyMs ?? 0;
        if (ms <= 0) void Promise.resolve().then(answer);
        else if (this.options.schedule) this.options.schedule(answer, ms);
        else setTimeout(answer, ms);
    }

    /** Reads the table as the view shows it, sorted; the rows' values are copied when handed over. */
    private load(): void {
        const rows = [...this.options.rows];
        const sort = this.sorting.find((s) => s.sortDirection === 0 || s.sortDirection === 1);
        if (sort) {
            const sign = sort.sortDirection === 1 ? -1 : 1;
            rows.sort((a, b) => sign * compare(a[sort.name], b[sort.name]));
        }
        this.order = rows;
        this.records = [];
        this.loads += 1;
    }

    /** The record at a position of the view: its values copied as of now (dates as Date objects), once per load. */
    private recordAt(index: number): ComponentFramework.PropertyHelper.DataSetApi.EntityRecord {
        const kept = this.records[index];
        if (kept) return kept;
        const copy: Row = { ...this.order[index] };
        for (const column of this.options.columns) {
            if (!column.dataType.startsWith("DateAndTime")) continue;
            const raw = copy[column.name];
            if (raw === undefined || raw === null || raw === "") continue;
            const date = new Date(String(raw));
            copy[column.name] = Number.isNaN(date.getTime()) ? null : date;
        }
        const record = this.record(String(copy[this.key]), copy);
        this.records[index] = record;
        return record;
    }

    private labelOf(label: FakeOption["Label"]): string {
        if (typeof label === "string") return label;
        return label[this.options.languageId ?? 1033] ?? label[1033] ?? Object.values(label)[0] ?? "";
    }

    private record(id: string, row: Row): ComponentFramework.PropertyHelper.DataSetApi.EntityRecord {
        const primary = this.options.columns.find((c) => c.isPrimary)?.name;
        const hidden = (name: string): boolean => this.options.masked === true && name !== primary;
        const value = (name: string): unknown => {
            if (hidden(name)) return null;
            const raw = row[name];
            return raw === undefined || raw === null || raw === "" ? null : raw;
        };
        const formatted = (name: string): string => {
            const raw = value(name);
            if (raw === null) return "";
            const options = this.options.optionSets?.[name];
            const option = options && typeof raw === "number" ? options.find((o) => o.Value === raw) : undefined;
            if (option) return this.labelOf(option.Label);
            if (options && typeof raw === "number") return String(raw);
            if (raw instanceof Date) return raw.toISOString();
            return String(raw);
        };
        const formattedValues = this.options.withoutFormattedValues ? {} : { getFormattedValue: (name: string) => formatted(name) };
        return {
            getRecordId: () => id,
            getValue: (name: string) => value(name) as never,
            ...formattedValues,
            getNamedReference: () =>
                ({
                    id: { guid: id },
                    etn: this.options.entityName,
                    name: primary ? String(row[primary] ?? "") : "",
                }) as unknown as ComponentFramework.EntityReference,
            // Without getFormattedValue the record breaks the API's type on purpose: hosts have been seen to.
        } as ComponentFramework.PropertyHelper.DataSetApi.EntityRecord;
    }
}
