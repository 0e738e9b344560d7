/**
 * Received packets of the integration jobs on the board, counted by Dataverse in one aggregate FetchXML
 * query per page of jobs: the distinct sequence numbers of msdyn_integrationjobdetail rows, grouped by the
 * job they belong to. Pure: builds the query and reads the answer.
 */
import { normalizeGuid } from "./guid";
import { numberOf } from "./rowValues";

export const PACKET_ENTITY = "msdyn_integrationjobdetail";
/** Job ids per aggregate request: keeps the request URL far below Dataverse's limit (a data set page holds up to 250 rows). */
export const MAX_JOBS_PER_REQUEST = 250;
/** Aliases of the grouped job and of its count in the answer. */
export const JOB_ALIAS = "job";
export const COUNT_ALIAS = "received";

/** The ids that can go into a query: GUIDs only, canonical, once each. */
export function jobIdsOf(ids: readonly string[]): string[] {
    const seen = new Set<string>();
    for (const id of ids) {
        const guid = normalizeGuid(id);
        if (guid) seen.add(guid);
    }
    return [...seen];
}

/** Ids split into requests of at most `size`. */
export function chunks<T>(items: readonly T[], size = MAX_JOBS_PER_REQUEST): T[][] {
    const result: T[][] = [];
    for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
    return result;
}

/** FetchXML counting each job's distinct packet sequence numbers. Ids must be GUIDs (see jobIdsOf). */
export function packetCountFetchXml(jobIds: readonly string[]): string {
    const values = jobIds.map((id) => `<value>${id}</value>`).join("");
    return (
        `<fetch aggregate="true">` +
        `<entity name="${PACKET_ENTITY}">` +
        `<attribute name="msdyn_integrationjobheader" alias="${JOB_ALIAS}" groupby="true"/>` +
        `<attribute name="msdyn_sequencenumber" alias="${COUNT_ALIAS}" aggregate="countcolumn" distinct="true"/>` +
        `<filter><condition attribute="msdyn_integrationjobheader" operator="in">${values}</condition></filter>` +
        `</entity></fetch>`
    );
}

/** The options argument of retrieveMultipleRecords for that query. */
export function packetCountOptions(jobIds: readonly string[]): string {
    return `?fetchXml=${encodeURIComponent(packetCountFetchXml(jobIds))}`;
}

/** The job id of an answer row: the grouped lookup's GUID, under the alias or as a `_value` property. */
function jobOf(row: Record<string, unknown>): string | undefined {
    for (const candidate of [row[JOB_ALIAS], row[`_${JOB_ALIAS}_value`], (row[JOB_ALIAS] as { id?: unknown } | null | undefined)?.id]) {
        const guid = normalizeGuid(candidate);
        if (guid) return guid;
    }
    return undefined;
}

/**
 * Received counts of the asked jobs from the aggregate answer; a job without a row has received none.
 * An answer that is not shaped like one gives undefined (the caller shows that counts are unavailable).
 */
export function readPacketCounts(answer: unknown, asked: readonly string[]): Map<string, number> | undefined {
    const entities = (answer as { entities?: unknown } | null | undefined)?.entities;
    if (!Array.isArray(entities)) return undefined;
    const counts = new Map<string, number>(asked.map((id) => [id, 0]));
    for (const row of entities) {
        if (!row || typeof row !== "object") continue;
        const job = jobOf(row as Record<string, unknown>);
        const count = numberOf((row as Record<string, unknown>)[COUNT_ALIAS]);
        if (job && counts.has(job) && count !== undefined && count >= 0) counts.set(job, Math.floor(count));
    }
    return counts;
}

/** Dataverse refuses aggregates over more than 50,000 rows (AggregateQueryRecordLimit exceeded). */
export const AGGREGATE_LIMIT_ERROR = -2147164125;

export function isAggregateLimit(error: unknown): boolean {
    const e = error as { errorCode?: unknown; code?: unknown } | null;
    return !!e && typeof e === "object" && [e.errorCode, e.code].some((code) => code === AGGREGATE_LIMIT_ERROR || code === 0x8004e023);
}
