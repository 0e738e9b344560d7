import { parseDependencies } from "../../../StagedDependencyViewer/model/parseDependencies";
import type { DependencyEntries } from "../../../StagedDependencyViewer/model/dependencyEntries";
import { countDuplicates, groupDependencies } from "../../../StagedDependencyViewer/model/dependencyGroups";
import { filterDependencies, filteredIndexes, listRows } from "../../../StagedDependencyViewer/model/dependencyFilter";
import { fromFirstMatch, rowText, highlightParts } from "../../../StagedDependencyViewer/model/rowLayout";
import { toClipboardText, csvFormat, clipboardFormat, SpreadsheetText } from "../../../StagedDependencyViewer/model/spreadsheetText";
import { COMPONENT_TYPE_CODES, componentTypeCode, componentTypeLabelKey } from "../../../StagedDependencyViewer/model/componentTypes";
import { createOperationContext, type OperationInputs } from "../../../StagedDependencyViewer/model/operationContext";
import { componentTypeLabel, componentTypeLegacy } from "../../../StagedDependencyViewer/components/typeLabels";
import { onlyDuplicates } from "../../../StagedDependencyViewer/model/duplicateMarks";
import { allJobsCompleted, systemJobOf, systemJobQuery } from "../../../common/model/systemJobs";
import { Utf8Base64Writer } from "../../../StagedDependencyViewer/model/base64";
import { markDuplicates, toCsv, utf8Base64 } from "./atOnce";
import { DEFAULT_STRINGS } from "../../../StagedDependencyViewer/strings/defaults";
import { createTranslator, resxStrings } from "../../host/resx";
import { csvSeparator } from "../../../common/model/spreadsheet";
import { labelOf, t } from "./typeLabels";

function entriesOf(value: unknown): DependencyEntries {
    const list = parseDependencies(JSON.stringify(value));
    if (list.kind !== "list") throw new Error(list.kind);
    return list.entries;
}

const sample = entriesOf([
    { id: "1", name: "new_project", componenttype: 1 },
    { id: "2", name: "new_budget", componenttype: 2, parent: "new_project" },
    { id: "3", name: "new_owner", componenttype: 2, parent: "new_project" },
    { id: "4", name: "Project Status", componenttype: "Option Set" },
    { id: "5", name: "mystery", componenttype: "Gadget" },
    { id: "6", name: "loose" },
    { id: "2", name: "new_budget", componenttype: 2, parent: "new_project" },
]);

describe("component types", () => {
    it("recognises codes, numeric text and Dataverse's names, and labels them from resx", () => {
        expect(componentTypeCode(61)).toBe(61);
        expect(componentTypeCode("26")).toBe(26);
        expect(componentTypeCode("Web Resource")).toBe(61);
        expect(componentTypeCode("optionset")).toBe(9);
        expect(componentTypeCode("SDK_Message_Processing_Step")).toBe(92);
        expect(componentTypeCode("Gadget")).toBeUndefined();
        expect(componentTypeLabel(1, t)).toBe("Table");
        expect(componentTypeLabel(2, t)).toBe("Column");
        expect(componentTypeLabel(9, t)).toBe("Choice");
        expect(componentTypeLabel(26, t)).toBe("View");
        expect(componentTypeLabel(60, t)).toBe("Form");
        // No parentheses, so "Unknown type 9999 (1)" reads plainly in a group header.
        expect(componentTypeLabel(9999, t)).toBe("Unknown type 9999");
        expect(t("Group_Header", componentTypeLabel(9999, t), "1")).toBe("Unknown type 9999 (1)");
        expect(componentTypeLegacy(1, t)).toBe("Dataverse name: Entity (type 1)");
        expect(componentTypeLegacy(9999, t)).toBe("");
        const german = createTranslator({ getString: (key) => resxStrings("StagedDependencyViewer", 1031)[key] ?? "" }, DEFAULT_STRINGS);
        expect(componentTypeLabel(1, german)).toBe("Tabelle");
        expect(componentTypeLabel(9999, german)).toBe("Unbekannter Typ 9999");
    });
});

describe("component type codes and their labels", () => {
    it("gives the resx key of a known code and none for an unknown one", () => {
        expect(componentTypeLabelKey(61)).toBe("ComponentType_61");
        expect(componentTypeLabelKey(9999)).toBeUndefined();
    });

    it("knows exactly the codes every language of the resx labels", () => {
        for (const lcid of [1033, 1031, 1036, 3082, 1041, 1025]) {
            const strings = resxStrings("StagedDependencyViewer", lcid);
            const labelled = Object.keys(strings)
                .filter((key) => key.startsWith("ComponentType_"))
                .map((key) => Number(key.slice("ComponentType_".length)));
            expect(labelled).toEqual([...COMPONENT_TYPE_CODES]);
        }
    });
});

describe("operation context", () => {
    const inputs = (patch: Partial<OperationInputs> = {}): OperationInputs => ({
        name: { state: "value", value: "  Create new_project " },
        componentType: { state: "value", value: 1 },
        jobStatus: { state: "value", value: 20 },
        jobStatusOptions: [],
        ...patch,
    });

    it("holds values and codes, trimmed, for the view to label", () => {
        const model = createOperationContext()(
            inputs({
                jobStatusOptions: [
                    { Value: 20, Label: "Running", Color: "#0078d4" },
                    { Value: 30, Label: "Done" },
                ],
            }),
        );
        expect(model).toEqual({
            name: { state: "value", value: "Create new_project" },
            componentType: { state: "value", value: 1 },
            jobStatus: { state: "value", value: 20, metadata: [{ Value: 20, Label: "Running", Color: "#0078d4" }] },
        });
        expect(createOperationContext()(inputs({ name: { state: "masked", value: null } })).name).toEqual({ state: "masked", value: null });
    });

    it("is the same object while the reads are the same values, and a new one when one changes", () => {
        const operation = createOperationContext();
        const first = operation(inputs());
        expect(operation(inputs({ jobStatusOptions: [] }))).toBe(first);
        expect(operation(inputs({ jobStatusOptions: [{ Value: 30, Label: "Done" }] }))).toBe(first);
        const labelled = operation(inputs({ jobStatusOptions: [{ Value: 20, Label: "Running" }] }));
        expect(labelled).not.toBe(first);
        expect(operation(inputs({ jobStatusOptions: [{ Value: 20, Label: "Running" }] }))).toBe(labelled);
        expect(operation(inputs({ componentType: { state: "value", value: 2 } }))).not.toBe(labelled);
        expect(operation(inputs({ componentType: { state: "masked", value: null } })).componentType.state).toBe("masked");
    });
});

describe("grouping", () => {
    it("groups by component type, largest first and untyped last, and counts duplicates", () => {
        const grouped = groupDependencies(sample);
        expect(grouped.typed).toBe(true);
        expect(grouped.groups.map((g) => [g.key, Array.from(g.members)])).toEqual([
            ["c2", [1, 2, 6]],
            ["c1", [0]],
            ["c9", [3]],
            ["tgadget", [4]],
            ["none", [5]],
        ]);
        expect(countDuplicates(sample, grouped)).toBe(1);
    });

    it("shows no groups for a list without types", () => {
        const grouped = groupDependencies(entriesOf(["a", "b", "a"]));
        expect(grouped.typed).toBe(false);
        expect(countDuplicates(entriesOf(["a", "b", "a"]), grouped)).toBe(1);
        const rows = Array.from(listRows(filterDependencies(entriesOf(["a", "b", "a"]), grouped, "", labelOf), new Set(), grouped.typed));
        expect(rows).toEqual([0, 1, 2]);
    });
});

describe("filtering and rows", () => {
    const grouped = groupDependencies(sample);

    it("matches names, ids, type labels and parents case-insensitively", () => {
        const count = (query: string) => filterDependencies(sample, grouped, query, labelOf).matches;
        expect(count("")).toBe(7);
        expect(count("  ")).toBe(7);
        expect(count("BUDGET")).toBe(2);
        expect(count("column")).toBe(3);
        expect(count("new_project")).toBe(4);
        expect(count("5")).toBe(1);
        expect(count("choice")).toBe(1);
        expect(count("nothing like it")).toBe(0);
    });

    it("builds header and entry rows, leaving out collapsed groups' entries and groups without matches", () => {
        const all = filterDependencies(sample, grouped, "", labelOf);
        expect(Array.from(listRows(all, new Set(), true))).toEqual([-1, 1, 2, 6, -2, 0, -3, 3, -4, 4, -5, 5]);
        expect(Array.from(listRows(all, new Set(["c2", "none"]), true))).toEqual([-1, -2, 0, -3, 3, -4, 4, -5]);
        const budget = filterDependencies(sample, grouped, "budget", labelOf);
        expect(Array.from(listRows(budget, new Set(), true))).toEqual([-1, 1, 6]);
        expect(filteredIndexes(budget)).toEqual([1, 6]);
    });
});

describe("copy and export text", () => {
    const columns = { name: "Name", id: "Id", type: "Component type", parent: "Parent" };

    it("writes CSV in the grid's column order with quoting, formula guard and no control characters", () => {
        const entries = entriesOf([
            { id: "1", name: 'a, "quoted"', componenttype: 1 },
            { id: "2", name: '=HYPERLINK("x")', parent: "line\nbreak" },
            { id: "3", name: "-1+2", parent: "@SUM(A1)" },
            { id: "4", name: "+1", parent: "bell\u0007end" },
        ]);
        expect(toCsv(entries, [0, 1, 2, 3], columns, labelOf, ",")).toBe(
            "Name,Component type,Id,Parent\r\n" +
                '"a, ""quoted""",Table,1,\r\n' +
                '"\'=HYPERLINK(""x"")",,2,"line\nbreak"\r\n' +
                "'-1+2,,3,'@SUM(A1)\r\n" +
                "'+1,,4,bellend\r\n",
        );
    });

    it("writes the same text a run of entries at a time as at once, in any order of indexes, its progress rising", () => {
        const entries = entriesOf(
            Array.from({ length: 1_000 }, (_, i) => ({ id: `${i}`, name: i % 10 === 0 ? `=n${i}` : `n${i}`, componenttype: (i % 3) + 1 })),
        );
        const indexes = Array.from({ length: 1_000 }, (_, i) => (i * 7) % 1_000);
        for (const format of [csvFormat(";"), clipboardFormat]) {
            const parts: string[] = [];
            const text = new SpreadsheetText(entries, indexes, columns, labelOf, format, { write: (part) => parts.push(part) });
            const progress: number[] = [];
            while (!text.step(37)) progress.push(text.progress);
            expect(progress.length).toBeGreaterThan(20);
            expect([...progress].sort((a, b) => a - b)).toEqual(progress);
            expect(text.remaining).toBe(0);
            // Written as it goes: a piece per step, never the whole text at the end.
            expect(parts.length).toBe(progress.length + 2);
            const once = format === clipboardFormat ? toClipboardText(entries, indexes, columns, labelOf) : toCsv(entries, indexes, columns, labelOf, ";");
            expect(parts.join("")).toBe(once);
        }
    });

    it("separates CSV cells with the user's list separator: a semicolon where the decimal separator is a comma", () => {
        const entries = entriesOf([{ id: "1", name: "a;b, c", componenttype: 2 }]);
        expect(toCsv(entries, [0], columns, labelOf, csvSeparator("de-DE"))).toBe('Name;Component type;Id;Parent\r\n"a;b, c";Column;1;\r\n');
        expect(csvSeparator("en-US")).toBe(",");
    });

    it("copies tab-separated lines of the given entries only, through the same spreadsheet cells", () => {
        expect(toClipboardText(sample, [1, 3], columns, labelOf)).toBe(
            "Name\tComponent type\tId\tParent\nnew_budget\tColumn\t2\tnew_project\nProject Status\tChoice\t4\t",
        );
        const hostile = entriesOf([{ id: "1", name: "=cmd|' /C calc'!A0", parent: "a\tb\u0000c" }]);
        expect(toClipboardText(hostile, [0], columns, labelOf)).toBe("Name\tComponent type\tId\tParent\n'=cmd|' /C calc'!A0\t\t1\ta bc");
    });
});

describe("duplicate marks", () => {
    it("marks every occurrence of an entry that appears more than once in its type, and filters to them", () => {
        const entries = entriesOf(["account", "contact", "account", "lead", "contact", "account"]);
        const grouped = groupDependencies(entries);
        const marks = markDuplicates(entries, grouped);
        expect(Array.from(marks.occurrences)).toEqual([3, 2, 3, 0, 2, 3]);
        expect(marks.repeated).toBe(5);
        expect(countDuplicates(entries, grouped)).toBe(3);
        const only = onlyDuplicates(filterDependencies(entries, grouped, "", labelOf), marks);
        expect(only.matches).toBe(5);
        expect(filteredIndexes(only)).toEqual([0, 1, 2, 4, 5]);
    });

    it("tells the same id apart by type and finds none in a list without repeats", () => {
        const grouped = groupDependencies(sample);
        const marks = markDuplicates(sample, grouped);
        expect(Array.from(marks.occurrences)).toEqual([0, 2, 0, 0, 0, 0, 2]);
        const unique = entriesOf(["a", "b"]);
        expect(markDuplicates(unique, groupDependencies(unique)).repeated).toBe(0);
    });
});

describe("display text", () => {
    it("keeps invisible characters (the row shows them as markers), puts the value on one line and cuts very long text", () => {
        expect(rowText("a\u0000b\u202Ec\u0007")).toBe("a\u0000b\u202Ec\u0007");
        expect(rowText("one\r\ntwo\tthree")).toBe("one two three");
        expect(rowText("x".repeat(1000))).toHaveLength(301);
    });

    it("splits text around every case-insensitive match", () => {
        expect(highlightParts("Budget and budget", "BUDGET")).toEqual([
            { text: "Budget", match: true },
            { text: " and ", match: false },
            { text: "budget", match: true },
        ]);
        expect(highlightParts("a.b", ".")).toEqual([
            { text: "a", match: false },
            { text: ".", match: true },
            { text: "b", match: false },
        ]);
        expect(highlightParts("abc", "")).toEqual([{ text: "abc", match: false }]);
    });

    it("while searching, a value whose first hit lies deep in it is shown from just before the hit", () => {
        const name = `new_${"very_long_name_".repeat(200)}end`;
        expect(fromFirstMatch(name, "NAME_END")).toBe("…e_very_long_name_end");
        // A hit a name column has room for, no hit, or no query: the value as it is.
        expect(fromFirstMatch("msdyn_workorder.new_field13", "field13")).toBe("msdyn_workorder.new_field13");
        expect(fromFirstMatch(name, "absent")).toBe(name);
        expect(fromFirstMatch(name, "  ")).toBe(name);
        // Never cut between the halves of a character outside the basic plane.
        expect(fromFirstMatch("😀".repeat(20) + "hit", "hit")).toBe("…" + "😀".repeat(6) + "hit");
        expect(fromFirstMatch("😀".repeat(20) + "xhit", "hit")).toBe("…" + "😀".repeat(6) + "xhit");
    });
});

describe("system jobs", () => {
    it("asks for the needed columns of the jobs regarding the record, newest first", () => {
        expect(systemJobQuery("abc")).toBe(
            "?$select=asyncoperationid,name,operationtype,statecode,statuscode,message,friendlymessage,createdon,startedon,completedon,retrycount,errorcode&$filter=_regardingobjectid_value eq abc&$orderby=createdon desc&$top=50",
        );
    });

    it("reads rows defensively and prefers the friendly message", () => {
        const job = systemJobOf({
            asyncoperationid: "j1",
            name: "Staged",
            statecode: 3,
            statuscode: "31",
            friendlymessage: "It failed.",
            message: "Trace 0x80040216",
            createdon: "2026-01-02T03:04:05Z",
            startedon: "garbage",
            retrycount: 2,
        });
        expect(job).toMatchObject({ id: "j1", state: 3, status: 31, message: "It failed.", detail: "Trace 0x80040216", retryCount: 2, startedOn: undefined });
        expect(job.createdOn?.toISOString()).toBe("2026-01-02T03:04:05.000Z");
        expect(systemJobOf({})).toMatchObject({ id: "", name: "", state: undefined, message: "", detail: "" });
        expect(allJobsCompleted([job])).toBe(true);
        expect(allJobsCompleted([job, systemJobOf({ statecode: 2 })])).toBe(false);
    });
});

describe("base64", () => {
    it("encodes UTF-8 including non-Latin text and astral characters", () => {
        const text = "Name,Größe,名前,اسم,😀\r\n" + "x".repeat(70_000);
        expect(Buffer.from(utf8Base64(text), "base64").toString("utf8")).toBe(text);
    });

    it("gives the bytes Node gives, across piece boundaries and for lone surrogates (U+FFFD)", () => {
        const texts = ["", "a", "€".repeat(30_001), "\ud800x\udc00y" + "😀".repeat(20_000) + "\ud83d", "ab".repeat(50_000) + "é"];
        for (const text of texts) expect(utf8Base64(text)).toBe(Buffer.from(text, "utf8").toString("base64"));
    });

    it("encodes a file written piece by piece as the whole text, whatever the pieces' byte counts", () => {
        const pieces = ["\ufeff", "Name,Größe\r\n", "a", "€€", "😀x", "é".repeat(40_000), "", "b\r\n"];
        const writer = new Utf8Base64Writer();
        pieces.forEach((piece) => writer.write(piece));
        const whole = Buffer.from(pieces.join(""), "utf8");
        expect(writer.byteLength).toBe(whole.length);
        expect(writer.end()).toBe(whole.toString("base64"));
    });
});
