// The viewer's rows (names, types, ids, parents, details) and its states and operation context.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { COPY_FEEDBACK_MS } from "../../../common/components/CopyButton";
import { SAMPLE, context, mount, rows, typeSearch } from "./viewFixtures";

afterEach(() => {
    jest.useRealTimers();
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
