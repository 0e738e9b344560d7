import { fitColumns, type ColumnNeed } from "../../../OperationsBoard/model/columnFit";

const ALLOWANCE = { cellPadding: 16, fixed: 70 };
const COLUMNS: ColumnNeed[] = [
    { key: "name", minWidth: 160, idealWidth: 340 },
    { key: "status", minWidth: 170 },
    { key: "error", minWidth: 180 },
    { key: "retries", minWidth: 100 },
    { key: "run", minWidth: 110 },
    { key: "createdOn", minWidth: 124 },
    { key: "startTime", minWidth: 124 },
];
const keys = (fit: ReturnType<typeof fitColumns>) => fit.shown.map((c) => c.key);
const used = (fit: ReturnType<typeof fitColumns>) => fit.shown.reduce((sum, c) => sum + c.width + ALLOWANCE.cellPadding, ALLOWANCE.fixed);

describe("fitColumns: the board's columns at the width it is given", () => {
    it("at 1,024 px the six columns that matter most show and the rest fold, filling the width exactly", () => {
        const fit = fitColumns(COLUMNS, 1024, ALLOWANCE);
        expect(keys(fit)).toEqual(["name", "status", "error", "retries", "run", "createdOn"]);
        expect(fit.folded).toEqual(["startTime"]);
        expect(used(fit)).toBe(1024);
    });

    it("narrower, columns fold in priority order; the name always shows, even when nothing else fits", () => {
        expect(keys(fitColumns(COLUMNS, 600, ALLOWANCE))).toEqual(["name", "status"]);
        const tiny = fitColumns(COLUMNS, 120, ALLOWANCE);
        expect(keys(tiny)).toEqual(["name"]);
        expect(tiny.shown[0].width).toBe(160);
        expect(tiny.folded).toEqual(["status", "error", "retries", "run", "createdOn", "startTime"]);
    });

    it("once a column folds, every later one folds too, even one small enough to fit (the row reads in one order)", () => {
        const fit = fitColumns(
            [
                { key: "name", minWidth: 100 },
                { key: "wide", minWidth: 500 },
                { key: "small", minWidth: 20 },
            ],
            300,
            ALLOWANCE,
        );
        expect(fit.folded).toEqual(["wide", "small"]);
    });

    it("room left goes to the name up to its ideal width first, then evenly", () => {
        const roomy = fitColumns(COLUMNS.slice(0, 2), 1000, ALLOWANCE);
        const name = roomy.shown[0].width;
        const status = roomy.shown[1].width;
        expect(name).toBeGreaterThanOrEqual(340);
        expect(name - 340).toBeGreaterThanOrEqual(status - 170 - 1);
        expect(used(roomy)).toBe(1000);
        const some = fitColumns(COLUMNS.slice(0, 2), 600, ALLOWANCE);
        expect(some.shown.map((c) => c.width)).toEqual([160 + (600 - 70 - 32 - 330), 170]);
    });

    it("an unknown width shows every column at its least width (the grid scrolls sideways then)", () => {
        for (const width of [0, -1, Number.NaN]) {
            const fit = fitColumns(COLUMNS, width, ALLOWANCE);
            expect(keys(fit)).toEqual(COLUMNS.map((c) => c.key));
            expect(fit.folded).toEqual([]);
            expect(fit.shown.map((c) => c.width)).toEqual(COLUMNS.map((c) => c.minWidth));
        }
        expect(fitColumns([], 800, ALLOWANCE)).toEqual({ shown: [], folded: [] });
    });
});
