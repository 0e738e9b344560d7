import { act } from "@testing-library/react";
import { toneColor } from "../../../common/components/StatusBadge";
import { themeFromHost } from "../../../common/host/theme";
import { advance, ago, EVENT, guid, mountGrid, NOW, operation, settle } from "./gridFixtures";
import { COLUMN_DATA_TYPES } from "../../../OperationCells/model/gridContract";
import { DataverseError } from "../../host/fakeWebApi";
import { resxStrings } from "../../host/resx";

const strings = resxStrings("OperationCells");

jest.setTimeout(20_000);

beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(NOW));
});

afterEach(() => {
    jest.useRealTimers();
});

const text = (element: HTMLElement | null): string => element?.textContent ?? "";
const custom = (element: HTMLElement): boolean => element.getAttribute("data-custom") === "true";

describe("OperationCells: the customizer the grid gets", () => {
    it("init hands the grid its renderers through factory.fireEvent(EventName), one for every column data type", () => {
        const grid = mountGrid({ rows: [operation(1, 20)] });
        expect(grid.fired.map((f) => f.name)).toEqual([EVENT]);
        expect(Object.keys(grid.fired[0].payload.cellRendererOverrides ?? {}).sort()).toEqual([...COLUMN_DATA_TYPES].sort());
        grid.destroy();
    });

    it("a host without fireEvent, or without an event name, gets nothing: the control says what it is for", () => {
        for (const options of [{ grid: false }, { eventName: null }]) {
            const grid = mountGrid({ rows: [operation(1, 20)], ...options });
            expect(grid.fired).toHaveLength(0);
            expect(text(grid.cell(0, "backgroundoperationstatuscode"))).toBe("In Progress");
            expect(custom(grid.cell(0, "backgroundoperationstatuscode"))).toBe(false);
            expect(text(grid.view.container.querySelector(".aops-cells-not-in-grid"))).toBe(strings.Cells_NotInGrid);
            grid.destroy();
        }
        // In a grid, its own place stays empty.
        const grid = mountGrid({ rows: [operation(1, 20)] });
        expect(grid.view.container.querySelector(".aops-cells-not-in-grid")).toBeNull();
        grid.destroy();
    });
});

describe("OperationCells: what the cells show", () => {
    it("status columns are badges labeled with the grid's formatted value, toned by the table", () => {
        const grid = mountGrid({ rows: [operation(1, 31), operation(2, 20)] });
        const failed = grid.cell(0, "backgroundoperationstatuscode");
        expect(custom(failed)).toBe(true);
        const light = themeFromHost(undefined);
        const colorOf = (cell: HTMLElement) => getComputedStyle(cell.querySelector(".aops-badge") as HTMLElement).borderTopColor.toLowerCase();
        expect(colorOf(failed)).toBe(toneColor(light, "error").toLowerCase());
        expect(text(failed)).toBe("Failed");
        expect(colorOf(grid.cell(1, "backgroundoperationstatuscode"))).toBe(toneColor(light, "progress").toLowerCase());
        grid.destroy();
    });

    it("a status color comes from the column's option metadata once the host answers", async () => {
        const grid = mountGrid({
            rows: [operation(1, 20)],
            context: {
                entityMetadata: {
                    backgroundoperation: { columns: { backgroundoperationstatuscode: [{ Value: 20, Label: "In Progress", Color: "#8764b8" }] } },
                },
            },
        });
        await settle();
        const badge = grid.cell(0, "backgroundoperationstatuscode").querySelector(".aops-badge") as HTMLElement;
        expect(getComputedStyle(badge).borderTopColor).toBe("#8764b8");
        grid.destroy();
    });

    it("error codes read decimal (0xHEX), the row's message is its tooltip text, and 0 says it is not from Dataverse", () => {
        const grid = mountGrid({
            rows: [
                operation(1, 31, { errorcode: -2147187707, errormessage: "Access is denied. <b>not markup</b>" }),
                operation(2, 31, { errorcode: 0, errormessage: "The partner answered 503" }),
                operation(3, 30, { errorcode: null }),
            ],
        });
        const code = grid.cell(0, "errorcode");
        expect(code.querySelector("bdi[dir='ltr']")?.textContent).toBe("-2147187707 (0x80048405)");
        const target = code.querySelector("[role='button']") as HTMLElement;
        // The message is read with the code, and shows on keyboard focus as on hover.
        expect(text(target)).toContain("Access is denied.");
        act(() => target.focus());
        expect(document.querySelector(".aops-cell-tooltip")?.textContent).toBe("Access is denied. <b>not markup</b>");
        act(() => target.blur());
        expect(document.querySelector(".aops-cell-tooltip")).toBeNull();
        expect(code.querySelector("b")).toBeNull();
        expect(text(grid.cell(1, "errorcode"))).toContain("0 (not from Dataverse)");
        // No code: the grid's own (empty) cell.
        expect(custom(grid.cell(2, "errorcode"))).toBe(false);
        grid.destroy();
    });

    it("every other column is the grid's own: names, created on, messages", () => {
        const grid = mountGrid({ rows: [operation(1, 31, { errorcode: -2147187707, errormessage: "Access is denied." })] });
        for (const column of ["name", "createdon", "errormessage"]) expect(custom(grid.cell(0, column))).toBe(false);
        expect(text(grid.cell(0, "name"))).toBe("Operation 1");
        grid.destroy();
    });

    it("a grid of another table is left entirely to the grid, even where a column name is the same", () => {
        const grid = mountGrid({
            entity: "account",
            columns: [
                { name: "name", displayName: "Account Name", dataType: "SingleLine.Text", isPrimary: true },
                { name: "statuscode", displayName: "Status Reason", dataType: "OptionSet" },
                { name: "errorcode", displayName: "Error", dataType: "Whole.None" },
            ],
            rows: [{ accountid: guid(9), name: "Contoso", statuscode: 1, errorcode: -2147187707 }],
            optionSets: { statuscode: [{ Value: 1, Label: "Active" }] },
        });
        for (const column of ["name", "statuscode", "errorcode"]) expect(custom(grid.cell(0, column))).toBe(false);
        expect(text(grid.cell(0, "errorcode"))).toBe("-2,147,187,707");
        grid.destroy();
    });

    it("running rows count their run time up from one clock; waiting rows their wait; ended rows say how long they ran", async () => {
        const grid = mountGrid({
            rows: [
                operation(1, 20, { starttime: ago(125) }),
                operation(2, 20, { starttime: ago(10) }),
                operation(3, 0, { createdon: ago(45) }),
                operation(4, 30, { starttime: ago(700), endtime: ago(100) }),
                operation(5, 32),
            ],
        });
        await settle();
        expect(text(grid.cell(0, "endtime"))).toBe("Running for 2 min 5 sec");
        expect(text(grid.cell(2, "starttime"))).toBe("Waiting for 45 sec");
        expect(text(grid.cell(3, "endtime"))).toMatch(/ · ran for 10 min$/);
        // A canceled row that never started is not waiting: the grid's own empty cell.
        expect(custom(grid.cell(4, "starttime"))).toBe(false);
        // One clock for the whole grid, whatever the number of running rows.
        expect(jest.getTimerCount()).toBe(1);
        await advance(1000);
        expect(text(grid.cell(0, "endtime"))).toBe("Running for 2 min 6 sec");
        expect(text(grid.cell(1, "endtime"))).toBe("Running for 11 sec");
        grid.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });

    it("in a right-to-left grid a cell lays out right to left, in the user's digits, with the code still left to right", () => {
        const grid = mountGrid({ rtl: true, rows: [operation(1, 31, { errorcode: -2147187707, starttime: ago(700), endtime: ago(100) })] });
        const code = grid.cell(0, "errorcode");
        // Nothing in the cell turns the grid's direction back, but the code itself.
        expect(code.querySelector("bdi")?.parentElement?.closest("[dir]")?.getAttribute("dir")).toBe("rtl");
        expect(code.querySelector("bdi[dir='ltr']")?.textContent).toBe("-2147187707 (0x80048405)");
        expect(text(grid.cell(0, "endtime"))).toMatch(/[\u0660-\u0669]/);
        grid.destroy();
    });
});

describe("OperationCells: packets of integration jobs", () => {
    const JOB_COLUMNS = [
        { name: "msdyn_name", displayName: "Name", dataType: "SingleLine.Text", isPrimary: true },
        { name: "msdyn_status", displayName: "Status", dataType: "OptionSet" },
        { name: "msdyn_numberofpackets", displayName: "Number of packets", dataType: "Whole.None" },
    ];
    const job = (n: number, status: number, expected: number | null) => ({
        msdyn_integrationjobid: guid(n, "10b50000"),
        msdyn_name: `Job ${n}`,
        msdyn_status: status,
        msdyn_numberofpackets: expected,
    });
    const packets = (n: number, count: number) =>
        Array.from({ length: count }, (_, i) => ({
            msdyn_integrationjobdetailid: guid(1000 * n + i, "de7a0000"),
            _msdyn_integrationjobheader_value: guid(n, "10b50000"),
            msdyn_sequencenumber: i + 1,
        }));

    it("reads the counts of the grid's jobs in one aggregate request, never one per cell", async () => {
        const grid = mountGrid({
            entity: "msdyn_integrationjob",
            columns: JOB_COLUMNS,
            optionSets: { msdyn_status: [{ Value: 192350003, Label: "Processing" }] },
            rows: [job(1, 192350003, 12), job(2, 192350004, 3), job(3, 192350000, 40)],
            tables: { msdyn_integrationjobdetail: [...packets(1, 7), ...packets(2, 3)] },
        });
        await advance(100);
        expect(grid.api.calls.filter((c) => c.entity === "msdyn_integrationjobdetail")).toHaveLength(1);
        expect(text(grid.cell(0, "msdyn_numberofpackets"))).toBe("7 of 12");
        expect(text(grid.cell(1, "msdyn_numberofpackets"))).toBe("3 of 3");
        expect(text(grid.cell(2, "msdyn_numberofpackets"))).toBe("0 of 40");
        expect(grid.cell(0, "msdyn_numberofpackets").querySelector("[role='progressbar']")?.getAttribute("aria-valuenow")).toBe("58");
        grid.destroy();
    });

    it("without a Web API, or when the read fails, the cell says the counts are unavailable", async () => {
        for (const options of [
            { webApi: false },
            {
                prepareApi: (api: import("../../host/fakeWebApi").FakeWebApi) =>
                    api.failWhen({ method: "retrieveMultipleRecords", error: new DataverseError("Server busy", 503, 0) }),
            },
        ]) {
            const grid = mountGrid({ entity: "msdyn_integrationjob", columns: JOB_COLUMNS, rows: [job(1, 192350003, 12)], ...options });
            await advance(100);
            expect(text(grid.cell(0, "msdyn_numberofpackets"))).toMatch(/12 expected.*unavailable|unavailable.*12/i);
            grid.destroy();
        }
    });

    it("a request the grid asked for before destroy() is never made", async () => {
        const grid = mountGrid({ entity: "msdyn_integrationjob", columns: JOB_COLUMNS, rows: [job(1, 192350003, 12)] });
        grid.destroy();
        await advance(1000);
        expect(grid.api.calls).toHaveLength(0);
        expect(jest.getTimerCount()).toBe(0);
    });
});

describe("OperationCells: cheap renderers", () => {
    it("the same cell with the same values gets the same element, so React skips it; a changed value gets a new one", () => {
        const grid = mountGrid({ rows: [operation(1, 20)] });
        const render = grid.fired[0].payload.cellRendererOverrides?.OptionSet as (props: unknown, params: unknown) => unknown;
        const columnIndex = grid.colDefs.findIndex((c) => c.name === "backgroundoperationstatuscode");
        // The grid hands new props and row objects on each of its renders.
        const call = (value: number, label: string) =>
            render(
                { value, formattedValue: label, isRTLMode: false },
                { colDefs: grid.colDefs, columnIndex, rowData: { __rec_id: guid(1), backgroundoperationstatuscode: value } },
            );
        const first = call(20, "In Progress");
        expect(first).not.toBeNull();
        expect(call(20, "In Progress")).toBe(first);
        const changed = call(30, "Succeeded");
        expect(changed).not.toBe(first);
        expect(call(30, "Succeeded")).toBe(changed);
        grid.destroy();
    });
});

describe("OperationCells: bad input never breaks the grid", () => {
    it("renderers answer null for missing or malformed arguments, values and rows", () => {
        const grid = mountGrid({ rows: [operation(1, 20)] });
        const render = grid.fired[0].payload.cellRendererOverrides?.OptionSet as (props: unknown, params: unknown) => unknown;
        const colDefs = grid.colDefs;
        const statusIndex = colDefs.findIndex((c) => c.name === "backgroundoperationstatuscode");
        const endIndex = colDefs.findIndex((c) => c.name === "endtime");
        const cases: [unknown, unknown][] = [
            [undefined, undefined],
            [null, { colDefs, columnIndex: statusIndex }],
            [{ value: 20 }, null],
            [{ value: 20 }, { colDefs: "not a list", columnIndex: 0 }],
            [{ value: 20 }, { colDefs, columnIndex: 99 }],
            [{ value: 20 }, { colDefs: [null, 7, { name: 3 }], columnIndex: 0 }],
            [
                { value: { nested: true }, formattedValue: "***" },
                { colDefs, columnIndex: statusIndex, rowData: { __rec_id: guid(1) } },
            ],
            [{ value: "not a date" }, { colDefs, columnIndex: endIndex, rowData: { starttime: "also not a date" } }],
            [{ value: null }, { colDefs, columnIndex: endIndex, rowData: "not an object" }],
        ];
        for (const [props, params] of cases) expect(render(props, params)).toBeNull();
        grid.destroy();
    });

    it("after destroy() the grid draws every cell itself, and no clock runs", () => {
        const grid = mountGrid({ rows: [operation(1, 20, { starttime: ago(30) })] });
        const render = grid.fired[0].payload.cellRendererOverrides?.OptionSet as (props: unknown, params: unknown) => unknown;
        act(() => grid.control.destroy());
        const statusIndex = grid.colDefs.findIndex((c) => c.name === "backgroundoperationstatuscode");
        expect(
            render({ value: 20, formattedValue: "In Progress" }, { colDefs: grid.colDefs, columnIndex: statusIndex, rowData: { __rec_id: guid(1) } }),
        ).toBeNull();
        grid.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });

    it("the status columns of System Jobs and staged operations; an unknown status value says so", () => {
        const grid = mountGrid({
            entity: "stagedmetadataasyncoperation",
            columns: [
                { name: "name", displayName: "Name", dataType: "SingleLine.Text", isPrimary: true },
                { name: "asyncjobstatus", displayName: "Async Job Status", dataType: "Whole.None" },
                { name: "componenttype", displayName: "Component Type", dataType: "Whole.None" },
            ],
            rows: [
                { stagedmetadataasyncoperationid: guid(1), name: "Delete column", asyncjobstatus: 31, componenttype: 2 },
                { stagedmetadataasyncoperationid: guid(2), name: "Delete table", asyncjobstatus: 77, componenttype: 1 },
            ],
            optionSets: {},
        });
        expect(text(grid.cell(0, "asyncjobstatus"))).toBe("Failed");
        expect(text(grid.cell(1, "asyncjobstatus"))).toBe("Unknown (77)");
        expect(custom(grid.cell(0, "componenttype"))).toBe(false);
        grid.destroy();
    });
});
