import { RefreshSource, type RefreshEnvironment } from "../../common/sources/refreshSource";
import { isForbidden, isNotFound } from "../../common/model/dataverseErrors";
import { JOB_TABLE, jobStatusOf, jobStatusQuery, FINAL_JOB_STATUSES } from "../model/jobStatus";
import { Store, type ReadonlyStore } from "../../common/sources/store";
import type { LiveStatus } from "../model/jobModel";
import { readPages, type PagedRead } from "../../common/sources/pagedRead";
import { PACKET_PAGE_SIZE, PACKET_TABLE, packetQuery, packetRowOf, type PacketRow } from "../model/packetRows";

type WebApiLike = Pick<ComponentFramework.WebApi, "retrieveMultipleRecords" | "retrieveRecord">;

/**
 * Every packet of the job with the shared bounded reader (common/sources/pagedRead.ts): pages as large as
 * Dataverse allows, at most the pages the expected count needs plus a margin (a hard cap without one), only
 * the query part of a nextLink passed on, a repeated nextLink ending the read. Rejects with the Web API's error.
 */
export function readAllPackets(
    webAPI: Pick<WebApiLike, "retrieveMultipleRecords">,
    jobId: string,
    expected?: number | null,
    signal?: AbortSignal,
): Promise<PagedRead<PacketRow>> {
    return readPages(webAPI, {
        table: PACKET_TABLE,
        options: packetQuery(jobId),
        pageSize: PACKET_PAGE_SIZE,
        expectedRows: expected,
        map: packetRowOf,
        signal,
    });
}

/** Where the page cap stopped the last read: the packets counted and the pages read. */
export interface PacketCap {
    counted: number;
    pages: number;
}

export interface PacketSourceOptions {
    webAPI: WebApiLike;
    jobId: string;
    /** Milliseconds between reads; 0 reads once. */
    intervalMs: number;
    /** Whether the job's status says no more packets will come. */
    final: boolean;
    /** The packets the job expects, when the form says: it bounds the pages read. */
    expected?: number | null;
    environment?: RefreshEnvironment;
}

/**
 * The packets of one job, read again on an interval while the job can still get packets, one request at a
 * time, backing off after failures and paused while the page is hidden. It stops when the job is final
 * (after one last read), when the packets table cannot be found, and when the user may not read it.
 */
export class PacketSource extends RefreshSource<PacketRow[]> {
    private readonly job: { final: boolean; shownFinal: boolean; expected: number | null };
    private readonly liveStatus: Store<LiveStatus | undefined>;

    private readonly cap: Store<PacketCap | undefined>;

    constructor({ webAPI, jobId, intervalMs, final, expected = null, environment }: PacketSourceOptions) {
        // `shownFinal`: the form showed the job final (newer than any read), so no status read is needed or trusted.
        const job = { final, shownFinal: final, expected };
        const cap = new Store<PacketCap | undefined>(undefined);
        const liveStatus = new Store<LiveStatus | undefined>(undefined);
        super({
            load: async (signal) => {
                const read = await readAllPackets(webAPI, jobId, job.expected, signal);
                const packets = read.rows;
                cap.set(read.stoppedBy === "pageCap" ? { counted: packets.length, pages: read.pages } : undefined);
                // Disposed while the packets were read, or the form shows the job ended: no status is asked.
                if (signal.aborted || job.shownFinal) return packets;
                // The job's own status, read with its packets: a job that ends while the form is open is seen
                // ending. A failed status read keeps the status known so far; the packets are what this loop is for.
                try {
                    const status = jobStatusOf(await webAPI.retrieveRecord(JOB_TABLE, jobId, jobStatusQuery()));
                    // The form showed the job ended while the status was read: the form's values are the newer ones.
                    if (status !== undefined && !job.shownFinal) {
                        liveStatus.set({ value: status, at: Date.now() });
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
        this.cap = cap;
    }

    /** Set when the page cap stopped the last read before its end: the count shown may be short. */
    get capped(): ReadonlyStore<PacketCap | undefined> {
        return this.cap;
    }

    /** The packets the job expects now, bounding the next reads. */
    expect(expected: number | null): void {
        this.job.expected = expected;
    }

    /** The job's status as last read from Dataverse, and when; undefined before the first read, or when it could not be read. */
    get status(): ReadonlyStore<LiveStatus | undefined> {
        return this.liveStatus;
    }

    /** Whether the last status read found the job ended, whatever the form still shows. */
    get endedOnServer(): boolean {
        const status = this.liveStatus.current;
        return status !== undefined && FINAL_JOB_STATUSES.has(status.value);
    }

    dispose(): void {
        super.dispose();
        this.liveStatus.dispose();
        this.cap.dispose();
    }

    /** Whether reading stopped because the job had ended; a job queued again needs a new source. */
    get finished(): boolean {
        return this.current.phase === "finished";
    }

    /**
     * Follows the job as the form shows it now: the refresh interval, and one last read of the packets when it
     * has just ended. `formIsNewer` says the form's values arrived after the last status read (the one rule of
     * common/model/freshness.ts): a final status there then ends the status reads, so no older status comes back.
     */
    follow(intervalMs: number, final: boolean, formIsNewer = true): void {
        const ended = final && !this.job.final;
        if (final && formIsNewer) this.job.shownFinal = true;
        // A status read that found the job ended stays final: the form's value may simply be older.
        this.job.final = final || this.endedOnServer;
        this.setIntervalMs(intervalMs);
        // The last read shows the final count, and it stops the loop.
        if (ended) this.refreshNow();
    }
}
