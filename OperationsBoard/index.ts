import * as React from "react";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { StableRoot } from "../common/components/stableElement";
import { webApiOf } from "../common/host/dataAccess";
import { HostEnvironmentCache } from "../common/host/environment";
import { isReadOnly, readNumber } from "../common/host/fields";
import { ControlLifecycle } from "../common/host/controlLifecycle";
import { KeyedSource } from "../common/sources/keyedSource";
import { memoLast } from "../common/model/memo";
import { refreshIntervalMs } from "../common/sources/refreshSource";
import { DEFAULT_STRINGS } from "./strings/defaults";
import { BoardModel } from "./model/board";
import type { BoardRows } from "./model/rows";
import { BulkCancel } from "./sources/bulkCancel";
import { DatasetLink, readDataset, type SortState } from "./sources/datasetLink";
import { LiveRefresh } from "./sources/liveRefresh";
import { PacketCounts } from "../common/sources/packetCounts";
import { StatusOptions } from "../common/sources/statusOptions";
import { entityMetadataReader, type EntityMetadataReader } from "../common/host/entityMetadata";
import { Ticker } from "../common/sources/ticker";
import { BoardView, type ViewState } from "./components/BoardView";
import type { BoardServices } from "./components/cells";

/** Lifecycle only: reads the data set, syncs the board's sources and hands the view its model. */
export class OperationsBoard extends ControlLifecycle<IInputs, IOutputs, React.ReactElement> implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private readonly environment = new HostEnvironmentCache(DEFAULT_STRINGS);
    /** The same element while nothing it shows changed. */
    private readonly root = new StableRoot(BoardView, "Board_Label");
    private readonly model = new BoardModel();
    private readonly link = new DatasetLink();
    private readonly live = this.own(new LiveRefresh(this.link));
    private readonly ticker = this.own(new Ticker());
    private readonly packets = this.own(new KeyedSource<PacketCounts>());
    private readonly cancel = this.own(new KeyedSource<BulkCancel>());
    private readonly statusOptions = this.own(new KeyedSource<StatusOptions>());
    private api: ComponentFramework.WebApi | undefined;
    /** The view's state, sort and services: the same objects while their values stay, so the views skip them. */
    private readonly viewState = memoLast((loading: boolean, error: string | undefined, total: number, hasMore: boolean): ViewState => ({
        loading,
        error,
        total,
        hasMore,
    }));
    private readonly sortState = memoLast((column: string | undefined, descending: boolean): SortState | undefined =>
        column === undefined ? undefined : { column, descending },
    );
    private readonly services = memoLast(
        (open: BoardServices["open"], packets: PacketCounts | undefined, statusOptions: StatusOptions | undefined): BoardServices => ({
            open,
            ticker: this.ticker,
            packets,
            statusOptions,
        }),
    );

    protected everyUpdate(context: ComponentFramework.Context<IInputs>): void {
        // A refresh waits for the data set this call hands over, whether or not the view renders again.
        this.link.update(context.parameters.operations);
        this.api = webApiOf(context);
    }

    protected render(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        const dataset = context.parameters.operations;
        const { host, theme } = this.environment.read(context);
        const read = readDataset(dataset);
        const board = this.model.read({
            entityName: read.entityName,
            columns: read.columns,
            ids: read.ids,
            records: read.records,
            t: host.t,
            pageAnswered: this.link.takePageAnswer(),
            pagePending: this.link.pagePending,
            loading: read.loading,
        });
        const confirming = this.link.confirmEmpty(read) && board.rows.length === 0;
        this.link.showing(board.rows.length);
        const intervalMs = refreshIntervalMs(readNumber(context.parameters.refreshSeconds).value);
        this.live.sync({ anyLive: board.anyLive, loadedRows: board.rows.length, intervalMs, available: read.canRefresh });
        const packets = this.syncPackets(board, read.loading);
        const statusOptions = this.syncStatusOptions(board, entityMetadataReader(context));
        const canCancel = board.mapping.kind === "backgroundoperation" && typeof this.api?.updateRecord === "function" && !isReadOnly(context);
        const cancel = this.cancel.sync(canCancel ? "cancel" : undefined, () => this.createCancel());
        return this.root.of(host, theme, {
            board,
            view: this.viewState(read.loading || confirming, read.error, read.totalResultCount, read.hasNextPage && read.canLoadMore),
            sort: this.sortState(read.sortColumn, read.sortDescending),
            link: this.link,
            services: this.services(read.canOpen ? this.link.open : undefined, packets, statusOptions),
            canSort: read.canSort,
            refresh: this.live.current,
            cancel,
            availableHeight: typeof context.mode?.allocatedHeight === "number" ? context.mode.allocatedHeight : -1,
            availableWidth: typeof context.mode?.allocatedWidth === "number" ? context.mode.allocatedWidth : -1,
        });
    }

    public destroy(): void {
        super.destroy();
        // After the live refresh that waits on it: a refresh still pending is let go.
        this.link.dispose();
        this.api = undefined;
    }

    /** Packet counts for integration jobs: asked again whenever new data arrived (a refresh, a page, a sort). */
    private syncPackets(board: BoardRows, loading: boolean): PacketCounts | undefined {
        const wanted = board.mapping.kind === "integrationjob" && this.api !== undefined;
        const packets = this.packets.sync(wanted ? "jobs" : undefined, () => new PacketCounts(() => this.api));
        // Counted again by the source when the rows or the view's refreshes changed; not while a read is loading.
        if (packets && !loading) packets.follow(board.rows, this.link.refreshesAnswered);
        return packets;
    }

    /** The status column's option metadata, asked for once per table and column. */
    private syncStatusOptions(board: BoardRows, readMetadata: EntityMetadataReader | undefined): StatusOptions | undefined {
        const entityName = board.mapping.entityName;
        const column = board.mapping.roles.status?.column;
        const key = entityName !== "" && column ? `${entityName}\u0001${column}` : undefined;
        return this.statusOptions.sync(key, () => new StatusOptions(readMetadata, entityName, column as string));
    }

    private createCancel(): BulkCancel {
        return new BulkCancel({
            api: () => this.api,
            confirm: this.navigation.confirm,
            afterCancel: () => this.live.refreshNow(),
        });
    }
}
