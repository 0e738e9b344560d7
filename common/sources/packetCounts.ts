/**
 * Received packet counts of the integration jobs on the board: one aggregate FetchXML request for the
 * jobs of a page (retrieveMultipleRecords on msdyn_integrationjobdetail), never one per job. Asked again
 * after each refresh for the jobs whose count can still grow; one reading at a time (a request made
 * meanwhile waits and only its newest ids are read). A refusal for lack of privilege stops it for good.
 */
import { normalizeGuid } from "../model/guid";
import { Store } from "./store";
import { isForbidden } from "../model/dataverseErrors";
import { chunks, isAggregateLimit, jobIdsOf, PACKET_ENTITY, packetCountOptions, readPacketCounts } from "../model/packetCountQuery";

export type PacketPhase = "idle" | "loading" | "failed" | "denied";

export interface PacketState {
    /** Received packets by job id (canonical GUID). */
    counts: ReadonlyMap<string, number>;
    /** Jobs whose packets Dataverse would not count in one query (more than 50,000 rows). */
    tooMany: ReadonlySet<string>;
    phase: PacketPhase;
    lastError?: unknown;
}

type MultipleReader = Pick<ComponentFramework.WebApi, "retrieveMultipleRecords">;

/** A row whose job's packets are counted: its id, and whether its status can still change. */
export interface CountedRow {
    id: string;
    live: boolean;
}

export class PacketCounts extends Store<PacketState> {
    private reading = false;
    private queued: string[] | undefined;
    private followedRows: readonly CountedRow[] | undefined;
    private followedGeneration = Number.NaN;

    constructor(private readonly api: () => MultipleReader | undefined) {
        super({ counts: new Map(), tooMany: new Set(), phase: "idle" });
    }

    /**
     * Counts the packets of `jobIds`, leaving out `settled` jobs (final, and counted before): their count
     * cannot change any more.
     */
    read(jobIds: readonly string[], settled: ReadonlySet<string> = new Set()): void {
        if (this.disposed || this.current.phase === "denied") return;
        const ids = jobIdsOf(jobIds).filter((id) => !(settled.has(id) && this.current.counts.has(id)));
        if (ids.length === 0) return;
        if (this.reading) {
            this.queued = ids;
            return;
        }
        void this.run(ids);
    }

    /**
     * Follows the rows a view shows: counts again when they are other rows (a page, a sort) or the view
     * was read again (`generation`, its refreshes), and not on an update that changed neither. Rows that
     * can no longer change, once counted, are not asked for again.
     */
    follow(rows: readonly CountedRow[], generation: number): void {
        if (rows === this.followedRows && generation === this.followedGeneration) return;
        this.followedRows = rows;
        this.followedGeneration = generation;
        const settled = new Set(rows.filter((row) => !row.live).map((row) => normalizeGuid(row.id) ?? row.id));
        this.read(
            rows.map((row) => row.id),
            settled,
        );
    }

    private async run(ids: string[]): Promise<void> {
        this.reading = true;
        this.patch({ phase: "loading" });
        let failure: unknown;
        let denied = false;
        const counts = new Map(this.current.counts);
        const tooMany = new Set(this.current.tooMany);
        for (const part of chunks(ids)) {
            const api = this.api();
            if (!api || this.disposed) break;
            try {
                const answer = await api.retrieveMultipleRecords(PACKET_ENTITY, packetCountOptions(part));
                const read = readPacketCounts(answer, part);
                if (!read) throw new Error("unexpected answer");
                for (const [id, count] of read) {
                    counts.set(id, count);
                    tooMany.delete(id);
                }
            } catch (error) {
                if (isForbidden(error)) {
                    denied = true;
                    failure = error;
                    break;
                }
                if (isAggregateLimit(error)) for (const id of part) tooMany.add(id);
                else failure = error;
            }
        }
        this.reading = false;
        if (this.disposed) return;
        this.set({ counts, tooMany, phase: denied ? "denied" : failure !== undefined ? "failed" : "idle", lastError: failure });
        const next = this.queued;
        this.queued = undefined;
        if (next && !denied) void this.run(next);
    }
}
