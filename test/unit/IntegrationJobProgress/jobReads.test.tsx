// What the control reads about the job besides its packets: its status, with each refresh, and the system jobs regarding it.
import { screen } from "@testing-library/react";
import type { IInputs } from "../../../IntegrationJobProgress/generated/ManifestTypes";
import { FakeWebApi } from "../../host/fakeWebApi";
import { mockContext, withParameters } from "../../host/mockContext";
import {
    advance,
    control,
    callsOn,
    mountJob,
    packetCalls,
    JOB_ID,
    jobApi,
    jobContext,
    packetRows,
    range,
    settle,
    STATUS,
    withJobClock,
    progressbar,
} from "./jobFixtures";

withJobClock();

describe("IntegrationJobProgress job status read", () => {
    it("reads the job's status with each refresh, one column by id", async () => {
        const api = jobApi(range(1, 2), STATUS.processing);
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        expect(callsOn(api, "msdyn_integrationjob")).toEqual([
            { method: "retrieveRecord", entity: "msdyn_integrationjob", id: JOB_ID, options: "?$select=msdyn_status" },
        ]);
        await advance(15_000);
        expect(callsOn(api, "msdyn_integrationjob")).toHaveLength(2);
        mounted.destroy();
    });

    it("stops refreshing and shows the final badge when the job ends while the form still shows it running", async () => {
        const api = jobApi(range(1, 3), STATUS.processing);
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        expect(screen.getByText("Processing")).toBeTruthy();
        api.tables.msdyn_integrationjobdetail.push(...packetRows([4, 5]));
        api.tables.msdyn_integrationjob[0].msdyn_status = STATUS.failed;
        await advance(15_000);
        expect(screen.getByText("Failed")).toBeTruthy();
        expect(screen.queryByText("Processing")).toBeNull();
        expect(progressbar().getAttribute("aria-valuetext")).toBe("5 of 5 packets");
        expect(screen.queryByText("Refresh now")).toBeNull();
        await advance(600_000);
        expect(packetCalls(api)).toHaveLength(2);
        expect(jest.getTimerCount()).toBe(0);
        mounted.destroy();
    });

    it("does not start again when the form catches up with the ended status, and does when the job is queued again", async () => {
        const api = jobApi(range(1, 3), STATUS.processing);
        const running = jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api });
        const mounted = mountJob(running);
        await settle();
        api.tables.msdyn_integrationjob[0].msdyn_status = STATUS.succeeded;
        await advance(15_000);
        // Another value changes on the form, which still holds the status it loaded with.
        mounted.update(withParameters(running, { expectedPackets: 6 }));
        mounted.update(withParameters(running, { expectedPackets: 6, jobStatus: STATUS.succeeded }));
        await advance(600_000);
        expect(packetCalls(api)).toHaveLength(2);
        api.tables.msdyn_integrationjob[0].msdyn_status = STATUS.ready;
        mounted.update(withParameters(running, { expectedPackets: 6, jobStatus: STATUS.ready }));
        await settle();
        expect(packetCalls(api)).toHaveLength(3);
        expect(screen.getByText("Ready")).toBeTruthy();
        mounted.destroy();
    });

    it("shows the form's newer final status over an older read, ends rate and time left, and stops reading the status", async () => {
        // Dataverse's answer still says Processing (the read was older than the form's refresh).
        const api = jobApi(range(1, 5), STATUS.processing);
        const running = jobContext({ expectedPackets: 10, jobStatus: STATUS.processing }, { webAPI: api });
        const mounted = mountJob(running);
        await settle();
        expect(screen.getByText("Processing")).toBeTruthy();
        expect(screen.getByText(/packets per minute/)).toBeTruthy();
        expect(callsOn(api, "msdyn_integrationjob")).toHaveLength(1);
        await advance(5_000);
        // The form refreshes its bound columns after the control's read: the job succeeded.
        mounted.update(withParameters(running, { jobStatus: STATUS.succeeded }));
        await settle();
        expect(screen.getByText("Succeeded")).toBeTruthy();
        expect(screen.queryByText("Processing")).toBeNull();
        expect(screen.queryByText(/packets per minute/)).toBeNull();
        expect(screen.queryByText(/Time left/)).toBeNull();
        await advance(600_000);
        // One last read of the packets for the final count; no status read that could bring back an older value.
        expect(packetCalls(api)).toHaveLength(2);
        expect(callsOn(api, "msdyn_integrationjob")).toHaveLength(1);
        expect(screen.getByText("Succeeded")).toBeTruthy();
        expect(screen.queryByText("Processing")).toBeNull();
        expect(jest.getTimerCount()).toBe(0);
        mounted.destroy();
    });

    it("stops a packet read that never ends at the pages the expected count needs, and says what it counted so far", async () => {
        const api = jobApi([], STATUS.processing);
        const answer = api.retrieveMultipleRecords.bind(api);
        let pages = 0;
        // A server whose nextLink never ends: every page brings 5,000 more packets.
        api.retrieveMultipleRecords = async (entity, options, maxPageSize) => {
            if (entity !== "msdyn_integrationjobdetail") return answer(entity, options, maxPageSize);
            pages += 1;
            const entities = packetRows(range((pages - 1) * 5000 + 1, pages * 5000));
            return { entities, nextLink: `https://org.example.crm.dynamics.com/api/data/v9.2/msdyn_integrationjobdetails?$skiptoken=${pages}` };
        };
        const mounted = mountJob(jobContext({ expectedPackets: 12, jobStatus: STATUS.processing, refreshSeconds: 0 }, { webAPI: api }));
        await settle();
        expect(pages).toBe(3);
        expect(screen.getByText("Counted 15,000 packets so far. Reading stopped after 3 pages, so there may be more packets than shown.")).toBeTruthy();
        mounted.destroy();
    });

    it("keeps the form's status and goes on reading packets when the status cannot be read", async () => {
        const api = jobApi(range(1, 3), STATUS.processing);
        api.failWhen({ method: "retrieveRecord", entity: "msdyn_integrationjob", error: { message: "Service unavailable", status: 503 } });
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        expect(screen.getByText("Processing")).toBeTruthy();
        expect(screen.queryByText(/Could not refresh/)).toBeNull();
        await advance(15_000);
        expect(packetCalls(api)).toHaveLength(2);
        mounted.destroy();
    });
});

describe("IntegrationJobProgress system jobs regarding the job", () => {
    const JOBS_QUERY = `?$select=asyncoperationid,name,operationtype,statecode,statuscode,message,friendlymessage,createdon,startedon,completedon,retrycount,errorcode&$filter=_regardingobjectid_value eq ${JOB_ID}&$orderby=createdon desc&$top=50`;
    function systemJob(values: Record<string, unknown>) {
        return {
            asyncoperationid: "a0000000-0000-4000-8000-000000000001",
            name: "Process integration job",
            _regardingobjectid_value: JOB_ID,
            statecode: 2,
            statuscode: 20,
            createdon: "2026-01-01T11:00:00Z",
            message: "<b>Waiting</b> for the service",
            errorcode: -2147204784,
            ...values,
        };
    }
    function apiWithJobs(rows: Record<string, unknown>[]): FakeWebApi {
        const api = jobApi(range(1, 2), STATUS.processing);
        api.tables.asyncoperation = rows;
        return api;
    }

    it("reads them with the exact query and shows name, status, message as text and error code; refreshes while one runs", async () => {
        const api = apiWithJobs([systemJob({})]);
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        expect(callsOn(api, "asyncoperation")).toEqual([
            { method: "retrieveMultipleRecords", entity: "asyncoperation", options: JOBS_QUERY, maxPageSize: undefined },
        ]);
        expect(screen.getByRole("heading", { name: "System jobs" })).toBeTruthy();
        expect(screen.getByRole("button", { name: "Open system job Process integration job" })).toBeTruthy();
        expect(screen.getByText("In Progress")).toBeTruthy();
        expect(screen.getByText("<b>Waiting</b> for the service")).toBeTruthy();
        expect(document.querySelector(".aops-system-job")?.textContent).toContain("Error code -2147204784 (0x80044150)");
        // Isolated left to right, so right-to-left languages keep the sign and the hex in place.
        expect(screen.getByText("-2147204784 (0x80044150)").closest("bdi")?.getAttribute("dir")).toBe("ltr");
        api.tables.asyncoperation[0].statecode = 3;
        api.tables.asyncoperation[0].statuscode = 31;
        await advance(15_000);
        expect(callsOn(api, "asyncoperation")).toHaveLength(2);
        expect(screen.getByText("Failed")).toBeTruthy();
        await advance(600_000);
        expect(callsOn(api, "asyncoperation")).toHaveLength(2);
        mounted.destroy();
    });

    it("offers the packets' and the system jobs' refresh as the same button, each with its own accessible name, each reading its own", async () => {
        const api = apiWithJobs([systemJob({})]);
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        const buttons = screen.getAllByRole("button", { name: /^Refresh now/ });
        expect(buttons).toHaveLength(2);
        for (const button of buttons) {
            expect(button.querySelector(".ms-Button-label")?.textContent).toBe("Refresh now");
            expect(button.querySelector("[data-icon-name='Refresh']")).toBeTruthy();
            expect(button.className).toBe(buttons[0].className);
        }
        // Two buttons, two names: the visible label first, then what each refreshes where it is not the job itself.
        expect(buttons.map((button) => button.getAttribute("aria-label")).sort()).toEqual(["Refresh now", "Refresh now: System jobs"]);
        screen.getByRole("button", { name: "Refresh now: System jobs" }).click();
        await settle();
        expect(callsOn(api, "asyncoperation")).toHaveLength(2);
        expect(packetCalls(api)).toHaveLength(1);
        mounted.destroy();
    });

    it("opens a system job's form", async () => {
        const context = jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: apiWithJobs([systemJob({})]) });
        const mounted = mountJob(context);
        await settle();
        screen.getByRole("button", { name: "Open system job Process integration job" }).click();
        expect(context.navigationCalls).toEqual([
            { method: "openForm", args: [{ entityName: "asyncoperation", entityId: "a0000000-0000-4000-8000-000000000001" }] },
        ]);
        mounted.destroy();
    });

    it("says when there are none", async () => {
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: apiWithJobs([]) }));
        await settle();
        expect(screen.getByText("No system jobs found for this record.")).toBeTruthy();
        mounted.destroy();
    });

    it("says when they cannot be read and tries again later", async () => {
        const api = apiWithJobs([systemJob({ statecode: 3, statuscode: 30 })]);
        api.failWhen({ method: "retrieveMultipleRecords", entity: "asyncoperation", times: 1, error: { message: "Service unavailable", status: 503 } });
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        expect(screen.getByText("Could not read the system jobs (Service unavailable).")).toBeTruthy();
        await advance(30_000);
        expect(callsOn(api, "asyncoperation")).toHaveLength(2);
        expect(screen.getByText("Succeeded")).toBeTruthy();
        mounted.destroy();
    });

    it("does not retry when the user may not read system jobs, and says so", async () => {
        const api = apiWithJobs([systemJob({})]);
        api.failWhen({
            method: "retrieveMultipleRecords",
            entity: "asyncoperation",
            error: { message: "Principal user is missing prvReadAsyncOperation privilege.", status: 403, errorCode: -2147220960 },
        });
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        expect(screen.getByText("You do not have permission to read the system jobs of this record.")).toBeTruthy();
        await advance(600_000);
        expect(callsOn(api, "asyncoperation")).toHaveLength(1);
        expect(packetCalls(api).length).toBeGreaterThan(1);
        mounted.destroy();
    });

    it("is left out without a Web API or a record id", async () => {
        const withoutApi = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: null }));
        await settle();
        expect(screen.queryByText("System jobs")).toBeNull();
        withoutApi.destroy();
        const api = apiWithJobs([systemJob({})]);
        const withoutRecord = mountJob(mockContext<IInputs>({ control, parameters: { expectedPackets: 5 }, webAPI: api }));
        await settle();
        expect(screen.queryByText("System jobs")).toBeNull();
        expect(api.calls).toHaveLength(0);
        withoutRecord.destroy();
    });

    it("leaves nothing running after destroy, with a read of the jobs in flight", async () => {
        const api = apiWithJobs([systemJob({})]);
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        api.holdResponses = true;
        await advance(15_000);
        const calls = api.calls.length;
        mounted.destroy();
        api.release();
        await advance(600_000);
        api.release();
        await advance(600_000);
        expect(api.calls).toHaveLength(calls);
        expect(jest.getTimerCount()).toBe(0);
    });
});
