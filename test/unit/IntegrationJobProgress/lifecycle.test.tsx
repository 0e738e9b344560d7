import { READ_TIMEOUT_MS } from "../../../common/sources/refreshSource";
import { screen } from "@testing-library/react";
import type { IInputs } from "../../../IntegrationJobProgress/generated/ManifestTypes";
import { DataverseError, FakeWebApi } from "../../host/fakeWebApi";
import { mockContext, withParameters, type MockContext } from "../../host/mockContext";
import { advance, callsOn, mountJob, packetCalls, JOB_ID, jobApi, jobContext, packetRows, range, settle, setVisibility, STATUS } from "./jobFixtures";

const control = "IntegrationJobProgress";
const progressbar = () => screen.getByRole("progressbar");

beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(Date.UTC(2026, 0, 1, 12, 0, 0)));
});

afterEach(() => {
    setVisibility("visible");
    jest.useRealTimers();
});

describe("IntegrationJobProgress lifecycle", () => {
    it("without a Web API shows the bound values and says packets cannot be counted here, with no error", async () => {
        const context = mockContext<IInputs>({
            control,
            parameters: { expectedPackets: 120, jobStatus: STATUS.processing },
            webAPI: null,
            record: { entityName: "msdyn_integrationjob", id: JOB_ID },
        });
        const mounted = mountJob(context);
        await settle();
        expect(screen.getByText("120 packets expected")).toBeTruthy();
        expect(screen.getByText("Processing")).toBeTruthy();
        expect(screen.getByText("Received packets cannot be counted here; showing the values on the form.")).toBeTruthy();
        expect(screen.queryByRole("progressbar")).toBeNull();
        expect(screen.queryByText(/Could not refresh/)).toBeNull();
        expect(screen.queryByText("Refresh now")).toBeNull();
        mounted.destroy();
    });

    it("without a record id (a new job) reads nothing and says so", async () => {
        const api = jobApi(range(1, 5));
        const context = mockContext<IInputs>({ control, parameters: { expectedPackets: 10 }, webAPI: api });
        const mounted = mountJob(context);
        await settle();
        expect(packetCalls(api)).toHaveLength(0);
        expect(screen.getByText(/cannot be counted here/)).toBeTruthy();
        mounted.destroy();
    });

    it("reads the packets once and shows received of expected with progressbar semantics", async () => {
        const api = jobApi(range(1, 37));
        const mounted = mountJob(jobContext({ expectedPackets: 120, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        expect(packetCalls(api)).toHaveLength(1);
        expect(packetCalls(api)[0].options).toContain(`_msdyn_integrationjobheader_value eq ${JOB_ID}`);
        const bar = progressbar();
        expect(bar.getAttribute("aria-valuenow")).toBe("30");
        expect(bar.getAttribute("aria-valuetext")).toBe("37 of 120 packets");
        expect(screen.getByText("37 of 120 packets received (30%)")).toBeTruthy();
        expect(screen.getByText("83 missing: 38–120")).toBeTruthy();
        mounted.destroy();
    });

    it("refreshes every refreshSeconds while the job runs and shows new packets", async () => {
        const api = jobApi(range(1, 10));
        const mounted = mountJob(jobContext({ expectedPackets: 20, jobStatus: STATUS.processing, refreshSeconds: 30 }, { webAPI: api }));
        await settle();
        expect(progressbar().getAttribute("aria-valuetext")).toBe("10 of 20 packets");
        api.tables.msdyn_integrationjobdetail.push(...packetRows(range(11, 15)));
        await advance(29_000);
        expect(packetCalls(api)).toHaveLength(1);
        await advance(1_000);
        expect(packetCalls(api)).toHaveLength(2);
        expect(progressbar().getAttribute("aria-valuetext")).toBe("15 of 20 packets");
        mounted.destroy();
    });

    it("refreshes every 15 seconds by default and never with refreshSeconds 0", async () => {
        const api = jobApi(range(1, 3));
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        await advance(15_000);
        expect(packetCalls(api)).toHaveLength(2);
        mounted.update(withParameters(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }), { refreshSeconds: 0 }));
        await advance(120_000);
        expect(packetCalls(api)).toHaveLength(2);
        expect(screen.getByText(/Auto-refresh is off/)).toBeTruthy();
        mounted.destroy();
    });

    it("keeps at most one request in flight", async () => {
        const api = jobApi(range(1, 3));
        api.holdResponses = true;
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await advance(READ_TIMEOUT_MS - 1_000);
        expect(packetCalls(api)).toHaveLength(1);
        expect(screen.getByText("Counting received packets…")).toBeTruthy();
        api.release();
        await settle();
        // The status read follows the packets.
        api.release();
        await settle();
        expect(progressbar().getAttribute("aria-valuetext")).toBe("3 of 5 packets");
        mounted.destroy();
    });

    it("backs off after a failure, says so, and recovers", async () => {
        const api = jobApi(range(1, 3));
        api.failures.push(new DataverseError("Service unavailable", 503, -2147204784));
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        expect(screen.getAllByRole("status")[0].textContent).toBe("Could not refresh (Service unavailable).");
        expect(document.querySelector(".aops-refresh-retry")?.textContent).toBe("Trying again in 30 seconds.");
        await advance(15_000);
        expect(packetCalls(api)).toHaveLength(1);
        await advance(15_000);
        expect(packetCalls(api)).toHaveLength(2);
        expect(screen.queryByText(/Could not refresh/)).toBeNull();
        expect(progressbar().getAttribute("aria-valuetext")).toBe("3 of 5 packets");
        // A routine read is not announced; the failure before was.
        expect(screen.getAllByText(/^Updated /)[0].closest("[aria-live]")).toBeNull();
        expect(screen.getAllByRole("status")[0].textContent).toBe("");
        mounted.destroy();
    });

    it("pauses while the page is hidden and reads at once when it shows again", async () => {
        const api = jobApi(range(1, 3));
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        setVisibility("hidden");
        await advance(300_000);
        expect(packetCalls(api)).toHaveLength(1);
        expect(screen.getByText("Refresh paused while the page is hidden")).toBeTruthy();
        setVisibility("visible");
        await settle();
        expect(packetCalls(api)).toHaveLength(2);
        mounted.destroy();
    });

    it.each([
        ["Succeeded", STATUS.succeeded],
        ["Failed", STATUS.failed],
        ["Skipped", STATUS.skipped],
    ])("reads once and stops when the job is %s", async (_label, status) => {
        const api = jobApi(range(1, 5));
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: status }, { webAPI: api }));
        await settle();
        await advance(600_000);
        expect(packetCalls(api)).toHaveLength(1);
        expect(jest.getTimerCount()).toBe(0);
        expect(screen.queryByText("Refresh now")).toBeNull();
        mounted.destroy();
    });

    it("reads one last time when the job ends, then stops", async () => {
        const api = jobApi(range(1, 4));
        const first = jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api });
        const mounted = mountJob(first);
        await settle();
        api.tables.msdyn_integrationjobdetail.push(...packetRows([5]));
        mounted.update(withParameters(first, { jobStatus: STATUS.succeeded }));
        await settle();
        expect(packetCalls(api)).toHaveLength(2);
        expect(progressbar().getAttribute("aria-valuetext")).toBe("5 of 5 packets");
        await advance(600_000);
        expect(packetCalls(api)).toHaveLength(2);
        mounted.destroy();
    });

    it("starts reading again when an ended job is queued again", async () => {
        const api = jobApi(range(1, 2));
        const failed = jobContext({ expectedPackets: 5, jobStatus: STATUS.failed }, { webAPI: api });
        const mounted = mountJob(failed);
        await settle();
        await advance(60_000);
        expect(packetCalls(api)).toHaveLength(1);
        mounted.update(withParameters(failed, { jobStatus: STATUS.ready }));
        await settle();
        expect(packetCalls(api)).toHaveLength(2);
        await advance(15_000);
        expect(packetCalls(api)).toHaveLength(3);
        mounted.destroy();
    });

    it("stops quietly when the packets table cannot be found", async () => {
        const api = jobApi([]);
        api.failures.push(new DataverseError("Resource not found for the segment 'msdyn_integrationjobdetails'.", 404, -2147220969));
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        expect(screen.getByText("The packets of this job cannot be read in this environment.")).toBeTruthy();
        await advance(600_000);
        expect(packetCalls(api)).toHaveLength(1);
        mounted.destroy();
    });

    it("stops and says so when the user may not read the packets (403), keeping the count already read", async () => {
        const api = jobApi(range(1, 3));
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        expect(screen.getByText("3 of 5 packets received (60%)")).toBeTruthy();
        // Dataverse reports a missing read privilege with its own code; the client API may not give a status.
        api.failWhen({
            method: "retrieveMultipleRecords",
            entity: "msdyn_integrationjobdetail",
            times: 1,
            error: Object.assign(new Error("Principal user is missing prvReadmsdyn_integrationjobdetail privilege."), { errorCode: -2147220960 }),
        });
        await advance(15_000);
        expect(packetCalls(api)).toHaveLength(2);
        // The message bar shows its text a moment later, for screen readers to pick it up.
        await advance(3_600_000);
        expect(packetCalls(api)).toHaveLength(2);
        expect(screen.getByText("You do not have permission to read the packets of this job (integration job details).")).toBeTruthy();
        expect(screen.getByText("3 of 5 packets received (60%)")).toBeTruthy();
        expect(screen.queryByText(/Could not refresh/)).toBeNull();
        expect(screen.queryByText("Refresh now")).toBeNull();
        mounted.destroy();
    });

    it("leaves nothing running after destroy, even with a read in flight", async () => {
        const api = jobApi(range(1, 3));
        const mounted = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        expect(jest.getTimerCount()).toBeGreaterThan(0);
        api.holdResponses = true;
        await advance(15_000);
        expect(packetCalls(api)).toHaveLength(2);
        mounted.destroy();
        api.release();
        await advance(600_000);
        expect(packetCalls(api)).toHaveLength(2);
        expect(jest.getTimerCount()).toBe(0);
    });

    it("follows a record that gets its id after the first save", async () => {
        const api = jobApi(range(1, 2));
        const unsaved = mockContext<IInputs>({ control, parameters: { expectedPackets: 4 }, webAPI: api });
        const mounted = mountJob(unsaved);
        await settle();
        expect(packetCalls(api)).toHaveLength(0);
        mounted.update(jobContext({ expectedPackets: 4 }, { webAPI: api }));
        await settle();
        expect(packetCalls(api)).toHaveLength(1);
        expect(progressbar().getAttribute("aria-valuetext")).toBe("2 of 4 packets");
        mounted.destroy();
    });

    it("reads again at once on Refresh now", async () => {
        const api = jobApi(range(1, 2));
        const mounted = mountJob(jobContext({ expectedPackets: 4, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        screen.getByText("Refresh now").click();
        await settle();
        expect(packetCalls(api)).toHaveLength(2);
        mounted.destroy();
    });

    it.each([
        ["lacks mode.trackContainerResize", undefined],
        [
            "throws from mode.trackContainerResize",
            () => {
                throw new Error("Not supported");
            },
        ],
    ])("starts on a host that %s", async (_case, trackContainerResize) => {
        const api = jobApi(range(1, 3));
        const context = jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api });
        const host = { ...context, mode: { ...context.mode, trackContainerResize } } as unknown as MockContext<IInputs>;
        const mounted = mountJob(host);
        await settle();
        expect(progressbar().getAttribute("aria-valuetext")).toBe("3 of 5 packets");
        mounted.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });

    it("reads the other job when the form shows another record, and stops reading the first", async () => {
        const other = "99999999-0000-4000-8000-000000000001";
        const api = new FakeWebApi({ msdyn_integrationjobdetail: [...packetRows(range(1, 2)), ...packetRows(range(1, 4), other)] });
        const first = jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api });
        const mounted = mountJob(first);
        await settle();
        expect(progressbar().getAttribute("aria-valuetext")).toBe("2 of 5 packets");
        mounted.update(
            jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api, record: { entityName: "msdyn_integrationjob", id: other } }),
        );
        await settle();
        expect(packetCalls(api)).toHaveLength(2);
        expect(packetCalls(api)[1].options).toContain(`_msdyn_integrationjobheader_value eq ${other}`);
        expect(progressbar().getAttribute("aria-valuetext")).toBe("4 of 5 packets");
        await advance(15_000);
        expect(packetCalls(api)).toHaveLength(3);
        expect(packetCalls(api)[2].options).toContain(other);
        // The other job's packets and sync errors; nothing of the first job.
        expect(jest.getTimerCount()).toBe(2);
        expect(api.calls.filter((call) => call.options?.includes(JOB_ID) && call.entity === "msdyn_integrationjobdetail")).toHaveLength(1);
        mounted.destroy();
    });

    it("stops reading when the Web API goes away, and says packets cannot be counted", async () => {
        const api = jobApi(range(1, 2));
        const live = jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: api });
        const mounted = mountJob(live);
        await settle();
        mounted.update({ ...live, webAPI: undefined } as unknown as MockContext<IInputs>);
        await settle();
        expect(jest.getTimerCount()).toBe(0);
        expect(screen.getByText(/cannot be counted here/)).toBeTruthy();
        await advance(600_000);
        expect(packetCalls(api)).toHaveLength(1);
        mounted.destroy();
    });

    it("opens the regarding record with navigation.openForm", async () => {
        const context = jobContext(
            { expectedPackets: 4, regardingEntity: "msdyn_project", regardingEntityId: "{A1B2C3D4-0000-4000-8000-000000000001}" },
            { webAPI: null },
        );
        const mounted = mountJob(context);
        await settle();
        screen.getByTitle("Open the regarding record").click();
        expect(context.navigationCalls).toEqual([
            { method: "openForm", args: [{ entityName: "msdyn_project", entityId: "a1b2c3d4-0000-4000-8000-000000000001" }] },
        ]);
        mounted.destroy();
    });

    it("leaves the form as it is when opening the regarding record fails or the host cannot", async () => {
        const regarding = { expectedPackets: 4, regardingEntity: "msdyn_project", regardingEntityId: "{A1B2C3D4-0000-4000-8000-000000000001}" };
        const refusing = jobContext(regarding, { webAPI: null });
        refusing.navigation.openForm = () => Promise.reject(new Error("Blocked"));
        const mounted = mountJob(refusing);
        await settle();
        screen.getByTitle("Open the regarding record").click();
        await settle();
        mounted.update({ ...refusing, navigation: undefined } as unknown as MockContext<IInputs>);
        screen.getByTitle("Open the regarding record").click();
        await settle();
        expect(screen.getByText("msdyn_project a1b2c3d4-0000-4000-8000-000000000001")).toBeTruthy();
        mounted.destroy();
    });

    it("parses the response JSON once across updateViews that do not change it", async () => {
        const parse = jest.spyOn(JSON, "parse");
        const context = jobContext({ expectedPackets: 4, responseJson: '{"result":"ok"}' }, { webAPI: null });
        const mounted = mountJob(context);
        mounted.update(withParameters(context, { expectedPackets: 5 }));
        mounted.update(withParameters(context, { expectedPackets: 6 }));
        expect(parse.mock.calls.filter(([text]) => text === '{"result":"ok"}')).toHaveLength(1);
        parse.mockRestore();
        mounted.destroy();
    });

    it("works against a Web API that rejects everything (the test harness)", async () => {
        const rejecting = new FakeWebApi({});
        for (let i = 0; i < 5; i++) rejecting.failures.push(new Error("Not implemented"));
        const mounted = mountJob(jobContext({ expectedPackets: 8, jobStatus: STATUS.processing }, { webAPI: rejecting }));
        await settle();
        expect(screen.getByText("8 packets expected")).toBeTruthy();
        // A plain Error is the harness's own text, not a message from Dataverse: a sentence, the text behind a toggle.
        expect(screen.getByText("Could not refresh.")).toBeTruthy();
        expect(screen.getByText(/^Trying again in/)).toBeTruthy();
        expect(screen.queryByText(/Not implemented/)).toBeNull();
        mounted.destroy();
    });
});

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

describe("IntegrationJobProgress sync errors regarding the job", () => {
    const QUERY = `?$select=syncerrorid,name,errortime,errorcode,errormessage&$filter=_regardingobjectid_value eq ${JOB_ID}&$orderby=errortime desc&$top=21`;
    function syncError(i: number, values: Record<string, unknown> = {}) {
        return {
            syncerrorid: `e0000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
            _regardingobjectid_value: JOB_ID,
            name: "msdyn_projecttask",
            errortime: new Date(Date.UTC(2026, 0, 1, 10, i)).toISOString(),
            errorcode: "0x80040237",
            errormessage: `Task ${i} <script>alert(1)</script> could not be saved`,
            ...values,
        };
    }
    function apiWith(rows: Record<string, unknown>[]): FakeWebApi {
        const api = jobApi(range(1, 2), STATUS.processing);
        api.tables.syncerror = rows;
        return api;
    }
    const mountWith = (api: FakeWebApi, jobStatus = STATUS.processing) => mountJob(jobContext({ expectedPackets: 5, jobStatus }, { webAPI: api }));

    it("reads the newest page with only the needed columns and shows time, table, code and message as text, newest first", async () => {
        const api = apiWith([syncError(1), syncError(2, { errorcode: "-2147220969" })]);
        const mounted = mountWith(api);
        await settle();
        expect(callsOn(api, "syncerror")).toEqual([{ method: "retrieveMultipleRecords", entity: "syncerror", options: QUERY, maxPageSize: undefined }]);
        const section = screen.getByRole("region", { name: "Sync errors" });
        const items = section.querySelectorAll("li");
        expect(items).toHaveLength(2);
        expect(items[0].textContent).toContain("Task 2 <script>alert(1)</script> could not be saved");
        // One form for every code, whichever the row stored (decimal or hex).
        expect(items[0].textContent).toContain("Table msdyn_projecttask · Error code -2147220969 (0x80040217)");
        expect(items[1].textContent).toContain("Error code -2147220937 (0x80040237)");
        expect(section.querySelector("script")).toBeNull();
        expect(screen.queryByText(/Showing the newest/)).toBeNull();
        mounted.destroy();
    });

    it("stops with the job's run: once the job's own read finds it ended, no sync error read follows at the next tick", async () => {
        const api = apiWith([syncError(1)]);
        const mounted = mountWith(api);
        await settle();
        await advance(15_000);
        expect(callsOn(api, "syncerror")).toHaveLength(2);
        // The job ends on the server; the form still shows it running.
        api.tables.msdyn_integrationjob[0].msdyn_status = STATUS.succeeded;
        await advance(15_000);
        const atEnd = callsOn(api, "syncerror").length;
        await advance(60_000);
        expect(callsOn(api, "syncerror")).toHaveLength(atEnd);
        expect(jest.getTimerCount()).toBe(0);
        mounted.destroy();
    });

    it("names each table by its display name from the host's metadata, read once per table, the logical name as its title", async () => {
        const api = apiWith([syncError(1), syncError(2), syncError(3, { name: "account" })]);
        const metadataCalls: string[] = [];
        const tables = { msdyn_projecttask: { DisplayName: { 1033: "Project Task" } } };
        const mounted = mountJob(
            jobContext(
                { expectedPackets: 5, jobStatus: STATUS.processing },
                { webAPI: api, entityMetadata: tables, onUtility: (call) => metadataCalls.push(String((call.args as unknown[])[0])) },
            ),
        );
        await settle();
        const items = screen.getByRole("region", { name: "Sync errors" }).querySelectorAll("li");
        expect(items[0].textContent).toContain("Table account");
        expect(items[1].textContent).toContain("Table Project Task");
        expect(items[1].querySelector("[title='msdyn_projecttask']")).not.toBeNull();
        // One metadata read per table, whatever the number of errors naming it.
        expect(metadataCalls.filter((name) => name === "msdyn_projecttask")).toHaveLength(1);
        mounted.destroy();
    });

    it("shows invisible characters in the job's texts from data as code points: sync errors, system jobs, response error, regarding", async () => {
        const api = apiWith([syncError(1, { name: "msdyn_\u200bproject", errormessage: "Saved\u202Eexe.txt", errorcode: "0x8004\u200d0237" })]);
        api.tables.asyncoperation = [
            {
                asyncoperationid: "a0000000-0000-4000-8000-000000000001",
                _regardingobjectid_value: JOB_ID,
                name: "Import\u202Egpj.exe",
                statecode: 3,
                statuscode: 31,
                message: "Stopped\u0000here",
                createdon: "2026-01-01T11:00:00Z",
            },
        ];
        const parameters = {
            expectedPackets: 5,
            jobStatus: STATUS.processing,
            responseJson: JSON.stringify({ error: { message: "Bad\u200brow" } }),
            regardingEntity: "msdyn_project",
            regardingEntityId: "PRJ\u202E-42",
        };
        const mounted = mountJob(jobContext(parameters, { webAPI: api }));
        await settle();
        const marker = (codePoint: string) => `Invisible character ${codePoint}`;
        const markers = (root: Element) => Array.from(root.querySelectorAll("[role='img']")).map((node) => node.getAttribute("aria-label"));
        const syncErrors = screen.getByRole("region", { name: "Sync errors" });
        expect(markers(syncErrors)).toEqual([marker("U+200B"), marker("U+200D"), marker("U+202E")]);
        expect(syncErrors.textContent).toContain("SavedU+202Eexe.txt");
        const systemJobs = screen.getByRole("region", { name: "System jobs" });
        expect(markers(systemJobs)).toEqual([marker("U+202E"), marker("U+0000")]);
        expect(screen.getByRole("button", { name: "Open system job Import\u202Egpj.exe" }).textContent).toBe("ImportU+202Egpj.exe");
        expect(markers(document.querySelector(".aops-response-error") as Element)).toEqual([marker("U+200B")]);
        expect(markers(document.querySelector(".aops-regarding") as Element)).toEqual([marker("U+202E")]);
        // The characters themselves are not on the page, where a right-to-left override would still act.
        for (const char of ["\u200b", "\u200d", "\u202e", "\u0000"]) expect(document.body.textContent).not.toContain(char);
        mounted.destroy();
    });

    it("shows the newest 20 and says so when there are more", async () => {
        const api = apiWith(range(1, 30).map((i) => syncError(i)));
        const mounted = mountWith(api);
        await settle();
        expect(screen.getByRole("region", { name: "Sync errors" }).querySelectorAll("li")).toHaveLength(20);
        expect(screen.getByText("Showing the newest 20 sync errors.")).toBeTruthy();
        expect(screen.getByText(/Task 30 /)).toBeTruthy();
        expect(screen.queryByText(/Task 10 /)).toBeNull();
        mounted.destroy();
    });

    it("is hidden when there are none", async () => {
        const mounted = mountWith(apiWith([]));
        await settle();
        expect(screen.queryByText("Sync errors")).toBeNull();
        mounted.destroy();
    });

    it.each([
        [
            "a missing privilege",
            { message: "Principal user is missing prvReadSyncError privilege.", status: 403, errorCode: -2147220960 },
            "You do not have permission to read the sync errors of this job.",
        ],
        [
            "a missing table (404)",
            { message: "Resource not found for the segment 'syncerrors'.", status: 404, errorCode: -2147220969 },
            "Sync errors cannot be read in this environment.",
        ],
    ])("shows a quiet note and never asks again after %s", async (_case, error, note) => {
        const api = apiWith([syncError(1)]);
        api.failWhen({ method: "retrieveMultipleRecords", entity: "syncerror", error });
        const mounted = mountWith(api);
        await settle();
        expect(screen.getByText(note)).toBeTruthy();
        expect(screen.queryByRole("region", { name: "Sync errors" })).toBeNull();
        await advance(600_000);
        expect(callsOn(api, "syncerror")).toHaveLength(1);
        expect(packetCalls(api).length).toBeGreaterThan(1);
        mounted.destroy();
    });

    it("says when a read fails and shows the errors once a later read succeeds", async () => {
        const api = apiWith([syncError(1)]);
        api.failWhen({ method: "retrieveMultipleRecords", entity: "syncerror", times: 1, error: { message: "Service unavailable", status: 503 } });
        const mounted = mountWith(api);
        await settle();
        expect(screen.getByText("Could not read the sync errors (Service unavailable).")).toBeTruthy();
        await advance(30_000);
        expect(callsOn(api, "syncerror")).toHaveLength(2);
        expect(screen.getByText(/Task 1 /)).toBeTruthy();
        expect(screen.queryByText(/Could not read the sync errors/)).toBeNull();
        mounted.destroy();
    });

    it("reads new ones while the job runs and stops once it has ended", async () => {
        const api = apiWith([syncError(1)]);
        const mounted = mountWith(api);
        await settle();
        api.tables.syncerror.push(syncError(2));
        api.tables.msdyn_integrationjob[0].msdyn_status = STATUS.failed;
        await advance(15_000);
        expect(screen.getByText(/Task 2 /)).toBeTruthy();
        // At most one more read after the status read saw the job end.
        await advance(15_000);
        const reads = callsOn(api, "syncerror").length;
        expect(reads).toBeLessThanOrEqual(3);
        await advance(600_000);
        expect(callsOn(api, "syncerror")).toHaveLength(reads);
        expect(jest.getTimerCount()).toBe(0);
        mounted.destroy();
    });

    it("reads once for an ended job, and not at all without a Web API or record id; nothing runs after destroy", async () => {
        const api = apiWith([syncError(1)]);
        const ended = mountWith(api, STATUS.failed);
        await settle();
        await advance(600_000);
        expect(callsOn(api, "syncerror")).toHaveLength(1);
        ended.destroy();
        expect(jest.getTimerCount()).toBe(0);
        const withoutApi = mountJob(jobContext({ expectedPackets: 5, jobStatus: STATUS.processing }, { webAPI: null }));
        await settle();
        expect(screen.queryByText("Sync errors")).toBeNull();
        withoutApi.destroy();
    });
});
