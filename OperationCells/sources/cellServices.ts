/**
 * What the grid's cells share for the customizer's lifetime: the host environment and theme (from the
 * customizer's own context, updated by each updateView), the one live clock every running row reads,
 * the status options read once per table and column, and the packet counts of the integration jobs the
 * grid shows, read in one aggregate request per batch of rows (the rows a page or a scroll brings),
 * never per cell. dispose() ends all of it: no clock ticks and no request starts afterwards.
 */
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import type { EntityMetadataReader } from "../../common/host/entityMetadata";
import type { HostEnvironment } from "../../common/host/environment";
import { normalizeGuid } from "../../common/model/guid";
import { PacketCounts } from "../../common/sources/packetCounts";
import { StatusOptions } from "../../common/sources/statusOptions";
import { Store } from "../../common/sources/store";
import { Ticker } from "../../common/sources/ticker";
import { browserTimers, type Timers } from "../../common/sources/timers";

export interface CellEnvironment {
    host: HostEnvironment;
    theme: Theme;
}

export interface CellHost {
    environment: CellEnvironment;
    api: Pick<ComponentFramework.WebApi, "retrieveMultipleRecords"> | undefined;
    readMetadata: EntityMetadataReader | undefined;
}

/** Rows a grid brings at once (a page, a scroll) ask within this many ms: one request for all of them. */
export const PACKET_BATCH_MS = 50;

export class CellServices {
    readonly environment: Store<CellEnvironment>;
    readonly clock: Ticker;
    /** The packet counts, while the host has a Web API; undefined where they cannot be read. */
    readonly packets = new Store<PacketCounts | undefined>(undefined);
    private api: CellHost["api"];
    private readMetadata: EntityMetadataReader | undefined;
    private readonly options = new Map<string, StatusOptions>();
    private readonly wanted = new Map<string, boolean>();
    private batch: unknown = undefined;
    private ended = false;

    constructor(
        host: CellHost,
        private readonly timers: Timers = browserTimers,
    ) {
        this.environment = new Store(host.environment);
        this.clock = new Ticker(1000, timers);
        this.update(host);
    }

    /** After dispose(): the grid draws every cell itself again. */
    get disposed(): boolean {
        return this.ended;
    }

    /** The latest context's environment, Web API and metadata reader. */
    update(host: CellHost): void {
        if (this.ended) return;
        this.environment.set(host.environment);
        this.api = host.api;
        this.readMetadata = host.readMetadata;
        if (host.api && !this.packets.current) this.packets.set(new PacketCounts(() => this.api));
    }

    /** The option metadata of a table's column (labels and colors), read once. */
    statusOptions(entityName: string, column: string): StatusOptions {
        const key = `${entityName}\u0001${column}`;
        let options = this.options.get(key);
        if (!options) {
            options = new StatusOptions(this.ended ? undefined : this.readMetadata, entityName, column);
            this.options.set(key, options);
        }
        return options;
    }

    /** A cell of an integration job asks for its packet count; `settled`: its status cannot change any more. */
    requestPackets(jobId: string, settled: boolean): void {
        const id = normalizeGuid(jobId);
        if (this.ended || !id || !this.packets.current) return;
        this.wanted.set(id, settled);
        if (this.batch === undefined) this.batch = this.timers.setTimeout(() => this.readBatch(), PACKET_BATCH_MS);
    }

    dispose(): void {
        this.ended = true;
        if (this.batch !== undefined) this.timers.clearTimeout(this.batch);
        this.batch = undefined;
        this.wanted.clear();
        this.clock.dispose();
        this.packets.current?.dispose();
        this.packets.dispose();
        for (const options of this.options.values()) options.dispose();
        this.options.clear();
        this.environment.dispose();
    }

    private readBatch(): void {
        this.batch = undefined;
        const packets = this.packets.current;
        if (this.ended || !packets) return;
        const ids = [...this.wanted.keys()];
        const settled = new Set(ids.filter((id) => this.wanted.get(id)));
        this.wanted.clear();
        packets.read(ids, settled);
    }
}
