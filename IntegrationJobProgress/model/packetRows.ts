import { dateOf, wholeNumberOf } from "../../common/model/rowValues";

/**
 * The packets of an integration job are the `msdyn_integrationjobdetail` rows whose header lookup points at
 * the job. Only the two columns the progress needs are selected, pages are as large as Dataverse allows and
 * `nextLink` is followed, so 10,000 packets cost two requests, never one per packet. The reading itself is
 * in sources/packetSource.ts.
 */
export const PACKET_TABLE = "msdyn_integrationjobdetail";
/** Dataverse's largest page for retrieveMultipleRecords. */
export const PACKET_PAGE_SIZE = 5000;

export interface PacketRow {
    /** `msdyn_sequencenumber`; null when the row has none or an invalid one. */
    sequence: number | null;
    /** `createdon`; null when missing or unreadable. */
    createdOn: Date | null;
}

/** The first query of a job's packets (the GUID is unquoted, as OData lookups expect). */
export function packetQuery(jobId: string): string {
    return "?$select=msdyn_sequencenumber,createdon" + `&$filter=_msdyn_integrationjobheader_value eq ${jobId}` + "&$orderby=msdyn_sequencenumber asc";
}

/** A row as the progress needs it; anything missing or invalid becomes null. */
export function packetRowOf(entity: Record<string, unknown>): PacketRow {
    return { sequence: wholeNumberOf(entity.msdyn_sequencenumber) ?? null, createdOn: dateOf(entity.createdon) ?? null };
}
