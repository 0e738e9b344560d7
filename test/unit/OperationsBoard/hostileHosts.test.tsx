// The board against data set hosts that behave as public threads report and against failing Web APIs:
// an empty first delivery, records emptied while loading, records without formatted values, a failed view
// with a huge message, engine errors in a cancel, packet counts that cannot be read; and System Jobs views.
import { fireEvent, screen } from "@testing-library/react";
import { DataverseError } from "../../host/fakeWebApi";
import type { FakeColumn, FakeOption, Row } from "../../../scripts/host/dataset";
import { advance, BGOP, guid, job, JOB, JOB_COLUMNS, mountBoard, NOW, operation, settle } from "./boardFixtures";

jest.setTimeout(20_000);

beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(NOW));
});

afterEach(() => {
    jest.useRealTimers();
});

const refreshes = (board: ReturnType<typeof mountBoard>): number => board.dataset.callsOf("refresh").length;
const rowText = (name: string): string => (screen.getByText(name).closest("[role='row']") as HTMLElement).textContent ?? "";
const boardText = (): string => document.querySelector(".aops-board")?.textContent ?? "";

describe("OperationsBoard on hosts that deliver oddly", () => {
    it("confirms an empty first delivery with one refresh, then shows the rows it brings", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.inProgress)], emptyUntilRefresh: true, refreshSeconds: 0 });
        expect(screen.queryByText("No operations in this view")).toBeNull();
        expect(screen.getByText("Loading operations…")).toBeTruthy();
        await settle();
        expect(refreshes(board)).toBe(1);
        expect(rowText("Operation 1")).toContain("In Progress");
        board.destroy();
    });

    it("calls a view empty after that one refresh, and never refreshes for it again", async () => {
        const board = mountBoard({ rows: [], refreshSeconds: 0 });
        await settle();
        expect(refreshes(board)).toBe(1);
        expect(screen.getByText("No operations in this view")).toBeTruthy();
        for (let i = 0; i < 3; i++) board.update();
        await advance(60_000);
        expect(refreshes(board)).toBe(1);
        board.destroy();
    });

    it("asks nothing more when the first delivery has rows, even when a later one is empty", async () => {
        const rows = [operation(1, BGOP.inProgress)];
        const board = mountBoard({ rows, refreshSeconds: 0 });
        await settle();
        expect(refreshes(board)).toBe(0);
        rows.splice(0);
        fireEvent.click(screen.getByText("Refresh now").closest("button") as HTMLElement);
        await settle();
        expect(refreshes(board)).toBe(1);
        expect(screen.getByText("No operations in this view")).toBeTruthy();
        board.destroy();
    });

    it("keeps its rows (no loading flash) while a host empties the records during a refresh", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.inProgress), operation(2, BGOP.waiting)], emptiedWhileLoading: true, refreshSeconds: 15 });
        await settle();
        const seen: string[] = [];
        const observer = new MutationObserver(() => seen.push(boardText()));
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        await advance(15_000);
        observer.disconnect();
        expect(refreshes(board)).toBe(1);
        expect(seen.some((text) => text.includes("Loading operations…") || text.includes("No operations"))).toBe(false);
        expect(rowText("Operation 2")).toContain("Waiting For Resources");
        board.destroy();
    });

    it("shows records without getFormattedValue from their raw values instead of an empty view", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.failed, { errorcode: -2147187707 })], withoutFormattedValues: true });
        await settle();
        expect(screen.queryByText("No operations in this view")).toBeNull();
        expect(rowText("Operation 1")).toContain("Failed");
        expect(rowText("Operation 1")).toContain("-2147187707 (0x80048405)");
        board.destroy();
    });

    it("a failed view says so without an Updated line, cuts a huge message and keeps its whole text one toggle away", async () => {
        const huge = `Query failed: ${"x".repeat(1_000_000)}`;
        const board = mountBoard({ rows: [], startLoading: true, failRefreshes: { times: 1, message: huge }, refreshSeconds: 15 });
        await settle();
        // The first (empty) delivery is confirmed with a refresh, which fails with the huge message.
        await settle();
        const card = document.querySelector(".aops-board-error-view") as HTMLElement;
        expect(card).toBeTruthy();
        expect(card.textContent).toContain("Query failed: xxx");
        expect((card.textContent ?? "").length).toBeLessThan(1_000);
        expect(boardText()).not.toMatch(/Updated/);
        fireEvent.click(screen.getByText("Technical details").closest("button") as HTMLElement);
        expect((card.textContent ?? "").length).toBeGreaterThan(1_000_000);
        expect(screen.getByText("Refresh now")).toBeTruthy();
        board.destroy();
    });

    it("shows no unbounded text: a huge name, message and column value are cut", async () => {
        const huge = "n".repeat(200_000);
        const board = mountBoard({ rows: [operation(1, BGOP.failed, { name: huge, errormessage: huge, errorcode: -2147187707 })] });
        await settle();
        expect(boardText().length).toBeLessThan(10_000);
        expect(document.body.innerHTML.length).toBeLessThan(200_000);
        board.destroy();
    });

    it("names no engine text in a cancel report, only that the operation was not canceled", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.waiting)] });
        await settle();
        fireEvent.click((screen.getByText("Operation 1").closest("[role='row']") as HTMLElement).querySelector("[role='checkbox']") as HTMLElement);
        await settle();
        board.api.failures.push(new TypeError("Cannot read properties of undefined (reading 'status')"));
        fireEvent.click(screen.getByText("Cancel 1 operation").closest("button") as HTMLElement);
        await settle();
        expect(boardText()).not.toContain("Cannot read properties");
        expect(boardText()).toContain("Operation 1: not canceled");
        board.destroy();
    });
});

describe("OperationsBoard packet counts that cannot be read", () => {
    const jobs = (): Row[] => [job(1, JOB.processing, 12)];

    it.each([
        ["a 429", new DataverseError("Number of requests exceeded the limit of 6000 over time window of 300 seconds.", 429, -2147015902)],
        ["a 500", new DataverseError("Generic SQL error.", 500, -2147204784)],
        ["an answer of another shape", "shape"],
    ])("says the count is unavailable after %s", async (_name, failure) => {
        const board = mountBoard({
            entityName: "msdyn_integrationjob",
            columns: JOB_COLUMNS,
            rows: jobs(),
            tables: { msdyn_integrationjobdetail: [] },
            prepareApi: (api) => {
                if (failure === "shape") api.retrieveMultipleRecords = (async () => ({ value: "nothing like it" })) as never;
                else api.failures.push(failure);
            },
        });
        await settle();
        expect(rowText("Job 1")).toContain("12 expected, count unavailable");
        board.destroy();
    });

    it("says so where there is no Web API", async () => {
        const board = mountBoard({ entityName: "msdyn_integrationjob", columns: JOB_COLUMNS, rows: jobs(), context: { webAPI: null } });
        await settle();
        expect(rowText("Job 1")).toContain("12 expected, count unavailable");
        board.destroy();
    });
});

describe("OperationsBoard on a System Jobs (asyncoperation) view", () => {
    const SYSTEM_JOB_COLUMNS: FakeColumn[] = [
        { name: "name", displayName: "System Job Name", dataType: "SingleLine.Text", isPrimary: true },
        { name: "statuscode", displayName: "Status Reason", dataType: "OptionSet" },
        { name: "statecode", displayName: "Status", dataType: "OptionSet" },
        { name: "operationtype", displayName: "System Job Type", dataType: "OptionSet" },
        { name: "errorcode", displayName: "Error Code", dataType: "Whole.None" },
        { name: "friendlymessage", displayName: "Friendly message", dataType: "Multiple" },
        { name: "retrycount", displayName: "Retry Count", dataType: "Whole.None" },
        { name: "createdon", displayName: "Created On", dataType: "DateAndTime.DateAndTime" },
        { name: "startedon", displayName: "Started On", dataType: "DateAndTime.DateAndTime" },
        { name: "completedon", displayName: "Completed On", dataType: "DateAndTime.DateAndTime" },
    ];
    const STATUS: FakeOption[] = [
        { Value: 0, Label: "Waiting For Resources" },
        { Value: 20, Label: "In Progress" },
        { Value: 31, Label: "Failed" },
    ];
    const systemJob = (n: number, status: number, columns: Row = {}): Row => ({
        asyncoperationid: guid(n, "a5c0"),
        name: `System job ${n}`,
        statuscode: status,
        statecode: status === 31 ? 3 : status === 0 ? 0 : 2,
        operationtype: 10,
        createdon: new Date(NOW - 600_000).toISOString(),
        startedon: status === 0 ? null : new Date(NOW - 300_000).toISOString(),
        completedon: status === 31 ? new Date(NOW - 60_000).toISOString() : null,
        retrycount: 0,
        errorcode: null,
        friendlymessage: null,
        ...columns,
    });

    it("maps status reason, times, retries and errors, summarizes by status, and offers no cancel", async () => {
        const board = mountBoard({
            entityName: "asyncoperation",
            columns: SYSTEM_JOB_COLUMNS,
            optionSets: { statuscode: STATUS, statecode: [{ Value: 3, Label: "Completed" }] },
            rows: [systemJob(1, 31, { errorcode: -2147204784, friendlymessage: "The plug-in failed.", retrycount: 2 }), systemJob(2, 20), systemJob(3, 0)],
        });
        await settle();
        expect(boardText()).not.toContain("This view has no column for");
        expect(boardText()).not.toMatch(/None\s*\d/);
        expect(rowText("System job 1")).toContain("Failed");
        expect(rowText("System job 1")).toContain("-2147204784 (0x80044150)");
        expect(rowText("System job 1")).not.toContain("-2,147,204,784");
        expect(rowText("System job 1")).toContain("2 of 3");
        expect(rowText("System job 2")).toMatch(/Running for 5 min/);
        expect(rowText("System job 3")).toMatch(/Waiting for 10 min/);
        for (const label of ["Failed", "In Progress", "Waiting For Resources"]) expect(screen.getAllByText(label).length).toBeGreaterThan(1);
        expect(document.querySelector("[role='checkbox'][aria-label='Select all operations']")).toBeTruthy();
        fireEvent.click((screen.getByText("System job 3").closest("[role='row']") as HTMLElement).querySelector("[role='checkbox']") as HTMLElement);
        await settle();
        expect(screen.queryByText(/^Cancel \d/)).toBeNull();
        expect(document.querySelector("[data-board-kind='asyncoperation']")).toBeTruthy();
        board.destroy();
    });
});
