import { RowIndex } from "../../../OperationsBoard/model/rowIndex";
import { createTranslator } from "../../host/resx";
import { mapColumns, type ColumnLike } from "../../../OperationsBoard/model/columns";
import { buildRows, idsAfterPaging, type RecordLike } from "../../../OperationsBoard/model/rows";
import { BoardModel } from "../../../OperationsBoard/model/board";
import { activeStatuses, filterRows, keepVanished, summarize } from "../../../OperationsBoard/model/summary";
import { chunks, isAggregateLimit, jobIdsOf, packetCountFetchXml, packetCountOptions, readPacketCounts } from "../../../common/model/packetCountQuery";
import { cancelPlan, CANCEL_UPDATE } from "../../../OperationsBoard/model/cancel";
import { optionsFromEntityMetadata, withStatusOptions } from "../../../common/model/optionMetadata";
import { resxStrings } from "../../host/resx";

const t = createTranslator(undefined, resxStrings("OperationsBoard"));

const BGOP_VIEW: ColumnLike[] = [
    { name: "name", displayName: "Name", dataType: "SingleLine.Text", isPrimary: true, alias: "name" },
    { name: "backgroundoperationstatuscode", displayName: "Status Reason", dataType: "OptionSet", alias: "backgroundoperationstatuscode" },
    { name: "createdon", displayName: "Created On", dataType: "DateAndTime.DateAndTime", alias: "createdon" },
    { name: "starttime", displayName: "Start Time", dataType: "DateAndTime.DateAndTime", alias: "starttime" },
    { name: "endtime", displayName: "End Time", dataType: "DateAndTime.DateAndTime", alias: "endtime" },
    { name: "retrycount", displayName: "Retry Count", dataType: "Whole.None", alias: "retrycount" },
    { name: "errorcode", displayName: "Error Code", dataType: "Whole.None", alias: "errorcode" },
    { name: "errormessage", displayName: "Error Message", dataType: "Multiple", alias: "errormessage" },
];

/** A record reading from plain values, as the host's EntityRecord does. */
function record(values: Record<string, unknown>, formatted: Record<string, string> = {}): RecordLike {
    return {
        getValue: (column) => values[column] ?? null,
        getFormattedValue: (column) => formatted[column] ?? (values[column] === null || values[column] === undefined ? "" : String(values[column])),
    };
}

const at = (iso: string): Date => new Date(iso);

describe("column mapping", () => {
    it("finds every role of a background operation view by logical name", () => {
        const mapping = mapColumns("backgroundoperation", BGOP_VIEW);
        expect(mapping.kind).toBe("backgroundoperation");
        expect(Object.fromEntries(Object.entries(mapping.roles).map(([role, c]) => [role, c?.column]))).toEqual({
            status: "backgroundoperationstatuscode",
            createdOn: "createdon",
            startTime: "starttime",
            endTime: "endtime",
            retryCount: "retrycount",
            errorCode: "errorcode",
            errorMessage: "errormessage",
        });
        expect(mapping.roles.status?.source).toBe("automatic");
        expect(mapping.primary?.column).toBe("name");
        expect(mapping.unmapped).toEqual([]);
        expect(mapping.extras).toEqual([]);
    });

    it("finds status, packets and created on of an integration job view", () => {
        const mapping = mapColumns("msdyn_integrationjob", [
            { name: "msdyn_name", displayName: "Name", dataType: "SingleLine.Text" },
            { name: "msdyn_status", displayName: "Status", dataType: "OptionSet" },
            { name: "msdyn_numberofpackets", displayName: "Number of packets", dataType: "Whole.None" },
        ]);
        expect(mapping.kind).toBe("integrationjob");
        expect(mapping.roles.status?.column).toBe("msdyn_status");
        expect(mapping.roles.expectedPackets?.column).toBe("msdyn_numberofpackets");
        expect(mapping.primary?.column).toBe("msdyn_name");
        expect(mapping.unmapped).toEqual(["createdOn"]);
    });

    it("lets a maker's property-set binding win over the logical name, and ignores unbound property-sets", () => {
        const mapping = mapColumns("backgroundoperation", [
            ...BGOP_VIEW,
            { name: "new_queuedon", displayName: "Queued on", dataType: "DateAndTime.DateAndTime", alias: "createdOn" },
            // An unbound property-set shows up under its own name: no column behind it.
            { name: "errorCode", displayName: "errorCode", dataType: "Whole.None", alias: "errorCode" },
        ]);
        expect(mapping.roles.createdOn).toMatchObject({ column: "new_queuedon", source: "maker", displayName: "Queued on" });
        expect(mapping.roles.errorCode).toMatchObject({ column: "errorcode", source: "automatic" });
        expect(mapping.extras.map((e) => e.column)).toEqual(["createdon"]);
    });

    it("says which roles a view without the columns lacks, and shows the columns it has", () => {
        const mapping = mapColumns("backgroundoperation", [
            { name: "name", displayName: "Name", dataType: "SingleLine.Text", isPrimary: true },
            { name: "ownerid", displayName: "Owner", dataType: "Lookup.Owner" },
        ]);
        expect(mapping.unmapped).toEqual(["status", "createdOn", "startTime", "endTime", "retryCount", "errorCode", "errorMessage"]);
        expect(mapping.extras).toEqual([{ column: "ownerid", displayName: "Owner", sortable: true }]);
    });

    it("on another table maps only what a maker binds, and never breaks on odd column lists", () => {
        expect(mapColumns("account", [{ name: "name", displayName: "Account Name", dataType: "SingleLine.Text" }])).toMatchObject({
            kind: "other",
            unmapped: ["status"],
        });
        expect(mapColumns(undefined, null).kind).toBe("other");
        expect(mapColumns("backgroundoperation", [null, 3, { name: "" }, { displayName: "x" }] as unknown[]).unmapped).toContain("status");
        const bound = mapColumns("account", [{ name: "statuscode", displayName: "Status Reason", dataType: "OptionSet", alias: "status" }]);
        expect(bound.roles.status).toMatchObject({ column: "statuscode", source: "maker" });
    });

    it("does not offer sorting on a column the host marks unsortable", () => {
        const mapping = mapColumns(
            "backgroundoperation",
            BGOP_VIEW.map((c) => (c.name === "errorcode" ? { ...c, disableSorting: true } : c)),
        );
        expect(mapping.roles.errorCode?.sortable).toBe(false);
        expect(mapping.roles.status?.sortable).toBe(true);
    });
});

describe("rows", () => {
    const mapping = mapColumns("backgroundoperation", BGOP_VIEW);
    const build = (records: Record<string, RecordLike>, previous?: ReturnType<typeof buildRows>) =>
        buildRows({ mapping, ids: Object.keys(records), records, t, previous });

    beforeEach(() => {
        jest.useFakeTimers();
        jest.setSystemTime(new Date(Date.UTC(2026, 0, 1, 12, 0, 0)));
    });
    afterEach(() => jest.useRealTimers());

    it("labels the status with the host's formatted value and colors it by the table's tone", () => {
        const { rows } = build({ a: record({ name: "Export", backgroundoperationstatuscode: 31 }, { backgroundoperationstatuscode: "Fehlgeschlagen" }) });
        expect(rows[0].status).toMatchObject({ label: "Fehlgeschlagen", tone: "error", known: true });
        expect(rows[0].live).toBe(false);
    });

    it("falls back to the resx labels, and shows values nobody knows as Unknown (N)", () => {
        const { rows } = build({
            a: record({ backgroundoperationstatuscode: 20 }, { backgroundoperationstatuscode: "20" }),
            b: record({ backgroundoperationstatuscode: 77 }),
        });
        expect(rows[0].status.label).toBe("In Progress");
        expect(rows[1].status).toMatchObject({ label: "Unknown (77)", known: false });
        expect(rows[1].live).toBe(false);
    });

    it("computes queue and run time, live counters, retries and errors in decimal and hex", () => {
        const { rows } = build({
            done: record({
                backgroundoperationstatuscode: 31,
                createdon: at("2026-01-01T11:00:00Z"),
                starttime: at("2026-01-01T11:05:00Z"),
                endtime: at("2026-01-01T11:07:30Z"),
                retrycount: 2,
                errorcode: -2147187707,
                errormessage: "Access is denied.",
            }),
            running: record({ backgroundoperationstatuscode: 20, createdon: at("2026-01-01T11:50:00Z"), starttime: at("2026-01-01T11:55:00Z") }),
            waiting: record({ backgroundoperationstatuscode: 0, createdon: at("2026-01-01T11:59:00Z") }),
        });
        expect(rows[0]).toMatchObject({ queueMs: 300_000, runMs: 150_000, retries: 2, running: false, queueing: false });
        expect(rows[0].error).toEqual({ code: -2147187707, text: "-2147187707 (0x80048405)", notFromDataverse: false, message: "Access is denied." });
        expect(rows[1]).toMatchObject({ queueMs: 300_000, runMs: undefined, running: true, live: true, cancelable: false });
        expect(rows[2]).toMatchObject({ queueMs: undefined, queueing: true, running: false, live: true, cancelable: true });
    });

    it("never gives a negative duration, and says error 0 did not come from Dataverse", () => {
        const { rows } = build({
            a: record({ backgroundoperationstatuscode: 31, starttime: at("2026-01-01T11:05:00Z"), endtime: at("2026-01-01T11:00:00Z"), errorcode: 0 }),
        });
        expect(rows[0].runMs).toBeUndefined();
        expect(rows[0].error).toEqual({ code: 0, text: undefined, notFromDataverse: true, message: undefined });
    });

    it("keeps markup in messages as text and cuts very long ones", () => {
        const { rows } = build({ a: record({ backgroundoperationstatuscode: 31, errormessage: `<b>x</b>${"y".repeat(5000)}` }) });
        expect(rows[0].error?.message?.startsWith("<b>x</b>")).toBe(true);
        expect(rows[0].error?.message?.length).toBe(2001);
    });

    it("survives hosts that throw, masked values, ids without records and duplicates", () => {
        const throwing: RecordLike = {
            getValue: () => {
                throw new Error("secured");
            },
            getFormattedValue: () => {
                throw new Error("secured");
            },
        };
        const result = buildRows({ mapping, ids: ["a", "a", "missing", ""], records: { a: throwing }, t });
        expect(result.rows).toHaveLength(1);
        expect(result.rows[0]).toMatchObject({ name: "", statusValue: null, statusKey: "none", live: false });
        expect(buildRows({ mapping, ids: ["x"], records: null, t }).rows).toEqual([]);
    });

    it("hands back the same row objects, and the same result, when nothing changed", () => {
        const first = build({ a: record({ name: "A", backgroundoperationstatuscode: 0 }), b: record({ name: "B", backgroundoperationstatuscode: 20 }) });
        const second = build(
            { a: record({ name: "A", backgroundoperationstatuscode: 0 }), b: record({ name: "B", backgroundoperationstatuscode: 20 }) },
            first,
        );
        expect(second).toBe(first);
        const third = build(
            { a: record({ name: "A", backgroundoperationstatuscode: 0 }), b: record({ name: "B", backgroundoperationstatuscode: 30 }) },
            second,
        );
        expect(third).not.toBe(second);
        expect(third.rows[0]).toBe(first.rows[0]);
        expect(third.rows[1]).not.toBe(first.rows[1]);
        expect(third.rows[1].changed).toBe(true);
        expect(third.changes).toEqual([{ id: "b", name: "B", label: "Succeeded" }]);
        expect(third.anyLive).toBe(true);
    });

    it("keeps rows the host no longer hands over when it answered a next page with that page alone", () => {
        expect(idsAfterPaging(["a", "b"], ["c", "d"], true)).toEqual(["a", "b", "c", "d"]);
        expect(idsAfterPaging(["a", "b"], ["a", "b", "c"], true)).toEqual(["a", "b", "c"]);
        expect(idsAfterPaging(["a", "b"], ["c"], false)).toEqual(["c"]);
        const model = new BoardModel();
        const page1 = model.read({
            entityName: "backgroundoperation",
            columns: BGOP_VIEW,
            ids: ["a"],
            records: { a: record({ name: "A", backgroundoperationstatuscode: 0 }) },
            t,
            pageAnswered: false,
        });
        const page2 = model.read({
            entityName: "backgroundoperation",
            columns: BGOP_VIEW,
            ids: ["b"],
            records: { b: record({ name: "B", backgroundoperationstatuscode: 0 }) },
            t,
            pageAnswered: true,
        });
        expect(page2.rows.map((r) => r.id)).toEqual(["a", "b"]);
        expect(page2.rows[0]).toBe(page1.rows[0]);
    });
});

describe("status options from the entity metadata", () => {
    const mapping = mapColumns("backgroundoperation", BGOP_VIEW);
    const OPTIONS = [
        { Value: 20, Label: "Läuft (Vertrieb)", Color: "#00ff00" },
        { Value: 31, Label: "Fehlgeschlagen", Color: "not a color" },
    ];

    it("reads the options from Attributes.get(name).attributeDescriptor.OptionSet, Label objects and plain maps too", () => {
        const described = { Attributes: { get: (name: string) => (name === "statuscode" ? { attributeDescriptor: { OptionSet: OPTIONS } } : undefined) } };
        expect(optionsFromEntityMetadata(described, "statuscode")).toEqual([
            { Value: 20, Label: "Läuft (Vertrieb)", Color: "#00ff00" },
            { Value: 31, Label: "Fehlgeschlagen", Color: null },
        ]);
        const labelled = {
            Attributes: { statuscode: { OptionSet: { Options: [{ Value: 1, Label: { UserLocalizedLabel: { Label: "Aktiv" } }, Color: "#123456" }] } } },
        };
        expect(optionsFromEntityMetadata(labelled, "statuscode")).toEqual([{ Value: 1, Label: "Aktiv", Color: "#123456" }]);
        for (const odd of [
            undefined,
            null,
            42,
            "x",
            { Attributes: null },
            {
                Attributes: {
                    get: () => {
                        throw new Error("no");
                    },
                },
            },
            { Attributes: { statuscode: { OptionSet: [null, { Value: "1" }] } } },
        ]) {
            expect(optionsFromEntityMetadata(odd, "statuscode")).toEqual([]);
        }
    });

    it("colors a row's status with the option's color and keeps the host's label; a missing label comes from the metadata", () => {
        const { rows } = buildRows({
            mapping,
            ids: ["a", "b", "c"],
            records: {
                a: record({ backgroundoperationstatuscode: 20 }, { backgroundoperationstatuscode: "In Bearbeitung" }),
                b: record({ backgroundoperationstatuscode: 20 }, { backgroundoperationstatuscode: "" }),
                c: record({ backgroundoperationstatuscode: 30 }, { backgroundoperationstatuscode: "Erfolgreich" }),
            },
            t,
        });
        const options = optionsFromEntityMetadata(
            { Attributes: { get: () => ({ attributeDescriptor: { OptionSet: OPTIONS } }) } },
            "backgroundoperationstatuscode",
        );
        expect(withStatusOptions(rows[0].status, rows[0].statusFromHost, options)).toMatchObject({
            label: "In Bearbeitung",
            color: "#00ff00",
            tone: "progress",
        });
        expect(withStatusOptions(rows[1].status, rows[1].statusFromHost, options)).toMatchObject({ label: "Läuft (Vertrieb)", color: "#00ff00" });
        // No option for the value, or no options at all: the status as it was (tone colors).
        expect(withStatusOptions(rows[2].status, rows[2].statusFromHost, options)).toBe(rows[2].status);
        expect(withStatusOptions(rows[0].status, rows[0].statusFromHost, undefined)).toBe(rows[0].status);
        expect(summarize(rows, options)[0].option).toMatchObject({ label: "In Bearbeitung", color: "#00ff00" });
    });
});

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
