import { act, fireEvent, screen, within } from "@testing-library/react";
import { StagedDependencyViewer } from "../../../StagedDependencyViewer";
import type { IInputs } from "../../../StagedDependencyViewer/generated/ManifestTypes";
import { mockContext, type ContextOptions, type MockContext } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";
import { COPY_FEEDBACK_MS } from "../../../common/components/CopyButton";

const control = "StagedDependencyViewer";

const SAMPLE = JSON.stringify([
    { id: "11111111-1111-1111-1111-111111111111", name: "new_project", componenttype: 1 },
    { id: "22222222-2222-2222-2222-222222222222", name: "new_budget", componenttype: 2, parent: "new_project" },
    { id: "33333333-3333-3333-3333-333333333333", name: "new_budgetowner", componenttype: 2, parent: "new_project" },
    { id: "44444444-4444-4444-4444-444444444444", name: '<img src=x onerror="alert(1)">', componenttype: 2, parent: "new_project" },
    { id: "55555555-5555-5555-5555-555555555555", name: "new_status", componenttype: 9 },
]);

function context(parameters: ContextOptions["parameters"], options: Partial<ContextOptions> = {}): MockContext<IInputs> {
    return mockContext<IInputs>({ control, ...options, parameters });
}

function mount(ctx: MockContext<IInputs>) {
    return mountControl(new StagedDependencyViewer(), ctx);
}

const rows = () => document.querySelectorAll("[data-dependency-row]");

function typeSearch(text: string): void {
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: text } });
}

afterEach(() => {
    jest.useRealTimers();
});

describe("StagedDependencyViewer list", () => {
    it("groups entries under their component type labels, with counts, and collapses a group", () => {
        const mounted = mount(context({ unprocessedDependencies: SAMPLE }));
        expect(screen.getByText("5 unprocessed dependencies")).toBeTruthy();
        const attributes = screen.getByRole("row", { name: "Column (3)" });
        expect(attributes.getAttribute("aria-expanded")).toBe("true");
        expect(attributes.getAttribute("aria-level")).toBe("1");
        expect(screen.getByRole("row", { name: "Table (1)" })).toBeTruthy();
        expect(screen.getByRole("row", { name: "Choice (1)" })).toBeTruthy();
        expect(screen.getByRole("treegrid").getAttribute("aria-colcount")).toBe("4");
        expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Name", "Component type", "Id", "Parent"]);
        expect(rows()).toHaveLength(5);
        fireEvent.click(attributes);
        expect(screen.getByRole("row", { name: "Column (3)" }).getAttribute("aria-expanded")).toBe("false");
        expect(rows()).toHaveLength(2);
        expect(screen.queryByText("new_budget")).toBeNull();
        mounted.destroy();
    });

    it("renders hostile names as text, never as markup", () => {
        const mounted = mount(context({ unprocessedDependencies: SAMPLE }));
        expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
        expect(document.querySelector("img")).toBeNull();
        mounted.destroy();
    });

    it("filters after typing stops, counts matches and highlights the matched part", () => {
        jest.useFakeTimers();
        const mounted = mount(context({ unprocessedDependencies: SAMPLE }));
        typeSearch("BUDGET");
        // Debounced: nothing changes while the user is still typing.
        expect(rows()).toHaveLength(5);
        act(() => {
            jest.advanceTimersByTime(250);
        });
        expect(screen.getByText("2 of 5 match")).toBeTruthy();
        expect(rows()).toHaveLength(2);
        const marks = Array.from(document.querySelectorAll("mark")).map((m) => m.textContent);
        expect(marks).toEqual(["budget", "budget"]);
        expect(rows()[0].textContent).toContain("new_budget");

        typeSearch("option set"); // the older Dataverse name still finds the type
        act(() => {
            jest.advanceTimersByTime(250);
        });
        expect(screen.getByText("1 of 5 match")).toBeTruthy();
        expect(rows()[0].textContent).toContain("new_status");

        typeSearch("zzz");
        act(() => {
            jest.advanceTimersByTime(250);
        });
        expect(screen.getByText("No dependency matches “zzz”.")).toBeTruthy();
        expect(rows()).toHaveLength(0);

        // A pasted query of 10,000 characters: the sentence repeats its start only, and may wrap.
        typeSearch("q".repeat(10_000));
        act(() => {
            jest.advanceTimersByTime(250);
        });
        const sentence = screen.getByText(/^No dependency matches/);
        expect(sentence.textContent).toBe(`No dependency matches “${"q".repeat(80)}…”.`);
        mounted.destroy();
    });

    it("copies the filtered list to the clipboard", async () => {
        jest.useFakeTimers();
        const writeText = jest.fn(() => Promise.resolve());
        Object.assign(navigator, { clipboard: { writeText } });
        const mounted = mount(context({ unprocessedDependencies: SAMPLE }));
        typeSearch("new_status");
        act(() => {
            jest.advanceTimersByTime(250);
        });
        await act(async () => {
            fireEvent.click(screen.getByRole("button", { name: "Copy the list" }));
            await Promise.resolve();
        });
        expect(writeText).toHaveBeenCalledWith("Name\tComponent type\tId\tParent\nnew_status\tChoice\t55555555-5555-5555-5555-555555555555\t");
        expect(screen.getByText("Copied")).toBeTruthy();
        mounted.destroy();
    });

    it("names the CSV after the operation, as a file name can hold it", async () => {
        const ctx = context({ unprocessedDependencies: SAMPLE, operationName: 'Create new_project: "Phase/2"' });
        const mounted = mount(ctx);
        await act(async () => {
            fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
            await Promise.resolve();
        });
        const [file] = ctx.navigationCalls.find((c) => c.method === "openFile")!.args as [ComponentFramework.FileObject];
        expect(file.fileName).toBe("unprocessed-dependencies-Create-new_project-Phase-2.csv");
        mounted.destroy();
    });

    it("downloads the list as CSV through the host's file API", async () => {
        const ctx = context({ unprocessedDependencies: SAMPLE });
        const mounted = mount(ctx);
        await act(async () => {
            fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
            await Promise.resolve();
        });
        const call = ctx.navigationCalls.find((c) => c.method === "openFile");
        expect(call).toBeTruthy();
        const [file, options] = call!.args as [ComponentFramework.FileObject, ComponentFramework.NavigationApi.OpenFileOptions];
        // Without an operation name on the form, the base name alone.
        expect(file.fileName).toBe("unprocessed-dependencies.csv");
        expect(file.mimeType).toBe("text/csv");
        expect(options).toEqual({ openMode: 2 });
        const bytes = Buffer.from(file.fileContent, "base64");
        expect(file.fileSize).toBe(bytes.length);
        const csv = bytes.toString("utf8");
        expect(csv.startsWith("\ufeffName,Component type,Id,Parent\r\n")).toBe(true);
        expect(csv).toContain("new_budget,Column,22222222-2222-2222-2222-222222222222,new_project\r\n");
        expect(csv.split("\r\n")).toHaveLength(7);
        mounted.destroy();
    });

    it("prepares the file of a large list in slices, showing its progress, and hands over every line", async () => {
        jest.useFakeTimers();
        const names = Array.from({ length: 25_000 }, (_, i) => `new_component_${i}`);
        const ctx = context({ unprocessedDependencies: JSON.stringify(names) });
        const mounted = mount(ctx);
        const button = screen.getByRole("button", { name: "Download CSV" });
        fireEvent.click(button);
        expect(screen.getByText(/^Preparing the file \(\d+%\)$/)).toBeTruthy();
        expect(button.getAttribute("aria-disabled")).toBe("true");
        expect(ctx.navigationCalls.some((c) => c.method === "openFile")).toBe(false);
        for (let slice = 0; slice < 1_000 && !ctx.navigationCalls.some((c) => c.method === "openFile"); slice++) {
            await act(async () => {
                jest.advanceTimersByTime(50);
                await Promise.resolve();
            });
        }
        const call = ctx.navigationCalls.find((c) => c.method === "openFile");
        expect(call).toBeTruthy();
        const csv = Buffer.from((call!.args[0] as ComponentFramework.FileObject).fileContent, "base64").toString("utf8");
        const lines = csv.split("\r\n");
        expect(lines).toHaveLength(25_002);
        expect(lines[1]).toBe("new_component_0,,,");
        expect(lines[25_000]).toBe("new_component_24999,,,");
        expect(screen.queryByText(/Preparing the file/)).toBeNull();
        expect(button.getAttribute("aria-disabled")).toBeNull();
        mounted.destroy();
    });

    it("stops preparing a large list's file when the control goes away", () => {
        jest.useFakeTimers();
        const names = Array.from({ length: 25_000 }, (_, i) => `new_component_${i}`);
        const ctx = context({ unprocessedDependencies: JSON.stringify(names) });
        const mounted = mount(ctx);
        fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
        expect(screen.getByText(/^Preparing the file/)).toBeTruthy();
        const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
        try {
            mounted.destroy();
            jest.advanceTimersByTime(60_000);
            // Nothing of the export ran on: no file, and no state set on the unmounted view.
            expect(errors).not.toHaveBeenCalled();
        } finally {
            errors.mockRestore();
        }
        expect(ctx.navigationCalls.some((c) => c.method === "openFile")).toBe(false);
    });

    it("says so when the file cannot be saved", async () => {
        const ctx = context({ unprocessedDependencies: SAMPLE });
        ctx.navigation.openFile = () => Promise.reject(new Error("blocked"));
        const mounted = mount(ctx);
        await act(async () => {
            fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
            await Promise.resolve();
            await Promise.resolve();
        });
        expect(screen.getByRole("alert").textContent).toBe("Could not download the file.");
        mounted.destroy();
    });

    it("downloads the list in the browser where the host has no file API", async () => {
        const ctx = context({ unprocessedDependencies: SAMPLE });
        delete (ctx.navigation as Partial<ComponentFramework.Navigation>).openFile;
        const blobs: Blob[] = [];
        const createObjectURL = jest.fn((blob: Blob) => {
            blobs.push(blob);
            return "blob:dependencies";
        });
        const revokeObjectURL = jest.fn();
        const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
        Object.assign(URL, { createObjectURL, revokeObjectURL });
        const clicked: { download: string; href: string }[] = [];
        const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
            clicked.push({ download: this.download, href: this.href });
        });
        const mounted = mount(ctx);
        await act(async () => {
            fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
            await Promise.resolve();
        });
        expect(clicked).toEqual([{ download: "unprocessed-dependencies.csv", href: "blob:dependencies" }]);
        expect(blobs[0].type).toBe("text/csv;charset=utf-8");
        expect(screen.queryByRole("alert")).toBeNull();
        expect(document.querySelector("a[download]")).toBeNull();
        await act(async () => {
            await new Promise((resolve) => setTimeout(resolve, 0));
        });
        expect(revokeObjectURL).toHaveBeenCalledWith("blob:dependencies");
        click.mockRestore();
        Object.assign(URL, original);
        mounted.destroy();
    });

    it("keeps only a window of rows in the DOM for 100,000 entries", async () => {
        const big = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => ({ id: String(i), name: `component_${i}`, componenttype: (i % 4) + 1 })));
        const mounted = mount(context({ unprocessedDependencies: big }));
        expect(await screen.findByText("100,000 unprocessed dependencies", undefined, { timeout: 30_000 })).toBeTruthy();
        expect(rows().length).toBeGreaterThan(0);
        expect(rows().length).toBeLessThanOrEqual(100);
        mounted.destroy();
    }, 120_000);

    it("moves between rows with the arrow keys", () => {
        // jsdom has no layout; FocusZone picks the next row by position, so give rows their stacked boxes.
        const layout = jest.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (this: Element) {
            const index = Array.from(rows()).indexOf(this);
            const top = Math.max(index, 0) * 32;
            return { top, bottom: top + 32, left: 0, right: 300, width: 300, height: index < 0 ? 0 : 32, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
        });
        // Fluent counts only elements with a size as visible (focusable).
        const offsetHeight = jest.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockReturnValue(32);
        const mounted = mount(context({ unprocessedDependencies: '["alpha","beta","gamma"]' }));
        const [first, second, third] = Array.from(rows()) as HTMLElement[];
        act(() => first.focus());
        fireEvent.keyDown(first, { key: "ArrowDown", keyCode: 40, which: 40 });
        expect(document.activeElement).toBe(second);
        fireEvent.keyDown(second, { key: "ArrowDown", keyCode: 40, which: 40 });
        expect(document.activeElement).toBe(third);
        fireEvent.keyDown(third, { key: "ArrowUp", keyCode: 38, which: 38 });
        expect(document.activeElement).toBe(second);
        mounted.destroy();
        layout.mockRestore();
        offsetHeight.mockRestore();
    });

    it("notes duplicates and a cut-off value", () => {
        const mounted = mount(context({ unprocessedDependencies: '["a","b","a","c' }));
        expect(screen.getByText("The value appears to be cut off; showing the 3 complete entries before the cut.")).toBeTruthy();
        expect(screen.getByText("1 entry repeats an earlier entry.")).toBeTruthy();
        mounted.destroy();
    });
});

describe("StagedDependencyViewer rows", () => {
    it("opens and closes a group with the right and left arrow keys (and the reverse in right-to-left)", () => {
        const mounted = mount(context({ unprocessedDependencies: SAMPLE }));
        // Found once by its role and name; then by its key (a role query in jsdom costs about a second here).
        const key = screen.getByRole("row", { name: "Column (3)" }).getAttribute("data-dependency-group");
        const group = () => document.querySelector(`[data-dependency-group="${key}"]`) as HTMLElement;
        // The chevron is the product's icon, hidden from assistive technology, and no glyph in the row's text.
        expect(group().querySelector("[data-icon-name='ChevronDown'][aria-hidden='true']")).not.toBeNull();
        expect(group().textContent).not.toContain("▾");
        fireEvent.keyDown(group(), { key: "ArrowLeft" });
        expect(group().getAttribute("aria-expanded")).toBe("false");
        expect(group().querySelector("[data-icon-name='ChevronRight']")).not.toBeNull();
        expect(rows()).toHaveLength(2);
        fireEvent.keyDown(group(), { key: "ArrowLeft" });
        expect(group().getAttribute("aria-expanded")).toBe("false");
        fireEvent.keyDown(group(), { key: "ArrowRight" });
        expect(group().getAttribute("aria-expanded")).toBe("true");
        expect(rows()).toHaveLength(5);
        fireEvent.keyDown(group(), { key: "Enter" });
        expect(group().getAttribute("aria-expanded")).toBe("false");
        mounted.destroy();
        const rtl = mount(context({ unprocessedDependencies: SAMPLE }, { isRTL: true }));
        expect(screen.getByRole("row", { name: "Column (3)" })).toBe(group());
        fireEvent.keyDown(group(), { key: "ArrowRight" });
        expect(group().getAttribute("aria-expanded")).toBe("false");
        fireEvent.keyDown(group(), { key: "ArrowLeft" });
        expect(group().getAttribute("aria-expanded")).toBe("true");
        rtl.destroy();
    });

    it("puts name, type, id and parent in their own cells, each value whole in its tooltip, at every width", () => {
        const long = `new_${"very_long_name_".repeat(200)}end`;
        const value = JSON.stringify([{ id: "66666666-6666-6666-6666-666666666666", name: long, componenttype: 2, parent: "account" }]);
        for (const allocatedWidth of [880, 320]) {
            const mounted = mount(context({ unprocessedDependencies: value }, { allocatedWidth }));
            const row = rows()[0];
            const cells = within(row as HTMLElement).getAllByRole("gridcell");
            expect(cells.map((cell) => cell.textContent)).toEqual([
                expect.stringContaining("new_very_long_name_"),
                "Column",
                "66666666-6666-6666-6666-666666666666",
                "account",
            ]);
            const titles = Array.from(row.querySelectorAll(".aops-dependency-value"), (element) => element.getAttribute("title"));
            // The whole value as read (the reader keeps up to 2,000 characters of a field), far beyond what a row shows.
            expect(titles[0]?.length).toBeGreaterThan(1900);
            expect(long.startsWith(titles[0] ?? "-")).toBe(true);
            expect(titles.slice(1)).toEqual(["Column\nDataverse name: Attribute (type 2)", "66666666-6666-6666-6666-666666666666", "account"]);
            mounted.destroy();
        }
    });

    it("shows a chosen entry's values whole below the list, for touch screens and narrow forms", () => {
        const long = `new_${"very_long_name_".repeat(30)}end`;
        const value = JSON.stringify([{ id: "66666666-6666-6666-6666-666666666666", name: long, componenttype: 2, parent: "account" }, "other"]);
        const mounted = mount(context({ unprocessedDependencies: value }, { allocatedWidth: 320 }));
        expect(screen.queryByRole("region", { name: "The chosen dependency in full" })).toBeNull();
        fireEvent.click(rows()[0]);
        const details = screen.getByRole("region", { name: "The chosen dependency in full" });
        expect(details.textContent).toContain(long);
        expect(details.textContent).toContain("Column (Dataverse name: Attribute (type 2))");
        expect(details.textContent).toContain("66666666-6666-6666-6666-666666666666");
        expect(rows()[0].getAttribute("aria-selected")).toBe("true");
        fireEvent.keyDown(rows()[0], { key: "Enter" });
        expect(screen.queryByRole("region", { name: "The chosen dependency in full" })).toBeNull();
        fireEvent.keyDown(rows()[0], { key: " " });
        fireEvent.click(within(screen.getByRole("region", { name: "The chosen dependency in full" })).getByRole("button", { name: "Close" }));
        expect(screen.queryByRole("region", { name: "The chosen dependency in full" })).toBeNull();
        mounted.destroy();
    });

    it("shows invisible characters in names as code points, and the search still finds the name", () => {
        jest.useFakeTimers();
        const value = JSON.stringify([
            { name: "Invoice\u202Etxt.exe", componenttype: 61 },
            { name: "zero\u200Bwidth", componenttype: 61 },
            { name: "plain", componenttype: 61 },
            { name: "typed", componenttype: "Gad\u202Eget" },
        ]);
        const mounted = mount(context({ unprocessedDependencies: value }));
        // In a name and in a type as written (its group's header).
        expect(screen.getAllByRole("img", { name: "Invisible character U+202E" })).toHaveLength(3);
        expect(screen.getByRole("img", { name: "Invisible character U+200B" })).toBeTruthy();
        expect(document.body.textContent).not.toContain("\u202E");
        typeSearch("zero\u200Bwid");
        act(() => {
            jest.advanceTimersByTime(250);
        });
        expect(screen.getByText("1 of 4 match")).toBeTruthy();
        expect(rows()[0].textContent).toContain("U+200B");
        mounted.destroy();
    });

    it("counts repeats in the user's digits", async () => {
        const mounted = mount(context({ unprocessedDependencies: JSON.stringify(["account", "account", "account"]) }, { languageId: 1025, isRTL: true }));
        await screen.findAllByText("٣ مرات");
        expect(screen.queryByText("3 مرات")).toBeNull();
        mounted.destroy();
    });

    it("marks every repeated entry with how often it appears, and filters to them", async () => {
        const mounted = mount(context({ unprocessedDependencies: JSON.stringify(["account", "contact", "account", "lead", "contact", "account"]) }));
        expect(screen.getByText("3 entries repeat an earlier entry.")).toBeTruthy();
        const toggle = await screen.findByRole("button", { name: "Only the 5 entries that appear more than once" });
        expect(screen.getAllByRole("img", { name: "Appears 3 times in the list" })).toHaveLength(3);
        expect(screen.getAllByRole("img", { name: "Appears 2 times in the list" })).toHaveLength(2);
        expect(screen.getAllByText("3 times")).toHaveLength(3);
        const lead = Array.from(rows()).find((row) => row.textContent === "lead");
        expect(lead).toBeTruthy();
        expect(toggle.getAttribute("aria-pressed")).toBe("false");
        fireEvent.click(toggle);
        expect(screen.getByRole("button", { name: "Only the 5 entries that appear more than once" }).getAttribute("aria-pressed")).toBe("true");
        expect(rows()).toHaveLength(5);
        expect(screen.getByText("5 of 6 match")).toBeTruthy();
        expect(Array.from(rows()).some((row) => row.textContent?.startsWith("lead"))).toBe(false);
        fireEvent.click(screen.getByRole("button", { name: "Only the 5 entries that appear more than once" }));
        expect(rows()).toHaveLength(6);
        mounted.destroy();
    });

    it("says Copied beside the button for a few seconds, then takes it away", async () => {
        jest.useFakeTimers();
        Object.assign(navigator, { clipboard: { writeText: jest.fn(() => Promise.resolve()) } });
        const mounted = mount(context({ unprocessedDependencies: SAMPLE }));
        await act(async () => {
            fireEvent.click(screen.getByRole("button", { name: "Copy the list" }));
            await Promise.resolve();
        });
        const status = screen.getByText("Copied");
        expect(status.getAttribute("role")).toBe("status");
        act(() => {
            jest.advanceTimersByTime(COPY_FEEDBACK_MS + 10);
        });
        expect(screen.queryByText("Copied")).toBeNull();
        mounted.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });
});

describe("StagedDependencyViewer states and context", () => {
    it("shows a restricted value as restricted, and prose as raw text with a note", () => {
        const mounted = mount(context({ unprocessedDependencies: { raw: SAMPLE, readable: false } }));
        expect(screen.getByText("Restricted")).toBeTruthy();
        expect(rows()).toHaveLength(0);
        const prose = "Waiting for the import of the managed solution to complete before the remaining work continues.";
        mounted.update(context({ unprocessedDependencies: prose }));
        expect(screen.getByText("This value is not a list this control recognizes; it is shown as text.")).toBeTruthy();
        expect(screen.getByText(prose)).toBeTruthy();
        mounted.update(context({ unprocessedDependencies: "[{broken" }));
        expect(screen.getByText("This value looks like JSON but could not be read; it is shown as text.")).toBeTruthy();
        mounted.destroy();
    });

    it("shows the operation name, the staged component's type and the job status", () => {
        const mounted = mount(context({ unprocessedDependencies: "", operationName: "Create new_project", componentType: 1, asyncJobStatus: 20 }));
        expect(screen.getByText("Create new_project")).toBeTruthy();
        expect(screen.getByText("Table")).toBeTruthy();
        expect(screen.getByText("In Progress")).toBeTruthy();
        mounted.update(context({ unprocessedDependencies: "", componentType: 777, asyncJobStatus: 99 }));
        expect(screen.getByText("Unknown type 777")).toBeTruthy();
        expect(screen.getByText("Unknown (99)")).toBeTruthy();
        mounted.destroy();
    });

    it("shows the operation's columns that field security hides as restricted, with the reason for screen readers", () => {
        const mounted = mount(
            context({
                unprocessedDependencies: "",
                operationName: { raw: "Secret operation", readable: false },
                componentType: { raw: 1, readable: false },
                asyncJobStatus: { raw: 20, readable: false },
            }),
        );
        const operation = document.querySelector(".aops-operation") as HTMLElement;
        expect(within(operation).getAllByText("Restricted")).toHaveLength(3);
        expect(operation.textContent).toContain("You do not have permission to see this value.");
        expect(operation.textContent).not.toContain("Secret operation");
        expect(within(operation).queryByText("Table")).toBeNull();
        expect(within(operation).queryByText("In Progress")).toBeNull();
        mounted.destroy();
    });

    it("speaks the user's language, lays out right to left and in dark and phone layouts", () => {
        const mounted = mount(
            context(
                { unprocessedDependencies: SAMPLE, componentType: 1, asyncJobStatus: 31 },
                { languageId: 1031, isRTL: true, dark: true, allocatedWidth: 320 },
            ),
        );
        expect(screen.getAllByText("Tabelle").length).toBeGreaterThan(0);
        expect(screen.getByText("Fehlgeschlagen")).toBeTruthy();
        expect(screen.getByRole("row", { name: "Spalte (3)" })).toBeTruthy();
        const root = screen.getByRole("region");
        expect(root.getAttribute("dir")).toBe("rtl");
        expect(root.getAttribute("data-compact")).toBe("true");
        expect(within(root).getByRole("searchbox").getAttribute("placeholder")).toBe("Nach Name, ID oder Typ filtern");
        mounted.destroy();
    });
});
