import { READ_TIMEOUT_MS } from "../../../common/sources/refreshSource";
import { screen } from "@testing-library/react";
import type { IInputs } from "../../../IntegrationJobProgress/generated/ManifestTypes";
import { DataverseError, FakeWebApi } from "../../host/fakeWebApi";
import { mockContext, withParameters, type MockContext } from "../../host/mockContext";
import {
    advance,
    control,
    mountJob,
    packetCalls,
    JOB_ID,
    jobApi,
    jobContext,
    packetRows,
    range,
    settle,
    setVisibility,
    STATUS,
    withJobClock,
    progressbar,
} from "./jobFixtures";

withJobClock();

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
