// The board's summary and filter, packet counts, the cancel plan, the model across updateViews and row positions.
import { RowIndex } from "../../../OperationsBoard/model/rowIndex";
import { mapColumns } from "../../../OperationsBoard/model/columns";
import { buildRows, type RecordLike } from "../../../OperationsBoard/model/rows";
import { BoardModel } from "../../../OperationsBoard/model/board";
import { activeStatuses, filterRows, keepVanished, summarize } from "../../../OperationsBoard/model/summary";
import { chunks, isAggregateLimit, jobIdsOf, packetCountFetchXml, packetCountOptions, readPacketCounts } from "../../../common/model/packetCountQuery";
import { cancelPlan, CANCEL_UPDATE } from "../../../OperationsBoard/model/cancel";
import { BGOP_VIEW, record, t } from "./modelFixtures";

describe("summary and filter", () => {
    const mapping = mapColumns("backgroundoperation", BGOP_VIEW);
    const { rows } = buildRows({
        mapping,
        ids: ["1", "2", "3", "4", "5"],
        records: {
            "1": record({ backgroundoperationstatuscode: 31 }),
            "2": record({ backgroundoperationstatuscode: 0 }),
            "3": record({ backgroundoperationstatuscode: 31 }),
            "4": record({}, { backgroundoperationstatuscode: "" }),
            "5": record({ backgroundoperationstatuscode: 20 }),
        },
        t,
    });

    it("counts rows per status in the option set's order", () => {
        expect(summarize(rows).map((c) => [c.option.label, c.count])).toEqual([
            ["Waiting For Resources", 1],
            ["In Progress", 1],
            ["Failed", 2],
            ["None", 1],
        ]);
    });

    it("filters by the active statuses, and drops toggles whose status is gone", () => {
        expect(filterRows(rows, new Set(["v31"])).map((r) => r.id)).toEqual(["1", "3"]);
        expect(filterRows(rows, new Set())).toBe(rows);
        const counts = summarize(rows);
        const active = new Set(["v31", "v99"]);
        expect([...activeStatuses(active, counts)]).toEqual(["v31"]);
        const kept = new Set(["v31"]);
        expect(activeStatuses(kept, counts)).toBe(kept);
    });

    it("keeps a status whose rows all changed as a chip at 0, in its place; a new status finds its place after", () => {
        const before = summarize(rows);
        // The waiting row started: Waiting For Resources has no row left, In Progress has two.
        const { rows: after } = buildRows({
            mapping,
            ids: ["1", "2", "3", "4", "5", "6"],
            records: {
                "1": record({ backgroundoperationstatuscode: 31 }),
                "2": record({ backgroundoperationstatuscode: 20 }),
                "3": record({ backgroundoperationstatuscode: 31 }),
                "4": record({}, { backgroundoperationstatuscode: "" }),
                "5": record({ backgroundoperationstatuscode: 20 }),
                "6": record({ backgroundoperationstatuscode: 30 }),
            },
            t,
        });
        const kept = keepVanished(summarize(after), before);
        expect(kept.map((c) => [c.option.label, c.count])).toEqual([
            ["Waiting For Resources", 0],
            ["In Progress", 2],
            ["Failed", 2],
            ["None", 1],
            ["Succeeded", 1],
        ]);
        // Nothing vanished: the counts as they are.
        const same = summarize(rows);
        expect(keepVanished(same, before)).toBe(same);
    });
});

describe("packet counts", () => {
    const A = "5d6a7e1c-0000-4000-8000-00000000000a";
    const B = "5d6a7e1c-0000-4000-8000-00000000000b";

    it("asks for the distinct sequence numbers of the page's jobs, grouped by job, in one query", () => {
        expect(packetCountFetchXml([A, B])).toBe(
            '<fetch aggregate="true"><entity name="msdyn_integrationjobdetail">' +
                '<attribute name="msdyn_integrationjobheader" alias="job" groupby="true"/>' +
                '<attribute name="msdyn_sequencenumber" alias="received" aggregate="countcolumn" distinct="true"/>' +
                `<filter><condition attribute="msdyn_integrationjobheader" operator="in"><value>${A}</value><value>${B}</value></condition></filter>` +
                "</entity></fetch>",
        );
        expect(packetCountOptions([A])).toBe(`?fetchXml=${encodeURIComponent(packetCountFetchXml([A]))}`);
    });

    it("puts only GUIDs into the query (no markup from odd ids) and splits large pages", () => {
        expect(jobIdsOf([`{${A.toUpperCase()}}`, "<x/>", A, ""])).toEqual([A]);
        expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    });

    it("reads the answer: the grouped job id and its count; jobs without a row received none", () => {
        const counts = readPacketCounts(
            { entities: [{ job: A.toUpperCase(), received: 7 }, { _job_value: B, received: "3" }, { job: "other", received: 1 }, null] },
            [A, B],
        );
        expect([...(counts ?? [])]).toEqual([
            [A, 7],
            [B, 3],
        ]);
        expect(readPacketCounts({ entities: [] }, [A])?.get(A)).toBe(0);
        expect(readPacketCounts({ value: [] }, [A])).toBeUndefined();
        expect(readPacketCounts(null, [A])).toBeUndefined();
    });

    it("recognises Dataverse's aggregate limit by its code", () => {
        expect(isAggregateLimit({ errorCode: -2147164125, message: "AggregateQueryRecordLimit exceeded" })).toBe(true);
        expect(isAggregateLimit({ errorCode: -2147220960 })).toBe(false);
    });
});

describe("bulk cancel plan", () => {
    it("cancels waiting background operations and leaves the others alone", () => {
        const mapping = mapColumns("backgroundoperation", BGOP_VIEW);
        const built = buildRows({
            mapping,
            ids: ["w1", "w2", "run", "done"],
            records: {
                w1: record({ name: "W1", backgroundoperationstatuscode: 0 }),
                w2: record({ name: "W2", backgroundoperationstatuscode: 0 }),
                run: record({ name: "Run", backgroundoperationstatuscode: 20 }),
                done: record({ name: "Done", backgroundoperationstatuscode: 30 }),
            },
            t,
        });
        const plan = cancelPlan(built, ["w1", "run", "done", "w2", "w1", "gone"]);
        expect(plan.cancelable.map((r) => r.name)).toEqual(["W1", "W2"]);
        expect(plan.leftAlone.map((r) => r.name)).toEqual(["Run", "Done"]);
        expect(CANCEL_UPDATE).toEqual({ backgroundoperationstatecode: 2, backgroundoperationstatuscode: 22 });
    });
});

describe("the board model across updateViews", () => {
    it("reads nothing again when the host hands over the same records and ids", () => {
        let reads = 0;
        const counting: RecordLike = {
            getValue: (column) => {
                reads += 1;
                return column === "backgroundoperationstatuscode" ? 20 : null;
            },
            getFormattedValue: () => "",
        };
        const model = new BoardModel();
        const input = { entityName: "backgroundoperation", columns: BGOP_VIEW, ids: ["a"], records: { a: counting }, t, pageAnswered: false };
        const first = model.read(input);
        const afterFirst = reads;
        expect(model.read({ ...input })).toBe(first);
        expect(reads).toBe(afterFirst);
        // A new records object holding the same record (a page added, say): the record is not read again.
        expect(model.read({ ...input, records: { a: counting } })).toBe(first);
        expect(reads).toBe(afterFirst);
        // A new record object (the host read the row again): read, and the same values keep the same rows.
        expect(model.read({ ...input, records: { a: { ...counting } } })).toBe(first);
        expect(reads).toBeGreaterThan(afterFirst);
        expect(model.rowBuilds).toBe(1);
    });

    it("reads only the new page's records when a page is added to many rows", () => {
        let reads = 0;
        const recordOf = (id: string): RecordLike => ({
            getValue: (column) => {
                reads += 1;
                return column === "name" ? id : column === "backgroundoperationstatuscode" ? 20 : null;
            },
            getFormattedValue: () => "",
        });
        const firstPage = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`r${i}`, recordOf(`r${i}`)]));
        const model = new BoardModel();
        const input = { entityName: "backgroundoperation", columns: BGOP_VIEW, ids: Object.keys(firstPage), records: firstPage, t, pageAnswered: false };
        expect(model.read(input).rows).toHaveLength(5000);
        const perPage = reads;
        const secondPage = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`s${i}`, recordOf(`s${i}`)]));
        const both = { ...firstPage, ...secondPage };
        const after = model.read({ ...input, ids: Object.keys(both), records: both, pageAnswered: true });
        expect(after.rows).toHaveLength(10000);
        expect(after.rows[9999].name).toBe("s4999");
        expect(reads).toBe(2 * perPage);
    });
});

describe("row positions in layers", () => {
    it("finds every row across the pages added, and merges its layers past a few", () => {
        let index = RowIndex.of(new Map([["a", 0]]));
        for (let page = 1; page <= 12; page += 1) index = index.extend(new Map([[`p${page}`, page]]));
        expect(index.get("a")).toBe(0);
        expect(index.get("p1")).toBe(1);
        expect(index.get("p12")).toBe(12);
        expect(index.has("missing")).toBe(false);
    });

    it("adds a page without reading the rows shown, skips ids repeated in it, and cancels across pages", () => {
        const mapping = mapColumns("backgroundoperation", BGOP_VIEW);
        const page1 = { w1: record({ name: "W1", backgroundoperationstatuscode: 0 }), r1: record({ name: "R1", backgroundoperationstatuscode: 20 }) };
        const first = buildRows({ mapping, ids: Object.keys(page1), records: page1, t });
        const page2 = { ...page1, w2: record({ name: "W2", backgroundoperationstatuscode: 0 }) };
        const second = buildRows({ mapping, ids: ["w1", "r1", "w2", "w1", "r1"], records: page2, t, previous: first });
        expect(second.rows.map((r) => r.name)).toEqual(["W1", "R1", "W2"]);
        expect(second.rows[0]).toBe(first.rows[0]);
        expect(cancelPlan(second, ["w2", "w1", "r1"]).cancelable.map((r) => r.name)).toEqual(["W2", "W1"]);
        // A refresh hands over new record objects: the rows are read again, and a changed status shows.
        const refreshed = { ...page2, w1: record({ name: "W1", backgroundoperationstatuscode: 20 }) };
        const third = buildRows({ mapping, ids: ["w1", "r1", "w2"], records: refreshed, t, previous: second });
        expect(third.rows[0].statusValue).toBe(20);
        expect(third.changes.map((c) => c.id)).toEqual(["w1"]);
    });
});
