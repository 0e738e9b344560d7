import { mapColumns } from "../../../OperationsBoard/model/columns";
import { buildRows, idsAfterPaging, type RecordLike } from "../../../OperationsBoard/model/rows";
import { BoardModel } from "../../../OperationsBoard/model/board";
import { summarize } from "../../../OperationsBoard/model/summary";
import { optionsFromEntityMetadata, withStatusOptions } from "../../../common/model/optionMetadata";
import { BGOP_VIEW, at, record, t } from "./modelFixtures";

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
