import { optionsOf, resolveOption } from "../../../common/model/options";
import { createTranslator } from "../../host/resx";
import { ASYNC_OPERATION_STATUS, BACKGROUND_OPERATION_STATUS, INTEGRATION_JOB_STATUS } from "../../../common/model/optionTables";
import { property } from "../../host/mockContext";
import { resxStrings } from "../../host/resx";

const t = createTranslator(undefined, resxStrings("OperationStatusTimeline"));

describe("option labels and colors", () => {
    it("prefers the bound property's metadata, so customised labels show as the host names them", () => {
        const status = property({ raw: 30, options: [{ Value: 30, Label: "Completed OK", Color: "#107c10" }] });
        const resolved = resolveOption(30, BACKGROUND_OPERATION_STATUS, t, optionsOf(status));
        expect(resolved).toMatchObject({ label: "Completed OK", color: "#107c10", tone: "success", known: true });
    });

    it("falls back to the resx labels of the Dataverse table when the host gives no metadata", () => {
        expect(resolveOption(22, BACKGROUND_OPERATION_STATUS, t).label).toBe("Canceling");
        expect(resolveOption(31, BACKGROUND_OPERATION_STATUS, t).tone).toBe("error");
    });

    it('shows values in neither as "Unknown (N)"', () => {
        expect(resolveOption(99, BACKGROUND_OPERATION_STATUS, t)).toMatchObject({ label: "Unknown (99)", known: false });
    });

    it("ignores colors that are not CSS hex colors (no style injection from metadata)", () => {
        const resolved = resolveOption(30, BACKGROUND_OPERATION_STATUS, t, [{ Value: 30, Label: "x", Color: "red;background:url(x)" }]);
        expect(resolved.color).toBeUndefined();
    });

    it("covers every status value of the Dataverse tables", () => {
        expect(Object.keys(BACKGROUND_OPERATION_STATUS.entries).map(Number)).toEqual([0, 20, 22, 30, 31, 32]);
        expect(Object.keys(ASYNC_OPERATION_STATUS.entries).map(Number)).toEqual([0, 10, 20, 21, 22, 30, 31, 32]);
        expect(Object.keys(INTEGRATION_JOB_STATUS.entries).map(Number)).toEqual([192350000, 192350001, 192350002, 192350003, 192350004, 192350005]);
    });

    it("reads no options from a property without metadata", () => {
        expect(optionsOf(property(1))).toEqual([]);
        expect(optionsOf(undefined)).toEqual([]);
    });
});
