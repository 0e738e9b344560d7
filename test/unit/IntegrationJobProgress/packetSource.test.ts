import { FakeWebApi } from "../../host/fakeWebApi";
import { PacketSource, readAllPackets } from "../../../IntegrationJobProgress/sources/packetSource";
import { packetQuery, PACKET_PAGE_SIZE } from "../../../IntegrationJobProgress/model/packetRows";
import { HARD_PAGE_CAP, nextLinkQuery } from "../../../common/sources/pagedRead";

const JOB = "5d6a7e1c-0000-4000-8000-00000000abcd";
// A nextLink as the Web API returns it (absolute); built in parts so lint does not take it for a request.
const SERVICE = ["https://org.example.crm.dynamics.com", "api", "data", "v9.2"].join("/");
const OTHER_JOB = "99999999-0000-4000-8000-000000000001";

function details(jobId: string, count: number, start = 1) {
    return Array.from({ length: count }, (_, i) => ({
        msdyn_integrationjobdetailid: `d-${jobId}-${i}`,
        _msdyn_integrationjobheader_value: jobId,
        msdyn_sequencenumber: start + i,
        msdyn_name: `packet ${start + i}`,
        msdyn_fulljson: "x".repeat(100),
        createdon: new Date(Date.UTC(2026, 0, 1, 10, 0, i)).toISOString(),
    }));
}

describe("readAllPackets", () => {
    it("asks for only the columns it needs, filtered on the job, at the largest page size", async () => {
        const api = new FakeWebApi({ msdyn_integrationjobdetail: [...details(JOB, 12), ...details(OTHER_JOB, 3)] });
        const { rows: packets } = await readAllPackets(api, JOB);
        expect(api.calls).toEqual([
            {
                method: "retrieveMultipleRecords",
                entity: "msdyn_integrationjobdetail",
                options: `?$select=msdyn_sequencenumber,createdon&$filter=_msdyn_integrationjobheader_value eq ${JOB}&$orderby=msdyn_sequencenumber asc`,
                maxPageSize: 5000,
            },
        ]);
        expect(packets).toHaveLength(12);
        expect(packets[0]).toEqual({ sequence: 1, createdOn: new Date(Date.UTC(2026, 0, 1, 10, 0, 0)) });
    });

    it("reads 10,000 packets in two requests by following nextLink", async () => {
        const api = new FakeWebApi({ msdyn_integrationjobdetail: details(JOB, 10_000) });
        const { rows: packets } = await readAllPackets(api, JOB);
        expect(api.calls).toHaveLength(2);
        expect(packets).toHaveLength(10_000);
        expect(new Set(packets.map((p) => p.sequence)).size).toBe(10_000);
        // The second request passes the nextLink's query back, skip token included.
        expect(api.calls[1].options).toMatch(/^\?.*%24skiptoken=5000/);
        expect(api.calls[1].maxPageSize).toBe(PACKET_PAGE_SIZE);
    });

    it("reads 10,001 packets in three requests and an empty job in one", async () => {
        const api = new FakeWebApi({ msdyn_integrationjobdetail: details(JOB, 10_001) });
        expect((await readAllPackets(api, JOB)).rows).toHaveLength(10_001);
        expect(api.calls).toHaveLength(3);
        const empty = new FakeWebApi({});
        expect((await readAllPackets(empty, JOB)).rows).toEqual([]);
        expect(empty.calls).toHaveLength(1);
    });

    it("turns missing or invalid values into nulls instead of failing", async () => {
        const api = new FakeWebApi({
            msdyn_integrationjobdetail: [
                { _msdyn_integrationjobheader_value: JOB, msdyn_sequencenumber: null, createdon: "not a date" },
                { _msdyn_integrationjobheader_value: JOB, msdyn_sequencenumber: -4, createdon: null },
                { _msdyn_integrationjobheader_value: JOB, msdyn_sequencenumber: "7", createdon: "2026-01-01T10:00:00Z" },
            ],
        });
        const { rows: packets } = await readAllPackets(api, JOB);
        expect(packets).toHaveLength(3);
        expect(packets.filter((p) => p.sequence === null && p.createdOn === null)).toHaveLength(2);
        expect(packets).toContainEqual({ sequence: 7, createdOn: new Date("2026-01-01T10:00:00Z") });
    });

    it("passes the Web API's failure on", async () => {
        const api = new FakeWebApi({});
        api.failures.push(new Error("Service unavailable"));
        await expect(readAllPackets(api, JOB)).rejects.toThrow("Service unavailable");
    });

    it("stops when a nextLink repeats itself", async () => {
        let calls = 0;
        const api = {
            retrieveMultipleRecords: () => {
                calls += 1;
                return Promise.resolve({ entities: [{ msdyn_sequencenumber: calls }], nextLink: `${SERVICE}/msdyn_integrationjobdetails?$skiptoken=same` });
            },
        };
        const { rows: packets } = await readAllPackets(api, JOB);
        expect(calls).toBe(2);
        expect(packets).toHaveLength(2);
    });

    it("ends a nextLink that comes back to a page it already read", async () => {
        const asked: string[] = [];
        const links = ["?$skiptoken=a", "?$skiptoken=b", "?$skiptoken=a"];
        const api = {
            retrieveMultipleRecords: (_entity: string, options?: string) => {
                asked.push(options ?? "");
                return Promise.resolve({
                    entities: [{ msdyn_sequencenumber: asked.length }],
                    nextLink: `${SERVICE}/msdyn_integrationjobdetails${links[asked.length - 1]}`,
                });
            },
        };
        const { rows: packets } = await readAllPackets(api, JOB);
        expect(asked).toEqual([packetQuery(JOB), "?$skiptoken=a", "?$skiptoken=b"]);
        expect(packets).toHaveLength(3);
    });

    it("reads at most the hard cap of pages of a nextLink that never ends, and says the cap stopped it", async () => {
        let calls = 0;
        const api = {
            retrieveMultipleRecords: () => {
                calls += 1;
                return Promise.resolve({ entities: [{ msdyn_sequencenumber: calls }], nextLink: `${SERVICE}/msdyn_integrationjobdetails?$skiptoken=${calls}` });
            },
        };
        const read = await readAllPackets(api, JOB);
        expect(calls).toBe(HARD_PAGE_CAP);
        expect(read).toMatchObject({ pages: HARD_PAGE_CAP, stoppedBy: "pageCap" });
        expect(read.rows).toHaveLength(HARD_PAGE_CAP);
    });

    it("reads no more pages than the expected count needs, plus a margin", async () => {
        let calls = 0;
        const api = {
            retrieveMultipleRecords: () => {
                calls += 1;
                return Promise.resolve({ entities: [{ msdyn_sequencenumber: calls }], nextLink: `${SERVICE}/msdyn_integrationjobdetails?$skiptoken=${calls}` });
            },
        };
        // 12 expected packets fit one page of 5,000: one page and a margin of two.
        expect(await readAllPackets(api, JOB, 12)).toMatchObject({ pages: 3, stoppedBy: "pageCap" });
        expect(calls).toBe(3);
    });

    it("refuses odd-shaped answers as unexpected instead of counting them, and ends at a nextLink that is not a link", async () => {
        for (const answer of [undefined, {}, { entities: "none" }]) {
            const api = { retrieveMultipleRecords: () => Promise.resolve(answer as unknown as ComponentFramework.WebApi.RetrieveMultipleResponse) };
            await expect(readAllPackets(api, JOB)).rejects.toMatchObject({ unexpectedAnswer: true });
        }
        const odd = { entities: [null, 7, { msdyn_sequencenumber: 3 }], nextLink: 42 };
        const api = { retrieveMultipleRecords: () => Promise.resolve(odd as unknown as ComponentFramework.WebApi.RetrieveMultipleResponse) };
        expect((await readAllPackets(api, JOB)).rows).toEqual([{ sequence: 3, createdOn: null }]);
    });
});

describe("PacketSource", () => {
    /** A refresh environment on jest's fake clock, with no page visibility. */
    const environment = {
        setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
        clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
        now: () => Date.now(),
    };
    const flush = () => jest.advanceTimersByTimeAsync(0);

    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it("reads on its interval, once more when the job ends, and then stops", async () => {
        const api = new FakeWebApi({ msdyn_integrationjobdetail: details(JOB, 3) });
        const source = new PacketSource({ webAPI: api, jobId: JOB, intervalMs: 15_000, final: false, environment });
        source.start();
        await flush();
        expect(source.current.data).toHaveLength(3);
        await jest.advanceTimersByTimeAsync(15_000);
        expect(api.calls.filter((call) => call.entity === "msdyn_integrationjobdetail")).toHaveLength(2);
        source.follow(15_000, false);
        expect(api.calls.filter((call) => call.entity === "msdyn_integrationjobdetail")).toHaveLength(2);
        api.tables.msdyn_integrationjobdetail.push(...details(JOB, 1, 4));
        source.follow(15_000, true);
        await flush();
        expect(api.calls.filter((call) => call.entity === "msdyn_integrationjobdetail")).toHaveLength(3);
        expect(source.current.data).toHaveLength(4);
        expect(source.finished).toBe(true);
        await jest.advanceTimersByTimeAsync(600_000);
        expect(api.calls.filter((call) => call.entity === "msdyn_integrationjobdetail")).toHaveLength(3);
        expect(jest.getTimerCount()).toBe(0);
        source.dispose();
    });

    it("takes a new interval while it runs", async () => {
        const api = new FakeWebApi({ msdyn_integrationjobdetail: details(JOB, 1) });
        const source = new PacketSource({ webAPI: api, jobId: JOB, intervalMs: 15_000, final: false, environment });
        source.start();
        await flush();
        source.follow(60_000, false);
        await jest.advanceTimersByTimeAsync(59_000);
        expect(api.calls.filter((call) => call.entity === "msdyn_integrationjobdetail")).toHaveLength(1);
        await jest.advanceTimersByTimeAsync(1_000);
        expect(api.calls.filter((call) => call.entity === "msdyn_integrationjobdetail")).toHaveLength(2);
        source.dispose();
        expect(jest.getTimerCount()).toBe(0);
    });
});

describe("query helpers", () => {
    it("takes the query part of a nextLink", () => {
        expect(nextLinkQuery(`${SERVICE}/x?$select=a&$skiptoken=1`)).toBe("?$select=a&$skiptoken=1");
        expect(nextLinkQuery(`${SERVICE}/x`)).toBeUndefined();
        expect(packetQuery(JOB)).toContain(`_msdyn_integrationjobheader_value eq ${JOB}`);
    });
});
