// What the viewer reads about its operation: the system jobs behind it and its own status, live, failing, hanging or late.
import { fireEvent, screen } from "@testing-library/react";
import { withParameters, type ContextOptions } from "../../host/mockContext";
import { STATUS_READ_TIMEOUT_MS } from "../../../StagedDependencyViewer/sources/operationRefresh";
import { DataverseError, FakeWebApi } from "../../host/fakeWebApi";
import { OTHER_ID, RECORD_ID, advance, context, failJobsOnce, job, jobReads, jobsApi, mount, settle, withFakeTimers } from "./lifecycleFixtures";

withFakeTimers();

describe("StagedDependencyViewer lifecycle: the system jobs behind the operation", () => {
    const withJobs = (api: FakeWebApi, parameters: ContextOptions["parameters"] = {}, options: Partial<ContextOptions> = {}) =>
        context(
            { unprocessedDependencies: '["a"]', ...parameters },
            { webAPI: api, record: { entityName: "stagedmetadataasyncoperation", id: RECORD_ID }, ...options },
        );

    it("reads the jobs regarding the record, shows them labelled, and opens one", async () => {
        const api = jobsApi([
            job({
                asyncoperationid: "j-old",
                name: "Older job",
                statecode: 3,
                statuscode: 31,
                createdon: "2026-02-01T00:00:00Z",
                friendlymessage: "<b>Could not</b> add the column.",
                message: "0x80040216 trace",
                retrycount: 3,
            }),
            job({ asyncoperationid: "j-new", name: "Newer job", statecode: 3, statuscode: 30, completedon: "2026-03-01T10:01:00Z" }),
            job({ asyncoperationid: "j-else", name: "Someone else's job", _regardingobjectid_value: OTHER_ID }),
        ]);
        const ctx = withJobs(api);
        const mounted = mount(ctx);
        await settle();
        expect(api.calls).toEqual([
            { method: "retrieveRecord", entity: "stagedmetadataasyncoperation", id: RECORD_ID, options: "?$select=asyncjobstatus" },
            {
                method: "retrieveMultipleRecords",
                entity: "asyncoperation",
                options: `?$select=asyncoperationid,name,operationtype,statecode,statuscode,message,friendlymessage,createdon,startedon,completedon,retrycount,errorcode&$filter=_regardingobjectid_value eq ${RECORD_ID}&$orderby=createdon desc&$top=50`,
                maxPageSize: undefined,
            },
        ]);
        const names = Array.from(document.querySelectorAll("[data-system-job]")).map((li) => li.getAttribute("data-system-job"));
        expect(names).toEqual(["j-new", "j-old"]);
        expect(screen.getByText("Succeeded")).toBeTruthy();
        expect(screen.getByText("Failed")).toBeTruthy();
        expect(screen.getByText("<b>Could not</b> add the column.")).toBeTruthy();
        expect(screen.getByText("0x80040216 trace")).toBeTruthy();
        expect(screen.getByText(/Retries: 3/)).toBeTruthy();
        expect(document.querySelector("b")).toBeNull();
        fireEvent.click(screen.getByRole("button", { name: "Open system job Older job" }));
        expect(ctx.navigationCalls).toContainEqual({ method: "openForm", args: [{ entityName: "asyncoperation", entityId: "j-old" }] });
        // Every job has completed: nothing more is read.
        await advance(60_000);
        expect(jobReads(api)).toHaveLength(1);
        mounted.destroy();
    });

    it("refreshes while a job runs, stops when all have completed, and leaves nothing after destroy", async () => {
        const rows = [job({ statecode: 2, statuscode: 20 })];
        const api = jobsApi(rows);
        const mounted = mount(withJobs(api, { refreshSeconds: 10 }));
        await settle();
        expect(screen.getByText("In Progress")).toBeTruthy();
        await advance(10_000);
        expect(jobReads(api)).toHaveLength(2);
        Object.assign(rows[0], { statecode: 3, statuscode: 30 });
        await advance(10_000);
        expect(jobReads(api)).toHaveLength(3);
        expect(screen.getByText("Succeeded")).toBeTruthy();
        await advance(60_000);
        expect(jobReads(api)).toHaveLength(3);

        const running = jobsApi([job({})]);
        const second = mount(withJobs(running));
        await settle();
        second.destroy();
        mounted.destroy();
        await advance(120_000);
        expect(jobReads(running)).toHaveLength(1);
        expect(jest.getTimerCount()).toBe(0);
    });

    it("keeps one request in flight however often updateView runs", async () => {
        const api = jobsApi([job({})]);
        api.holdResponses = true;
        const first = withJobs(api);
        const mounted = mount(first);
        for (let i = 0; i < 10; i++) mounted.update(withParameters(first, { asyncJobStatus: 20 }));
        await settle();
        expect(api.inFlight()).toBe(1);
        expect(api.calls).toHaveLength(1);
        expect(screen.getByText("Loading system jobs…")).toBeTruthy();
        // The operation's status answers; then its jobs are read, one request after the other.
        api.release();
        await settle();
        expect(api.inFlight()).toBe(1);
        expect(jobReads(api)).toHaveLength(1);
        api.release();
        await settle();
        expect(screen.getByText("Process staged metadata")).toBeTruthy();
        mounted.destroy();
    });

    it("says when the jobs cannot be read and tries again later", async () => {
        const api = jobsApi([job({ statecode: 3, statuscode: 32 })]);
        failJobsOnce(api, new DataverseError("Service unavailable", 503, -2147204784));
        const mounted = mount(withJobs(api));
        await settle();
        expect(screen.getByText("Could not read the system jobs (Service unavailable).")).toBeTruthy();
        await advance(30_000);
        expect(jobReads(api)).toHaveLength(2);
        expect(screen.getByText("Canceled")).toBeTruthy();
        mounted.destroy();
    });

    it("stops reading when the jobs are gone (404)", async () => {
        const api = jobsApi([]);
        failJobsOnce(api, new DataverseError("Could not find item.", 404, -2147220969));
        const mounted = mount(withJobs(api));
        await settle();
        expect(screen.getByText("The system jobs of this record are no longer available.")).toBeTruthy();
        await advance(120_000);
        expect(jobReads(api)).toHaveLength(1);
        mounted.destroy();
    });

    it("keeps the jobs already shown when they are gone later (404), with a note, and stops reading", async () => {
        const api = jobsApi([job({})]);
        const mounted = mount(withJobs(api));
        await settle();
        expect(screen.getByText("Process staged metadata")).toBeTruthy();
        failJobsOnce(api, new DataverseError("Could not find item.", 404, -2147220969));
        await advance(15_000);
        expect(jobReads(api)).toHaveLength(2);
        expect(screen.getByText("Process staged metadata")).toBeTruthy();
        expect(screen.getByText("The system jobs of this record are no longer available.")).toBeTruthy();
        expect(screen.queryByRole("button", { name: "Refresh now" })).toBeNull();
        await advance(600_000);
        expect(jobReads(api)).toHaveLength(2);
        mounted.destroy();
    });

    it("does not retry when the user may not read system jobs (403), and says so", async () => {
        const api = jobsApi([job({})]);
        failJobsOnce(api, new DataverseError("Principal user is missing prvReadAsyncOperation privilege.", 403, -2147220960));
        const mounted = mount(withJobs(api));
        await settle();
        expect(screen.getByText("You do not have permission to read the system jobs of this record.")).toBeTruthy();
        expect(screen.queryByText(/Could not read the system jobs/)).toBeNull();
        await advance(600_000);
        expect(jobReads(api)).toHaveLength(1);
        mounted.destroy();
    });

    it("says when there are none, and leaves the section out without Web API or record id", async () => {
        const api = jobsApi([]);
        const mounted = mount(withJobs(api));
        await settle();
        expect(screen.getByText("No system jobs found for this record.")).toBeTruthy();
        mounted.destroy();

        const withoutApi = mount(
            context({ unprocessedDependencies: '["a"]' }, { webAPI: null, record: { entityName: "stagedmetadataasyncoperation", id: RECORD_ID } }),
        );
        await settle();
        expect(screen.queryByText("System jobs")).toBeNull();
        withoutApi.destroy();

        const newRecord = jobsApi([job({})]);
        const withoutRecord = mount(context({ unprocessedDependencies: '["a"]' }, { webAPI: newRecord, record: null }));
        await settle();
        expect(screen.queryByText("System jobs")).toBeNull();
        expect(jobReads(newRecord)).toHaveLength(0);
        withoutRecord.destroy();
    });

    it("says that live refresh is unavailable without Web API, while the run can still change", async () => {
        const record = { entityName: "stagedmetadataasyncoperation", id: RECORD_ID };
        const running = mount(context({ unprocessedDependencies: '["a"]', asyncJobStatus: 20 }, { webAPI: null, record }));
        await settle();
        expect(screen.getByText("Live refresh is not available here; showing the values on the form.")).toBeTruthy();
        running.destroy();
        // A run that ended will not change: nothing to say.
        const ended = mount(context({ unprocessedDependencies: '["a"]', asyncJobStatus: 30 }, { webAPI: null, record }));
        await settle();
        expect(screen.queryByText(/Live refresh is not available/)).toBeNull();
        ended.destroy();
    });
});

describe("StagedDependencyViewer lifecycle: the operation's own status", () => {
    const record = { entityName: "stagedmetadataasyncoperation", id: RECORD_ID };
    const form = (api: FakeWebApi, asyncJobStatus: number | null) =>
        context({ unprocessedDependencies: '["a"]', asyncJobStatus, refreshSeconds: 10 }, { webAPI: api, record });
    const headerStatus = () => document.querySelector(".aops-operation")?.textContent ?? "";
    const statusReads = (api: FakeWebApi) => api.calls.filter((call) => call.entity === "stagedmetadataasyncoperation");
    const row = (api: FakeWebApi) => api.tables.stagedmetadataasyncoperation[0];

    it("re-reads the row's status on each refresh, shows the run ending and stops refreshing", async () => {
        const api = jobsApi([job({})], 20);
        const mounted = mount(form(api, 20));
        await settle();
        expect(api.calls[0]).toEqual({ method: "retrieveRecord", entity: "stagedmetadataasyncoperation", id: RECORD_ID, options: "?$select=asyncjobstatus" });
        expect(headerStatus()).toContain("In Progress");
        await advance(10_000);
        expect(statusReads(api)).toHaveLength(2);
        expect(jobReads(api)).toHaveLength(2);
        // The run ends while the form is open (its system job still says running): the badge says so and reading stops.
        row(api).asyncjobstatus = 31;
        await advance(10_000);
        expect(statusReads(api)).toHaveLength(3);
        expect(headerStatus()).toContain("Failed");
        expect(headerStatus()).not.toContain("In Progress");
        // A later updateView with the form's older, unchanged status shows the newer read still.
        mounted.update(form(api, 20));
        expect(headerStatus()).toContain("Failed");
        await advance(120_000);
        expect(api.calls).toHaveLength(6);
        mounted.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });

    it("shows the form's status when the form refreshed after the read, and stops when that status is final", async () => {
        const api = jobsApi([job({})], 20);
        const mounted = mount(form(api, 20));
        await settle();
        expect(headerStatus()).toContain("In Progress");
        await advance(1_000);
        // The form's own refresh brings a newer, final status than the control's last read.
        mounted.update(form(api, 30));
        expect(headerStatus()).toContain("Succeeded");
        await advance(120_000);
        expect(api.calls).toHaveLength(2);
        mounted.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });

    it("keeps refreshing when the form's newer status is not final, and shows it until a newer read", async () => {
        const api = jobsApi([job({})], 20);
        const mounted = mount(form(api, 20));
        await settle();
        await advance(1_000);
        mounted.update(form(api, 21));
        expect(headerStatus()).toContain("Pausing");
        row(api).asyncjobstatus = 10;
        await advance(10_000);
        expect(statusReads(api)).toHaveLength(2);
        expect(headerStatus()).toContain("Waiting");
        mounted.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });

    it("stops at once when a run already ended is read first, and leaves the jobs to decide where the row has no status", async () => {
        const ended = jobsApi([job({})], 32);
        const first = mount(form(ended, 32));
        await settle();
        await advance(120_000);
        expect(ended.calls).toHaveLength(2);
        expect(headerStatus()).toContain("Canceled");
        first.destroy();

        const unknown = jobsApi([job({ statecode: 3, statuscode: 30 })], null);
        const second = mount(form(unknown, null));
        await settle();
        await advance(120_000);
        expect(unknown.calls).toHaveLength(2);
        second.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });
});

describe("StagedDependencyViewer lifecycle: a status read that fails, hangs or answers late", () => {
    const record = { entityName: "stagedmetadataasyncoperation", id: RECORD_ID };
    const form = (api: FakeWebApi) => context({ unprocessedDependencies: '["a"]', asyncJobStatus: 20, refreshSeconds: 10 }, { webAPI: api, record });
    const statusReads = (api: FakeWebApi) => api.calls.filter((call) => call.entity === "stagedmetadataasyncoperation");
    const statusNote = () => document.querySelector(".aops-status-failed")?.textContent ?? "";

    it("asks for nothing more when the status answers after destroy()", async () => {
        const api = jobsApi([job({})], 20);
        api.holdResponses = true;
        const mounted = mount(form(api));
        await settle();
        expect(statusReads(api)).toHaveLength(1);
        mounted.destroy();
        api.holdResponses = false;
        api.release();
        await advance(120_000);
        expect(jobReads(api)).toHaveLength(0);
        expect(api.calls).toHaveLength(1);
        expect(jest.getTimerCount()).toBe(0);
    });

    it("shows the jobs when the status read fails, says so with the status, and tries the status again", async () => {
        const api = jobsApi([job({})], 20);
        api.failWhen({
            method: "retrieveRecord",
            entity: "stagedmetadataasyncoperation",
            error: new DataverseError("Service unavailable", 503, -2147204784),
            times: 1,
        });
        const mounted = mount(form(api));
        await settle();
        expect(screen.getByText("Process staged metadata")).toBeTruthy();
        expect(statusNote()).toBe("The status could not be refreshed (Service unavailable); it is tried again with the next refresh.");
        // The form's own status still shows.
        expect(document.querySelector(".aops-operation")?.textContent).toContain("In Progress");
        await advance(10_000);
        expect(statusReads(api)).toHaveLength(2);
        expect(statusNote()).toBe("");
        mounted.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });

    it("reads the jobs when the status read never answers, and says the status got no answer in time", async () => {
        const api = jobsApi([job({})], 20);
        const silent = { ...api, retrieveRecord: () => new Promise<never>(() => undefined) } as unknown as FakeWebApi;
        const facade = new Proxy(api, { get: (target, key) => (key === "retrieveRecord" ? silent.retrieveRecord : Reflect.get(target, key, target)) });
        const mounted = mount(form(facade));
        await settle();
        expect(jobReads(api)).toHaveLength(0);
        await advance(STATUS_READ_TIMEOUT_MS);
        expect(jobReads(api)).toHaveLength(1);
        expect(screen.getByText("Process staged metadata")).toBeTruthy();
        expect(statusNote()).toBe("The status could not be refreshed (no answer in time); it is tried again with the next refresh.");
        mounted.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });
});
