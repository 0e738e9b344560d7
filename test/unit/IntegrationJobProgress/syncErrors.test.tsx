// The sync errors regarding the job: read, refreshed, bounded and told in the user's words.
import { screen } from "@testing-library/react";
import { FakeWebApi } from "../../host/fakeWebApi";
import { advance, callsOn, mountJob, packetCalls, JOB_ID, jobApi, jobContext, range, settle, STATUS, withJobClock } from "./jobFixtures";

withJobClock();

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
