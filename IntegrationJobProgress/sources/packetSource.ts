import { RefreshSource, type RefreshEnvironment } from "../../common/sources/refreshSource";
import { isForbidden, isNotFound } from "../../common/model/dataverseErrors";
import { JOB_TABLE, jobStatusOf, jobStatusQuery, FINAL_JOB_STATUSES } from "../model/jobStatus";
import { Store, type ReadonlyStore } from "../../common/sources/store";
import { MAX_PACKET_PAGES, PACKET_PAGE_SIZE, PACKET_TABLE, nextLinkOptions, packetQuery, packetRowOf, type PacketRow } from "../model/packetRows";

type WebApiLike = Pick<ComponentFramework.WebApi, "retrieveMultipleRecords" | "retrieveRecord">;

/**
 * Every packet of the job, page after page: at most MAX_PACKET_PAGES requests, each passing on only the
 * query part of the last nextLink; a nextLink asked for before ends the read. Rejects with the Web API's error.
 */
export async function readAllPackets(webAPI: Pick<WebApiLike, "retrieveMultipleRecords">, jobId: string): Promise<PacketRow[]> {
    const packets: PacketRow[] = [];
    const asked = new Set<string>();
    let options = packetQuery(jobId);
    for (let page = 0; page < MAX_PACKET_PAGES; page++) {
        asked.add(options);
        const response = await webAPI.retrieveMultipleRecords(PACKET_TABLE, options, PACKET_PAGE_SIZE);
        const entities: unknown[] = Array.isArray(response?.entities) ? response.entities : [];
        for (const entity of entities) {
            if (entity && typeof entity === "object") packets.push(packetRowOf(entity as Record<string, unknown>));
        }
        const next = typeof response?.nextLink === "string" ? nextLinkOptions(response.nextLink) : "";
        if (next === "" || asked.has(next)) break;
        options = next;
    }
    return packets;
}

export interface PacketSourceOptions {
    webAPI: WebApiLike;
    jobId: string;
    /** Milliseconds between reads; 0 reads once. */
    intervalMs: number;
    /** Whether the job's status says no more packets will come. */
    final: boolean;
    environment?: RefreshEnvironment;
}

/**
 * The packets of one job, read again on an interval while the job can still get packets, one request at a
 * time, backing off after failures and paused while the page is hidden. It stops when the job is final
 * (after one last read), when the packets table cannot be found, and when the user may not read it.
 */
export class PacketSource extends RefreshSource<PacketRow[]> {
    private readonly job: { final: boolean };
    private readonly liveStatus: Store<number | undefined>;

    constructor({ webAPI, jobId, intervalMs, final, environment }: PacketSourceOptions) {
        const job = { final };
        const liveStatus = new Store<number | undefined>(undefined);
        super({
            load: async () => {
                const packets = await readAllPackets(webAPI, jobId);
                // Disposed while the packets were read: nothing more is asked.
                if (liveStatus.disposed) return packets;
                // The job's own status, read with its packets: a job that ends while the form is open is seen
                // ending. A failed status read keeps the status known so far; the packets are what this loop is for.
                try {
                    const status = jobStatusOf(await webAPI.retrieveRecord(JOB_TABLE, jobId, jobStatusQuery()));
                    if (status !== undefined) {
                        liveStatus.set(status);
                        if (FINAL_JOB_STATUSES.has(status)) job.final = true;
                    }
                } catch {
                    // Kept as it was.
                }
                return packets;
            },
            intervalMs,
            isFinal: () => job.final,
            isGone: isNotFound,
            // No read privilege (e.g. on the job details) will not change by asking again.
            isForbidden,
            environment,
        });
        this.job = job;
        this.liveStatus = liveStatus;
    }

    /** The job's status as last read from Dataverse; undefined before the first read, or when it could not be read. */
    get status(): ReadonlyStore<number | undefined> {
        return this.liveStatus;
    }

    /** Whether the last status read found the job ended, whatever the form still shows. */
    get endedOnServer(): boolean {
        const status = this.liveStatus.current;
        return status !== undefined && FINAL_JOB_STATUSES.has(status);
    }

    dispose(): void {
        super.dispose();
        this.liveStatus.dispose();
    }

    /** Whether reading stopped because the job had ended; a job queued again needs a new source. */
    get finished(): boolean {
        return this.current.phase === "finished";
    }

    /** Follows the job as the form shows it now: the refresh interval, and one last read when it has just ended. */
    follow(intervalMs: number, final: boolean): void {
        const ended = final && !this.job.final;
        // A status read that found the job ended stays final: the form's value may simply be older.
        this.job.final = final || this.endedOnServer;
        this.setIntervalMs(intervalMs);
        // The last read shows the final count, and it stops the loop.
        if (ended) this.refreshNow();
    }
}
