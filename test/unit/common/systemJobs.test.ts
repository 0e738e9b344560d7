import { MAX_SYSTEM_JOBS, systemJobOf, systemJobsOf } from "../../../common/model/systemJobs";
import { systemJobsSource } from "../../../common/sources/systemJobsSource";
import type { RefreshEnvironment } from "../../../common/sources/refreshSource";
import { DataverseError, FakeWebApi, type Row } from "../../host/fakeWebApi";

const RECORD = "6d1f8a0e-2b3c-4d5e-8f90-a1b2c3d4e5f6";

/** No timers run: each test reads once and looks at the result. */
const still: RefreshEnvironment = { setTimeout: () => 1, clearTimeout: () => undefined, now: () => 0 };

const job = (patch: Row): Row => ({ asyncoperationid: "j-1", name: "Job", statecode: 2, statuscode: 20, _regardingobjectid_value: RECORD, ...patch });

async function readOnce(api: Pick<ComponentFramework.WebApi, "retrieveMultipleRecords">) {
    const source = systemJobsSource({ api, regardingId: RECORD, intervalMs: 15_000, environment: still });
    source.start();
    for (let i = 0; i < 10; i++) await Promise.resolve();
    const snapshot = source.current;
    source.dispose();
    return snapshot;
}

describe("system jobs rows", () => {
    it("reads the rows of an answer, at most MAX_SYSTEM_JOBS, and nothing from an answer without rows", () => {
        const rows = Array.from({ length: MAX_SYSTEM_JOBS + 5 }, (_, i) => ({ asyncoperationid: `j-${i}` }));
        expect(systemJobsOf({ entities: rows })).toHaveLength(MAX_SYSTEM_JOBS);
        expect(systemJobsOf({ entities: [null, "x"] })?.map((j) => j.id)).toEqual(["", ""]);
        for (const odd of [undefined, null, {}, { entities: "nope" }, []]) expect(systemJobsOf(odd)).toBeUndefined();
        expect(systemJobOf(null)).toMatchObject({ id: "", name: "", state: undefined });
    });
});

describe("systemJobsSource", () => {
    it("reads the jobs regarding the record and is final once all have completed", async () => {
        const api = new FakeWebApi({
            asyncoperation: [
                job({ statecode: 3, statuscode: 30 }),
                job({ asyncoperationid: "other", _regardingobjectid_value: "0a0a0a0a-0000-4000-8000-000000000000" }),
            ],
        });
        const snapshot = await readOnce(api);
        expect(api.calls[0].options).toContain(`_regardingobjectid_value eq ${RECORD}`);
        expect(snapshot.data?.map((j) => j.id)).toEqual(["j-1"]);
        expect(snapshot.phase).toBe("finished");
    });

    it("keeps reading while a job runs", async () => {
        const snapshot = await readOnce(new FakeWebApi({ asyncoperation: [job({})] }));
        expect(snapshot.phase).toBe("idle");
        expect(snapshot.nextReadAt?.getTime()).toBe(15_000);
    });

    it("stops for good when the jobs are gone (404) or the user may not read them (403)", async () => {
        const gone = new FakeWebApi({ asyncoperation: [] });
        gone.failures.push(new DataverseError("Could not find item.", 404, -2147220969));
        expect((await readOnce(gone)).phase).toBe("gone");
        const denied = new FakeWebApi({ asyncoperation: [] });
        denied.failures.push(new DataverseError("Principal user is missing prvReadAsyncOperation privilege.", 403, -2147220960));
        expect((await readOnce(denied)).phase).toBe("denied");
    });

    it("counts an answer without rows as a failed read with no engine text in it", async () => {
        const snapshot = await readOnce({ retrieveMultipleRecords: () => Promise.resolve({} as ComponentFramework.WebApi.RetrieveMultipleResponse) });
        expect(snapshot.failures).toBe(1);
        expect(snapshot.data).toBeUndefined();
        expect((snapshot.lastError as Error).message).toBe("");
        expect(snapshot.phase).toBe("idle");
    });
});
