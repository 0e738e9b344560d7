import { stopIfAborted } from "./abort";

/**
 * Reads every page of a Web API query, bounded whatever the server says: a `nextLink` that never ends,
 * repeats itself or changes its skip token forever stops at a hard cap of pages (lower when the caller
 * knows how many rows to expect), a repeated query ends the read, and only the query part of a
 * `nextLink` is ever passed on — never a URL, so never another host. An answer without an `entities`
 * array is refused as an unexpected shape instead of being counted.
 */
type WebApiLike = Pick<ComponentFramework.WebApi, "retrieveMultipleRecords">;

/** Dataverse's largest page for retrieveMultipleRecords. */
export const MAX_PAGE_SIZE = 5000;
/** Never more pages than this in one read: 200 pages are a million rows. */
export const HARD_PAGE_CAP = 200;
/** Pages allowed beyond what the expected row count needs (rows added while reading). */
export const PAGE_MARGIN = 2;

export interface PagedReadOptions<R> {
    table: string;
    /** The first query's options, starting with "?". */
    options: string;
    pageSize?: number;
    /** Rows the caller expects, when it knows: the read then stops after the pages those need plus a margin. */
    expectedRows?: number | null;
    /** Maps one returned row; rows are read as plain objects. */
    map(row: Record<string, unknown>): R;
    /** Aborted when the read's owner stops: no further page is asked for. */
    signal?: AbortSignal;
}

export interface PagedRead<R> {
    rows: R[];
    pages: number;
    /** Why the read stopped before the server said it was done; undefined when it read to the end. */
    stoppedBy?: "pageCap" | "repeatedLink" | "foreignLink";
}

/** An answer that is not shaped as Dataverse answers (`entities` missing or not an array). */
export class UnexpectedAnswerError extends Error {
    readonly unexpectedAnswer = true;
    constructor() {
        super("unexpected answer shape");
    }
}

/** The query part of a nextLink ("?…"), or undefined when it has none or is not a string. */
export function nextLinkQuery(nextLink: unknown): string | undefined {
    if (typeof nextLink !== "string") return undefined;
    const at = nextLink.indexOf("?");
    return at < 0 ? undefined : nextLink.slice(at);
}

/** The page cap for a read: what the expected rows need plus a margin, never above the hard cap. */
export function pageCap(pageSize: number, expectedRows?: number | null): number {
    if (typeof expectedRows !== "number" || !Number.isFinite(expectedRows) || expectedRows < 0) return HARD_PAGE_CAP;
    return Math.min(HARD_PAGE_CAP, Math.ceil(expectedRows / pageSize) + PAGE_MARGIN);
}

export async function readPages<R>(api: WebApiLike, read: PagedReadOptions<R>): Promise<PagedRead<R>> {
    const pageSize = read.pageSize ?? MAX_PAGE_SIZE;
    const cap = pageCap(pageSize, read.expectedRows);
    const seen = new Set<string>();
    const rows: R[] = [];
    let options = read.options;
    for (let page = 1; ; page++) {
        seen.add(options);
        stopIfAborted(read.signal);
        const answer: unknown = await api.retrieveMultipleRecords(read.table, options, pageSize);
        const entities = (answer as { entities?: unknown } | null | undefined)?.entities;
        if (!Array.isArray(entities)) throw new UnexpectedAnswerError();
        for (const entity of entities) {
            if (entity && typeof entity === "object") rows.push(read.map(entity as Record<string, unknown>));
        }
        const link = (answer as { nextLink?: unknown }).nextLink;
        if (link === undefined || link === null || link === "") return { rows, pages: page };
        const next = nextLinkQuery(link);
        if (next === undefined) return { rows, pages: page, stoppedBy: "foreignLink" };
        if (seen.has(next)) return { rows, pages: page, stoppedBy: "repeatedLink" };
        if (page >= cap) return { rows, pages: page, stoppedBy: "pageCap" };
        options = next;
    }
}
