/**
 * A Web API that answers like Dataverse from in-memory tables: $select, $filter (eq / ne joined by and),
 * $orderby, $top, paging with nextLink at the requested page size (5,000 when none), 404 for a missing
 * row. It records every call so tests can assert the exact queries a control sends, and fails calls on
 * demand: the next calls in order (`failures`) or every call matching a rule (`failWhen`).
 * Shared by the jest tests (as TypeScript) and the gallery page (transpiled by the gallery server).
 */
export type Row = Record<string, unknown>;

export type WebApiMethod = "retrieveRecord" | "retrieveMultipleRecords" | "updateRecord" | "createRecord" | "deleteRecord";

export interface WebApiCall {
    method: WebApiMethod;
    entity: string;
    id?: string;
    options?: string;
    maxPageSize?: number;
    data?: Row;
}

export class DataverseError extends Error {
    constructor(
        message: string,
        readonly status: number,
        readonly errorCode: number,
    ) {
        super(message);
    }
}

/** The error a rule throws: an Error, or the message, HTTP status and Dataverse error code of one. */
export type FailureSpec = Error | { message: string; status?: number; errorCode?: number };

/** Calls of `method` (on `entity`, when given) fail `times` times (every time when omitted). */
export interface FailureRule {
    method: WebApiMethod;
    entity?: string;
    times?: number;
    error: FailureSpec;
}

/** Dataverse's generic "the operation failed" code, for rules that give none. */
const GENERIC_ERROR_CODE = -2147220970;

function errorOf(spec: FailureSpec): Error {
    return spec instanceof Error ? spec : new DataverseError(spec.message, spec.status ?? 500, spec.errorCode ?? GENERIC_ERROR_CODE);
}

const DEFAULT_PAGE_SIZE = 5000;

function parseQuery(options: string | undefined): URLSearchParams {
    const query = (options ?? "").replace(/^[^?]*\?/, "");
    return new URLSearchParams(query);
}

function literal(text: string): unknown {
    const trimmed = text.trim();
    if (/^'.*'$/.test(trimmed)) return trimmed.slice(1, -1).replace(/''/g, "'");
    if (trimmed === "null") return null;
    if (trimmed === "true" || trimmed === "false") return trimmed === "true";
    if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
    return trimmed; // GUIDs are unquoted in OData filters
}

function matches(row: Row, filter: string | null): boolean {
    if (!filter) return true;
    return filter.split(/\s+and\s+/i).every((clause) => {
        const match = /^\s*\(?\s*([\w.]+)\s+(eq|ne)\s+(.+?)\s*\)?\s*$/i.exec(clause);
        if (!match) throw new DataverseError(`Unsupported filter clause: ${clause}`, 400, -2147220989);
        const [, column, op, value] = match;
        const expected = literal(value);
        const actual = row[column];
        const equal = typeof expected === "string" && typeof actual === "string" ? expected.toLowerCase() === actual.toLowerCase() : actual === expected;
        return op.toLowerCase() === "eq" ? equal : !equal;
    });
}

function select(row: Row, columns: string | null): Row {
    if (!columns) return { ...row };
    const picked: Row = {};
    for (const column of columns.split(",")) picked[column] = row[column] ?? null;
    return picked;
}

export class FakeWebApi implements ComponentFramework.WebApi {
    readonly calls: WebApiCall[] = [];
    /** Errors to throw on the next calls, in order. */
    readonly failures: unknown[] = [];
    /** When set, calls wait for `release()` before answering. */
    holdResponses = false;
    /** Called with every call as it is made (a host's log). */
    onCall: ((call: WebApiCall) => void) | undefined = undefined;
    /** A pause before each answer (network latency); undefined answers at once. */
    delay: (() => Promise<void> | undefined) | undefined = undefined;
    private readonly held: (() => void)[] = [];
    private answering = 0;
    private readonly rules: (FailureRule & { left: number })[] = [];

    constructor(
        readonly tables: Record<string, Row[]> = {},
        private readonly primaryKeys: Record<string, string> = {},
    ) {}

    inFlight(): number {
        return this.held.length;
    }

    /** Calls made and not yet answered (held, paused or about to answer): a page waits for none before it looks. */
    unanswered(): number {
        return this.answering;
    }

    /** Lets every held call answer. */
    release(): void {
        for (const resume of this.held.splice(0)) resume();
    }

    /** Makes calls matching the rule fail; a failed call is recorded like any other but changes nothing. */
    failWhen(...rules: FailureRule[]): this {
        for (const rule of rules) this.rules.push({ ...rule, left: rule.times ?? Infinity });
        return this;
    }

    private keyOf(entity: string): string {
        return this.primaryKeys[entity] ?? `${entity}id`;
    }

    private record(call: WebApiCall): WebApiCall {
        this.calls.push(call);
        this.onCall?.(call);
        return call;
    }

    private async answer<T>(call: WebApiCall, produce: () => T): Promise<T> {
        this.answering += 1;
        try {
            return await this.answerNow(call, produce);
        } finally {
            this.answering -= 1;
        }
    }

    private async answerNow<T>(call: WebApiCall, produce: () => T): Promise<T> {
        if (this.holdResponses) await new Promise<void>((resolve) => this.held.push(resolve));
        else await Promise.resolve();
        const pause = this.delay?.();
        if (pause) await pause;
        const failure = this.failures.shift();
        if (failure !== undefined) throw failure;
        const rule = this.rules.find((r) => r.method === call.method && (r.entity === undefined || r.entity === call.entity) && r.left > 0);
        if (rule) {
            rule.left -= 1;
            throw errorOf(rule.error);
        }
        return produce();
    }

    retrieveRecord(entity: string, id: string, options?: string): Promise<ComponentFramework.WebApi.Entity> {
        const call = this.record({ method: "retrieveRecord", entity, id, options });
        return this.answer(call, () => {
            const key = this.keyOf(entity);
            const row = (this.tables[entity] ?? []).find((r) => String(r[key]).toLowerCase() === id.toLowerCase());
            if (!row) throw new DataverseError(`Could not find item ${id}.`, 404, -2147220969);
            return select(row, parseQuery(options).get("$select"));
        });
    }

    retrieveMultipleRecords(entity: string, options?: string, maxPageSize?: number): Promise<ComponentFramework.WebApi.RetrieveMultipleResponse> {
        const call = this.record({ method: "retrieveMultipleRecords", entity, options, maxPageSize });
        return this.answer(call, () => {
            const query = parseQuery(options);
            const fetchXml = query.get("fetchXml");
            if (fetchXml !== null) return { entities: aggregateFetch(this.tables[entity] ?? [], fetchXml), nextLink: undefined as unknown as string };
            let rows = (this.tables[entity] ?? []).filter((row) => matches(row, query.get("$filter")));
            const orderBy = query.get("$orderby");
            if (orderBy) {
                const [column, direction] = orderBy.split(/\s+/);
                const sign = direction?.toLowerCase() === "desc" ? -1 : 1;
                rows = [...rows].sort((a, b) => (String(a[column]) < String(b[column]) ? -sign : String(a[column]) > String(b[column]) ? sign : 0));
            }
            const top = query.get("$top");
            if (top) rows = rows.slice(0, Number(top));
            const pageSize = Math.min(maxPageSize ?? DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE);
            const skip = Number(query.get("$skiptoken") ?? 0);
            const page = rows.slice(skip, skip + pageSize).map((row) => select(row, query.get("$select")));
            const response: ComponentFramework.WebApi.RetrieveMultipleResponse = { entities: page, nextLink: undefined as unknown as string };
            if (skip + pageSize < rows.length) {
                query.set("$skiptoken", String(skip + pageSize));
                response.nextLink = `https://org.example.crm.dynamics.com/api/data/v9.2/${entity}s?${query.toString()}`;
            }
            return response;
        });
    }

    updateRecord(entity: string, id: string, data: ComponentFramework.WebApi.Entity): Promise<ComponentFramework.LookupValue> {
        const call = this.record({ method: "updateRecord", entity, id, data });
        return this.answer(call, () => {
            const key = this.keyOf(entity);
            const row = (this.tables[entity] ?? []).find((r) => String(r[key]).toLowerCase() === id.toLowerCase());
            if (!row) throw new DataverseError(`Could not find item ${id}.`, 404, -2147220969);
            Object.assign(row, data);
            return { id, entityType: entity, name: "" };
        });
    }

    createRecord(entity: string, data: ComponentFramework.WebApi.Entity): Promise<ComponentFramework.LookupValue> {
        const call = this.record({ method: "createRecord", entity, data });
        return this.answer(call, () => {
            const id = `00000000-0000-0000-0000-${String((this.tables[entity]?.length ?? 0) + 1).padStart(12, "0")}`;
            (this.tables[entity] ??= []).push({ ...data, [this.keyOf(entity)]: id });
            return { id, entityType: entity, name: "" };
        });
    }

    deleteRecord(entity: string, id: string): Promise<ComponentFramework.LookupValue> {
        const call = this.record({ method: "deleteRecord", entity, id });
        return this.answer(call, () => {
            const key = this.keyOf(entity);
            this.tables[entity] = (this.tables[entity] ?? []).filter((r) => String(r[key]).toLowerCase() !== id.toLowerCase());
            return { id, entityType: entity, name: "" };
        });
    }
}

/**
 * An aggregate FetchXML query (`?fetchXml=` with aggregate="true") as Dataverse answers it: conditions
 * eq / in, one groupby attribute, count / countcolumn (distinct) aggregates. A lookup attribute reads the
 * row's `_<name>_value`. Anything else is refused, so a test sees a query the fake does not understand.
 */
function aggregateFetch(table: Row[], fetchXml: string): Row[] {
    const doc = new DOMParser().parseFromString(fetchXml, "application/xml");
    const fetch = doc.documentElement;
    if (fetch.nodeName !== "fetch" || fetch.getAttribute("aggregate") !== "true")
        throw new DataverseError("Only aggregate FetchXML is supported", 400, -2147220989);
    const valueOf = (row: Row, name: string): unknown => (name in row ? row[name] : row[`_${name}_value`]);
    const same = (a: unknown, b: string): boolean => String(a ?? "").toLowerCase() === b.toLowerCase();
    const conditions = Array.from(doc.getElementsByTagName("condition")).map((c) => ({
        attribute: c.getAttribute("attribute") ?? "",
        operator: c.getAttribute("operator") ?? "",
        values: c.hasAttribute("value") ? [c.getAttribute("value") ?? ""] : Array.from(c.getElementsByTagName("value")).map((v) => v.textContent ?? ""),
    }));
    const rows = table.filter((row) =>
        conditions.every(({ attribute, operator, values }) => {
            if (operator !== "eq" && operator !== "in") throw new DataverseError(`Unsupported operator ${operator}`, 400, -2147220989);
            return values.some((value) => same(valueOf(row, attribute), value));
        }),
    );
    const attributes = Array.from(doc.getElementsByTagName("attribute"));
    const group = attributes.find((a) => a.getAttribute("groupby") === "true");
    const aggregates = attributes.filter((a) => a.hasAttribute("aggregate"));
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
        const key = group ? String(valueOf(row, group.getAttribute("name") ?? "") ?? "") : "";
        groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    if (!group && groups.size === 0) groups.set("", []);
    return [...groups].map(([key, members]) => {
        const result: Row = {};
        if (group) result[group.getAttribute("alias") ?? ""] = key;
        for (const aggregate of aggregates) {
            const name = aggregate.getAttribute("name") ?? "";
            const kind = aggregate.getAttribute("aggregate");
            const present = members.map((row) => valueOf(row, name)).filter((v) => v !== null && v !== undefined);
            let value: number;
            if (kind === "count") value = members.length;
            else if (kind === "countcolumn") value = aggregate.getAttribute("distinct") === "true" ? new Set(present.map(String)).size : present.length;
            else throw new DataverseError(`Unsupported aggregate ${kind}`, 400, -2147220989);
            result[aggregate.getAttribute("alias") ?? ""] = value;
        }
        return result;
    });
}
