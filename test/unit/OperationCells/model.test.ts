import { CellPlans, planCells, tableOfColumns } from "../../../OperationCells/model/cellPlan";
import { cellModel, sameCellModel } from "../../../OperationCells/model/cellModels";
import { createTranslator } from "../../host/resx";
import { resxStrings } from "../../host/resx";

const t = createTranslator(undefined, resxStrings("OperationCells"));
const columns = (...names: string[]) => names.map((name) => ({ name, dataType: "Text", isPrimary: name === "name" }));

describe("which table a grid shows", () => {
    it("is recognised by the columns only that table has", () => {
        expect(tableOfColumns(["name", "backgroundoperationstatuscode", "createdon"])).toBe("backgroundoperation");
        expect(tableOfColumns(["msdyn_name", "msdyn_status"])).toBe("msdyn_integrationjob");
        expect(tableOfColumns(["name", "statuscode", "operationtype", "startedon"])).toBe("asyncoperation");
        expect(tableOfColumns(["name", "asyncjobstatus", "componenttype"])).toBe("stagedmetadataasyncoperation");
    });

    it("is none for a grid of another table, even with statuscode and errorcode columns", () => {
        expect(tableOfColumns(["name", "statuscode", "errorcode", "createdon"])).toBeUndefined();
        expect(planCells(columns("name", "statuscode", "errorcode")).columns.size).toBe(0);
    });

    it("plans only the columns it draws, and keeps the plan for the same column list", () => {
        const plan = planCells(columns("name", "statuscode", "statecode", "errorcode", "startedon", "completedon", "operationtype", "message"));
        expect([...plan.columns.keys()].sort()).toEqual(["completedon", "errorcode", "startedon", "statecode", "statuscode"]);
        const plans = new CellPlans();
        const list = columns("name", "backgroundoperationstatuscode");
        expect(plans.of(list)).toBe(plans.of(list));
        expect(plans.of([...list])).toBe(plans.of(list));
        expect(plans.of("not a list").table).toBeUndefined();
    });
});

describe("what a cell shows", () => {
    const plan = planCells(columns("name", "statuscode", "errorcode", "startedon", "completedon", "friendlymessage", "message", "operationtype"));
    const kind = (name: string) => plan.columns.get(name)!;

    it("an error code, with the friendly message before the technical one", () => {
        const model = cellModel(kind("errorcode"), { value: "-2147204784" }, { friendlymessage: "", message: "Plug-in timed out" }, t);
        expect(model).toEqual({ kind: "errorCode", text: "-2147204784 (0x80044150)", fromDataverse: true, message: "Plug-in timed out" });
        expect(cellModel(kind("errorcode"), { value: "0x80044150" }, {}, t)).toMatchObject({ text: "-2147204784 (0x80044150)" });
        expect(cellModel(kind("errorcode"), { value: "n/a" }, {}, t)).toBeUndefined();
    });

    it("a long message is cut for the tooltip", () => {
        const model = cellModel(kind("errorcode"), { value: -1 }, { friendlymessage: "x".repeat(5000) }, t);
        expect(model?.kind === "errorCode" && model.message!.length).toBeLessThanOrEqual(2001);
    });

    it("the end column: running, ran, or the grid's own", () => {
        const started = "2026-12-07T09:00:00Z";
        expect(cellModel(kind("completedon"), { value: null }, { startedon: started, statuscode: 20 }, t)).toEqual({
            kind: "running",
            since: new Date(started),
        });
        expect(cellModel(kind("completedon"), { value: null }, { startedon: started, statuscode: 31 }, t)).toBeUndefined();
        expect(cellModel(kind("completedon"), { value: "2026-12-07T09:02:00Z", formattedValue: "12/7/2026 9:02 AM" }, { startedon: started }, t)).toEqual({
            kind: "ran",
            formatted: "12/7/2026 9:02 AM",
            ranMs: 120_000,
        });
        expect(cellModel(kind("completedon"), { value: null }, {}, t)).toBeUndefined();
    });

    it("a status label from the grid for a choice column; a secured (null) value is the grid's own", () => {
        const model = cellModel(kind("statuscode"), { value: 31, formattedValue: "Fehlgeschlagen" }, {}, t);
        expect(model?.kind === "status" && [model.option.label, model.option.tone]).toEqual(["Fehlgeschlagen", "error"]);
        expect(cellModel(kind("statuscode"), { value: null, formattedValue: "***" }, {}, t)).toBeUndefined();
    });

    it("models that show the same are the same", () => {
        const a = cellModel(kind("statuscode"), { value: 31, formattedValue: "Failed" }, {}, t)!;
        const b = cellModel(kind("statuscode"), { value: 31, formattedValue: "Failed" }, {}, t)!;
        const c = cellModel(kind("statuscode"), { value: 30, formattedValue: "Succeeded" }, {}, t)!;
        expect(sameCellModel(a, b)).toBe(true);
        expect(sameCellModel(a, c)).toBe(false);
    });
});
