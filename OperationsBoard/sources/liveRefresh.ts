/**
 * Live refresh of the board: while some loaded row can still change, `dataset.refresh()` every
 * refreshSeconds through the shared RefreshSource (one refresh in flight, backoff after failures, paused
 * while the page is hidden), stopping once every row is final. The data the host already handed over
 * counts as the first read, so opening a board sends no extra request. When rows that can change come
 * back later (another sort, the next page), a new loop starts.
 */
import { RefreshSource, type RefreshEnvironment } from "../../common/sources/refreshSource";
import type { DatasetLink } from "./datasetLink";

export interface LiveSync {
    /** Some loaded row can still change. */
    anyLive: boolean;
    /** Rows loaded now (a refresh keeps them all). */
    loadedRows: number;
    intervalMs: number;
    /** The host's data set can refresh at all. */
    available: boolean;
}

export class LiveRefresh {
    private source: RefreshSource<number> | undefined;
    private anyLive = false;
    private loadedRows = 0;
    private reads = 0;

    constructor(
        private readonly link: Pick<DatasetLink, "refresh">,
        private readonly environment?: RefreshEnvironment,
    ) {}

    /** The loop of the moment, for the refresh status line; a new object when a loop restarts. */
    get current(): RefreshSource<number> | undefined {
        return this.source;
    }

    sync({ anyLive, loadedRows, intervalMs, available }: LiveSync): void {
        this.anyLive = anyLive;
        this.loadedRows = loadedRows;
        if (!available) {
            this.dispose();
            return;
        }
        const phase = this.source?.current.phase;
        if (this.source && phase !== "finished" && phase !== "disposed") {
            this.source.setIntervalMs(intervalMs);
            return;
        }
        if (this.source && !anyLive) return;
        this.source?.dispose();
        let first = true;
        this.source = new RefreshSource<number>({
            load: async () => {
                if (first) {
                    // What the host handed over is fresh: that is the first read.
                    first = false;
                } else {
                    await this.link.refresh(this.loadedRows);
                }
                this.reads += 1;
                return this.reads;
            },
            intervalMs,
            isFinal: () => !this.anyLive,
            environment: this.environment,
        });
        this.source.start();
    }

    /** A refresh now (after a cancel, or the user's "Refresh now"), unless one is in flight. */
    refreshNow(): void {
        const source = this.source;
        if (source && source.current.phase !== "finished" && source.current.phase !== "disposed") {
            source.refreshNow();
            return;
        }
        // A finished loop reads no more; a one-off refresh still shows what changed.
        void this.link.refresh(this.loadedRows).catch(() => undefined);
    }

    dispose(): void {
        this.source?.dispose();
        this.source = undefined;
    }
}
