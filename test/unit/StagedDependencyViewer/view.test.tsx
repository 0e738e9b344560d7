import { act, fireEvent, screen } from "@testing-library/react";
import { SAMPLE, context, mount, rows, typeSearch } from "./viewFixtures";

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
