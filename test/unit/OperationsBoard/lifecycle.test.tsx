import { fireEvent, screen } from "@testing-library/react";
import { DataverseError } from "../../host/fakeWebApi";
import { packetCountOptions } from "../../../common/model/packetCountQuery";
import {
    advance,
    BGOP,
    BGOP_COLUMNS,
    guid,
    job,
    JOB,
    JOB_COLUMNS,
    mountBoard,
    NOW,
    operation,
    packetRows,
    setVisibility,
    settle,
    button,
    refreshes,
    rowText,
    withBoardClock,
} from "./boardFixtures";

// Grids render slowly in jsdom on a loaded machine; no test here waits on real time.
jest.setTimeout(20_000);

withBoardClock();

describe("OperationsBoard lifecycle", () => {
    it("shows the view's rows with status, times, retries and errors, and no request of its own", async () => {
        const board = mountBoard({
            rows: [
                operation(1, BGOP.failed, { retrycount: 2, errorcode: -2147187707, errormessage: "Access is denied." }),
                operation(2, BGOP.inProgress),
                operation(3, BGOP.waiting),
            ],
        });
        await settle();
        expect(rowText("Operation 1")).toContain("Failed");
        expect(rowText("Operation 1")).toContain("2 of 3");
        expect(rowText("Operation 1")).toContain("-2147187707 (0x80048405)");
        expect(rowText("Operation 1")).toContain("Access is denied.");
        expect(rowText("Operation 2")).toContain("In Progress");
        expect(rowText("Operation 2")).toMatch(/Running for 5 min/);
        expect(rowText("Operation 3")).toMatch(/Waiting for 10 min/);
        expect(screen.getByText("3 of 3 operations loaded")).toBeTruthy();
        expect(board.api.calls).toHaveLength(0);
        expect(refreshes(board)).toBe(0);
        board.destroy();
    });

    it("refreshes the data set every refreshSeconds while a row can change, and stops when all are final", async () => {
        const rows = [operation(1, BGOP.inProgress), operation(2, BGOP.succeeded)];
        const board = mountBoard({
            rows,
            refreshSeconds: 30,
            steps: [[], [{ id: guid(1), set: { backgroundoperationstatuscode: BGOP.succeeded, endtime: new Date(NOW).toISOString() } }]],
        });
        await settle();
        await advance(29_000);
        expect(refreshes(board)).toBe(0);
        await advance(1_000);
        expect(refreshes(board)).toBe(1);
        expect(rowText("Operation 1")).toContain("In Progress");
        await advance(30_000);
        expect(refreshes(board)).toBe(2);
        expect(rowText("Operation 1")).toContain("Succeeded");
        await advance(120_000);
        expect(refreshes(board)).toBe(2);
        board.destroy();
    });

    it("announces status changes politely and highlights the changed row only", async () => {
        const board = mountBoard({
            rows: [operation(1, BGOP.inProgress), operation(2, BGOP.waiting)],
            steps: [[{ id: guid(1), set: { backgroundoperationstatuscode: BGOP.failed } }]],
        });
        await settle();
        await advance(15_000);
        const status = screen.getAllByRole("status").find((e) => e.getAttribute("aria-live") === "polite" && e.textContent?.startsWith("Status changed"));
        expect(status?.textContent).toBe("Status changed: Operation 1: Failed");
        const changed = screen.getByText("Operation 1").closest("[role='row']") as HTMLElement;
        const unchanged = screen.getByText("Operation 2").closest("[role='row']") as HTMLElement;
        expect(changed.className).not.toBe(unchanged.className);
        board.destroy();
    });

    it("shows invisible characters in names as code points: the link, its title, card labels and announcements", async () => {
        const name = "Invoice\u202Etxt.exe";
        const board = mountBoard({
            rows: [operation(1, BGOP.inProgress, { name, errorcode: 1, errormessage: "Denied\u200B." })],
            steps: [[{ id: guid(1), set: { backgroundoperationstatuscode: BGOP.failed } }]],
        });
        await settle();
        const link = document.querySelector("[data-operation-id]") as HTMLElement;
        expect(link.textContent).toBe("InvoiceU+202Etxt.exe");
        expect(link.getAttribute("title")).toContain("InvoiceU+202Etxt.exe");
        await advance(15_000);
        const status = screen.getAllByRole("status").find((e) => e.getAttribute("aria-live") === "polite" && e.textContent?.startsWith("Status changed"));
        expect(status?.textContent).toBe("Status changed: InvoiceU+202Etxt.exe: Failed");
        const html = document.body.innerHTML;
        for (const hidden of ["\u202E", "\u200B"]) expect(html.includes(hidden)).toBe(false);
        board.destroy();
        const phone = mountBoard({ rows: [operation(1, BGOP.waiting, { name })], context: { allocatedWidth: 360 } });
        await settle();
        expect(screen.getByRole("checkbox").getAttribute("aria-label")).toContain("InvoiceU+202Etxt.exe");
        expect(document.body.innerHTML.includes("\u202E")).toBe(false);
        phone.destroy();
    });

    it("never refreshes with refreshSeconds 0, but offers Refresh now", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.inProgress)], refreshSeconds: 0 });
        await settle();
        await advance(300_000);
        expect(refreshes(board)).toBe(0);
        expect(screen.getByText(/Auto-refresh is off/)).toBeTruthy();
        fireEvent.click(document.querySelector("button[aria-label='Refresh now']") as HTMLElement);
        await settle();
        expect(refreshes(board)).toBe(1);
        board.destroy();
    });

    it("sends one refresh at a time, backs off after failures and says so", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.inProgress)], failRefreshes: { times: 2, message: "Service unavailable" }, latencyMs: 20_000 });
        await settle();
        await advance(15_000);
        expect(refreshes(board)).toBe(1);
        await advance(10_000); // still loading: no second request
        expect(refreshes(board)).toBe(1);
        await advance(10_000); // answered with an error at 35 s; next try after 30 s (backoff)
        // The host's own message is the reason, isolated as data inside the shared status line.
        expect(document.querySelector(".aops-refresh [role='status']")?.textContent).toMatch(/^Could not refresh \(Service unavailable\)/);
        await advance(25_000);
        expect(refreshes(board)).toBe(1);
        await advance(6_000);
        expect(refreshes(board)).toBe(2);
        board.destroy();
    });

    it("pauses while the page is hidden and refreshes at once when it shows again", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.inProgress)] });
        await settle();
        setVisibility("hidden");
        await advance(60_000);
        expect(refreshes(board)).toBe(0);
        expect(screen.getByText("Refresh paused while the page is hidden")).toBeTruthy();
        setVisibility("visible");
        await settle();
        expect(refreshes(board)).toBe(1);
        board.destroy();
    });

    it("counts the packets of all jobs on the page with one aggregate request per refresh", async () => {
        const jobs = [job(1, JOB.processing, 12), job(2, JOB.succeeded, 3), job(3, JOB.waiting, null)];
        const ids = jobs.map((j) => String(j.msdyn_integrationjobid));
        const details = [...packetRows(ids[0], [1, 2, 3, 4, 5, 6, 7, 7]), ...packetRows(ids[1], [1, 2, 3])];
        const board = mountBoard({ entityName: "msdyn_integrationjob", columns: JOB_COLUMNS, rows: jobs, tables: { msdyn_integrationjobdetail: details } });
        await settle();
        expect(board.api.calls).toEqual([
            { method: "retrieveMultipleRecords", entity: "msdyn_integrationjobdetail", options: packetCountOptions(ids), maxPageSize: undefined },
        ]);
        expect(board.api.calls[0].options).toBe(
            `?fetchXml=${encodeURIComponent(
                '<fetch aggregate="true"><entity name="msdyn_integrationjobdetail"><attribute name="msdyn_integrationjobheader" alias="job" groupby="true"/>' +
                    '<attribute name="msdyn_sequencenumber" alias="received" aggregate="countcolumn" distinct="true"/>' +
                    `<filter><condition attribute="msdyn_integrationjobheader" operator="in"><value>${ids[0]}</value><value>${ids[1]}</value><value>${ids[2]}</value></condition></filter></entity></fetch>`,
            )}`,
        );
        expect(rowText("Job 1")).toContain("7 of 12");
        expect(screen.getByText("Job 1").closest("[role='row']")?.querySelector("[role='progressbar']")?.getAttribute("aria-valuenow")).toBe("58");
        expect(rowText("Job 2")).toContain("3 of 3");
        expect(rowText("Job 3")).toContain("0 received");
        board.api.tables.msdyn_integrationjobdetail.push(...packetRows(ids[0], [8, 9]));
        await advance(15_000);
        expect(refreshes(board)).toBe(1);
        const aggregate = board.api.calls.filter((c) => c.entity === "msdyn_integrationjobdetail");
        expect(aggregate).toHaveLength(2);
        // The succeeded job's count is final: only the jobs that can still grow are asked again.
        expect(aggregate[1].options).toBe(packetCountOptions([ids[0], ids[2]]));
        expect(rowText("Job 1")).toContain("9 of 12");
        board.destroy();
    });

    it("says packets cannot be read when Dataverse refuses for lack of privilege, and stops asking", async () => {
        const jobs = [job(1, JOB.processing, 12)];
        const board = mountBoard({ entityName: "msdyn_integrationjob", columns: JOB_COLUMNS, rows: jobs, tables: { msdyn_integrationjobdetail: [] } });
        board.api.failures.push(new DataverseError("Principal user is missing prvReadmsdyn_integrationjobdetail privilege", 403, -2147220960));
        board.update();
        await settle();
        expect(rowText("Job 1")).toContain("No permission to read packets");
        await advance(15_000);
        expect(board.api.calls.filter((c) => c.entity === "msdyn_integrationjobdetail")).toHaveLength(1);
        board.destroy();
    });

    it("sorts through the data set and reloads; opens a row through openDatasetItem", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.failed), operation(2, BGOP.waiting)] });
        await settle();
        fireEvent.click(
            screen
                .getByText("Status")
                .closest("[role='columnheader']")
                ?.querySelector("[data-automationid='ColumnsHeaderColumn'], .ms-DetailsHeader-cellTitle") as HTMLElement,
        );
        await settle();
        expect(board.dataset.sorting).toEqual([{ name: "backgroundoperationstatuscode", sortDirection: 0 }]);
        expect(refreshes(board)).toBe(1);
        const names = screen.getAllByText(/^Operation \d$/).map((e) => e.textContent);
        expect(names).toEqual(["Operation 2", "Operation 1"]);
        fireEvent.click(screen.getByText("Operation 1"));
        expect(board.dataset.callsOf("openDatasetItem")).toEqual([[{ id: { guid: guid(1) }, etn: "backgroundoperation", name: "Operation 1" }]]);
        board.destroy();
    });

    it("loads the next page when the end of the list shows, keeping the rows already loaded", async () => {
        const rows = Array.from({ length: 7 }, (_, i) => operation(i + 1, BGOP.succeeded));
        const board = mountBoard({ rows, pageSize: 5 });
        expect(screen.getByText("5 of 7 operations loaded")).toBeTruthy();
        expect(screen.getByText("Loading more operations…")).toBeTruthy();
        await settle();
        expect(board.dataset.callsOf("loadNextPage")).toHaveLength(1);
        expect(screen.getByText("7 of 7 operations loaded")).toBeTruthy();
        expect(screen.queryByText("Loading more operations…")).toBeNull();
        board.destroy();
    });

    it("on a host without loadNextPage, asks for the next page by number and keeps the rows already loaded; a refresh keeps them all", async () => {
        // Fluent renders the first ten items in jsdom: pages of four keep the end of the list among them.
        const rows = Array.from({ length: 10 }, (_, i) => operation(i + 1, i === 0 ? BGOP.inProgress : BGOP.succeeded));
        const board = mountBoard({ rows, pageSize: 4, noLoadNextPage: true, refreshSeconds: 15 });
        expect(screen.getByText("4 of 10 operations loaded")).toBeTruthy();
        await settle();
        await settle();
        await settle();
        expect(board.dataset.callsOf("loadExactPage")).toEqual([[2], [3]]);
        expect(screen.getByText("10 of 10 operations loaded")).toBeTruthy();
        expect(screen.getByText("Operation 1")).toBeTruthy();
        // The refresh reloads page 1 alone, so it first asks for a page that holds every loaded row.
        await advance(15_000);
        expect(board.dataset.callsOf("refresh")).toHaveLength(1);
        expect(board.dataset.callsOf("setPageSize")).toEqual([[12]]);
        expect(screen.getByText("10 of 10 operations loaded")).toBeTruthy();
        expect(board.dataset.callsOf("loadExactPage")).toHaveLength(2);
        board.destroy();
    });

    it("shows the loading state, then an empty view", async () => {
        const board = mountBoard({ rows: [], startLoading: true });
        expect(screen.getByText("Loading operations…")).toBeTruthy();
        await settle();
        expect(screen.getByText("No operations in this view")).toBeTruthy();
        board.destroy();
    });

    it("says which roles the view lacks and still shows what it has", async () => {
        const board = mountBoard({
            rows: [operation(1, BGOP.failed, { ownerid: "Dana" })],
            columns: [
                { name: "name", displayName: "Name", dataType: "SingleLine.Text", isPrimary: true },
                { name: "ownerid", displayName: "Owner", dataType: "SingleLine.Text" },
            ],
        });
        await settle();
        expect(
            screen.getByText(/This view has no column for: Status, Created on, Start time, End time, Retry count, Error code, Error message\./),
        ).toBeTruthy();
        expect(rowText("Operation 1")).toContain("Dana");
        board.destroy();
    });

    it("fills the height the host gives a view's grid, and keeps a fixed one otherwise", async () => {
        const rows = Array.from({ length: 40 }, (_, i) => operation(i + 1, BGOP.succeeded));
        const tall = mountBoard({ rows, allocatedHeight: 900 });
        await settle();
        expect((document.querySelector(".aops-board-grid") as HTMLElement).style.height).toBe("770px");
        tall.destroy();
        const form = mountBoard({ rows });
        await settle();
        expect((document.querySelector(".aops-board-grid") as HTMLElement).style.height).toBe("520px");
        form.destroy();
    });

    it("shows rows as cards at phone width", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.failed, { errorcode: 0 })], context: { allocatedWidth: 360 } });
        await settle();
        const card = document.querySelector("[data-operation-card]") as HTMLElement;
        expect(card.textContent).toContain("Operation 1");
        expect(card.textContent).toContain("Failed");
        expect(card.textContent).toContain("0 (not from Dataverse)");
        expect(document.querySelector("[role='grid']")).toBeNull();
        // The same round check as the grid's rows, a checkbox named by the row.
        const check = card.querySelector("[role='checkbox']") as HTMLElement;
        expect(check.getAttribute("aria-label")).toContain("Operation 1");
        expect(check.querySelector(".ms-Check")).not.toBeNull();
        fireEvent.click(check);
        await settle();
        expect(board.dataset.selectedIds).toEqual([guid(1)]);
        expect(check.getAttribute("aria-checked")).toBe("true");
        board.destroy();
    });

    it("filters the grid by a status toggle", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.failed), operation(2, BGOP.succeeded), operation(3, BGOP.failed)] });
        await settle();
        const failed = document.querySelector("[data-status-toggle='v31']") as HTMLElement;
        expect(failed.textContent).toBe("Failed2");
        fireEvent.click(failed);
        await settle();
        expect(failed.getAttribute("aria-pressed")).toBe("true");
        expect(screen.queryByText("Operation 2")).toBeNull();
        expect(screen.getByText("Operation 3")).toBeTruthy();
        fireEvent.click(button("Show all"));
        await settle();
        expect(screen.getByText("Operation 2")).toBeTruthy();
        board.destroy();
    });

    it("shows no status chips for a view without a status column, only the totals", async () => {
        const board = mountBoard({
            rows: [operation(1, BGOP.failed), operation(2, BGOP.succeeded)],
            columns: BGOP_COLUMNS.filter((column) => column.name !== "backgroundoperationstatuscode"),
        });
        await settle();
        expect(screen.getByText("Operation 1")).toBeTruthy();
        expect(document.querySelectorAll("[data-status-toggle]")).toHaveLength(0);
        expect(screen.getByText(/2 of 2 operations loaded|2 operations loaded/)).toBeTruthy();
        board.destroy();
    });

    it("leaves no timer, listener or pending answer behind after destroy", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.inProgress), operation(2, BGOP.waiting)], latencyMs: 5_000 });
        await settle();
        await advance(15_000); // a refresh is in flight
        expect(refreshes(board)).toBe(1);
        board.destroy();
        // Once the host's own answer to that refresh has come (and been ignored), nothing is scheduled.
        await advance(6_000);
        expect(jest.getTimerCount()).toBe(0);
        await advance(120_000);
        expect(refreshes(board)).toBe(1);
    });
});
