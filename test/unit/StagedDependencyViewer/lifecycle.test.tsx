// The viewer's lifecycle: one parse per value, and hosts without the optional APIs.
import { fireEvent, screen } from "@testing-library/react";
import type { IInputs } from "../../../StagedDependencyViewer/generated/ManifestTypes";
import { MAX_DEPENDENCY_CHARS } from "../../../StagedDependencyViewer/model/parseDependencies";
import { SYNC_PARSE_MAX_CHARS } from "../../../StagedDependencyViewer/model/scanDependencies";
import { withParameters, type MockContext } from "../../host/mockContext";
import { OTHER_ID, RECORD_ID, advance, context, job, jobReads, jobsApi, mount, settle, withFakeTimers } from "./lifecycleFixtures";

withFakeTimers();

describe("StagedDependencyViewer lifecycle: parsing once", () => {
    it("counts the dependencies and says when nothing is left", () => {
        const mounted = mount(context({ unprocessedDependencies: '["account","contact","lead"]' }));
        expect(screen.getByText("3 unprocessed dependencies")).toBeTruthy();
        mounted.update(context({ unprocessedDependencies: "" }));
        expect(screen.getByText("Nothing left to process.")).toBeTruthy();
        mounted.destroy();
    });

    it("parses a value once across 100 updateView calls, and again only when it changes", () => {
        const value = JSON.stringify(Array.from({ length: 5_000 }, (_, i) => ({ id: String(i), name: `n${i}`, componenttype: 2 })));
        const first = context({ unprocessedDependencies: value, asyncJobStatus: 20 });
        const mounted = mount(first);
        expect(mounted.instance.parses).toBe(1);
        for (let i = 0; i < 100; i++) {
            // A new context each time, a copy of the same text, other columns changing: as the host does.
            mounted.update(withParameters(first, { unprocessedDependencies: value.slice(0), asyncJobStatus: i % 2 === 0 ? 20 : 30 }));
        }
        expect(mounted.instance.parses).toBe(1);
        expect(screen.getByText("5,000 unprocessed dependencies")).toBeTruthy();
        mounted.update(withParameters(first, { unprocessedDependencies: '["changed"]' }));
        expect(mounted.instance.parses).toBe(2);
        expect(screen.getByText("1 unprocessed dependency")).toBeTruthy();
        mounted.destroy();
    });

    /** Values of several million characters: slow to build and read on a loaded machine. */
    const large = (count: number) =>
        JSON.stringify(
            Array.from({ length: count }, (_, i) => ({
                id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
                name: `component_number_${i}`,
                componenttype: (i % 3) + 1,
            })),
        );
    const entryCount = (factor: number) => Math.ceil((factor * SYNC_PARSE_MAX_CHARS) / (large(1).length - 1));
    const rowTexts = () => Array.from(document.querySelectorAll("[data-dependency-row]"), (row) => row.textContent ?? "");

    it("reads a very large value in slices: the first entries show in order while the rest is read, then the grouped list", async () => {
        const count = entryCount(12);
        const value = large(count);
        expect(value.length).toBeGreaterThan(11 * SYNC_PARSE_MAX_CHARS);
        const mounted = mount(context({ unprocessedDependencies: value }));
        expect(screen.getByText("Reading the dependencies…")).toBeTruthy();
        expect(rowTexts()).toHaveLength(0);
        await advance(1);
        // Still reading, and the first entries show, in the order of the value, with how many are read so far.
        expect(screen.getByText("Reading the dependencies…")).toBeTruthy();
        expect(Number(screen.getByRole("progressbar").getAttribute("aria-valuenow"))).toBeGreaterThan(0);
        const early = rowTexts();
        expect(early.length).toBeGreaterThan(0);
        early.forEach((text, i) => expect(text).toContain(`component_number_${i}`));
        expect(screen.getByRole("status").textContent).toMatch(/^[\d,]+ read so far/);
        // No group header claims a count while counting.
        expect(document.querySelector("[data-dependency-group]")).toBeNull();
        for (let i = 0; i < 40 && screen.queryByText("Reading the dependencies…"); i++) await advance(1);
        expect(screen.getByText(`${count.toLocaleString("en-US")} unprocessed dependencies`)).toBeTruthy();
        // The largest group (every third entry) counts all of its entries once the read completes.
        const header = document.querySelector("[data-dependency-group]")?.textContent ?? "";
        expect(header).toContain(`(${Math.ceil(count / 3).toLocaleString("en-US")})`);
        expect(mounted.instance.parses).toBe(1);
        mounted.destroy();
        expect(jest.getTimerCount()).toBe(0);
    }, 120_000);

    it("drops a reading at once when the value is replaced mid-read: nothing of the old value shows again", async () => {
        const mounted = mount(context({ unprocessedDependencies: large(entryCount(12)) }));
        await advance(1);
        expect(rowTexts().length).toBeGreaterThan(0);
        mounted.update(context({ unprocessedDependencies: '["replacement"]' }));
        expect(screen.getByText("1 unprocessed dependency")).toBeTruthy();
        for (let i = 0; i < 10; i++) await advance(1);
        expect(screen.getByText("1 unprocessed dependency")).toBeTruthy();
        expect(rowTexts()).toEqual(["replacement"]);
        mounted.destroy();
        expect(jest.getTimerCount()).toBe(0);
    }, 120_000);

    it("shows the malformed-value message when the value breaks late, after its first entries showed", async () => {
        const value = large(entryCount(12));
        const at = value.lastIndexOf("},{", value.length - 2000);
        const broken = `${value.slice(0, at)}},oops,{${value.slice(at + 3)}`;
        const mounted = mount(context({ unprocessedDependencies: broken }));
        await advance(1);
        expect(rowTexts().length).toBeGreaterThan(0);
        for (let i = 0; i < 40 && screen.queryByText("Reading the dependencies…"); i++) await advance(1);
        expect(screen.queryByText("Reading the dependencies…")).toBeNull();
        expect(rowTexts()).toHaveLength(0);
        expect(screen.getByText("This value looks like JSON but could not be read; it is shown as text.")).toBeTruthy();
        mounted.destroy();
        expect(jest.getTimerCount()).toBe(0);
    }, 120_000);

    it("stops a large reading when the control is destroyed", async () => {
        const value = JSON.stringify(Array.from({ length: 600_000 }, (_, i) => `name_of_component_${i}`));
        expect(value.length).toBeGreaterThan(11 * SYNC_PARSE_MAX_CHARS);
        const mounted = mount(context({ unprocessedDependencies: value }));
        await advance(1);
        expect(screen.getByText("Reading the dependencies…")).toBeTruthy();
        mounted.destroy();
        expect(jest.getTimerCount()).toBe(0);
    }, 120_000);

    it("refuses a value beyond the limit with a clear message", async () => {
        const mounted = mount(context({ unprocessedDependencies: "a".repeat(MAX_DEPENDENCY_CHARS + 1) }));
        await settle(); // the message bar renders its text a tick later
        expect(screen.getByText(/This list is too large to show here \(150,000,001 characters; the limit is 150,000,000\)/)).toBeTruthy();
        mounted.destroy();
    });
});

describe("StagedDependencyViewer lifecycle: hosts without optional APIs", () => {
    it("starts and renders where the host cannot track the container's size, or fails to", () => {
        const without = context({ unprocessedDependencies: '["account","contact"]' });
        delete (without.mode as Partial<ComponentFramework.Mode>).trackContainerResize;
        const mounted = mount(without);
        expect(screen.getByText("2 unprocessed dependencies")).toBeTruthy();
        mounted.destroy();

        const failing = context({ unprocessedDependencies: '["account"]' });
        failing.mode.trackContainerResize = () => {
            throw new Error("not supported here");
        };
        const second = mount(failing);
        expect(screen.getByText("1 unprocessed dependency")).toBeTruthy();
        second.destroy();
    });

    it("asks the host for resize updates where it can", () => {
        const ctx = context({ unprocessedDependencies: "" });
        const track = jest.fn();
        ctx.mode.trackContainerResize = track;
        const mounted = mount(ctx);
        expect(track).toHaveBeenCalledWith(true);
        mounted.destroy();
    });

    it("opens a job through the navigation of the latest context, and leaves the form as it is without one", async () => {
        const api = jobsApi([job({ statecode: 3, statuscode: 30 })]);
        const record = { entityName: "stagedmetadataasyncoperation", id: RECORD_ID };
        const first = context({ unprocessedDependencies: '["a"]' }, { webAPI: api, record });
        const mounted = mount(first);
        await settle();
        const later = context({ unprocessedDependencies: '["a"]' }, { webAPI: api, record });
        mounted.update(later);
        fireEvent.click(screen.getByRole("button", { name: "Open system job Process staged metadata" }));
        expect(first.navigationCalls).toEqual([]);
        expect(later.navigationCalls).toEqual([{ method: "openForm", args: [{ entityName: "asyncoperation", entityId: "j-1" }] }]);

        const withoutNavigation = { ...later, navigation: undefined } as unknown as MockContext<IInputs>;
        mounted.update(withoutNavigation);
        expect(() => fireEvent.click(screen.getByRole("button", { name: "Open system job Process staged metadata" }))).not.toThrow();
        expect(later.navigationCalls).toHaveLength(1);
        mounted.destroy();
    });

    it("reads the system jobs of the new record when the form shows another one, and stops the old loop", async () => {
        const api = jobsApi([job({}), job({ asyncoperationid: "j-2", name: "Other record's job", _regardingobjectid_value: OTHER_ID })]);
        const mounted = mount(
            context({ unprocessedDependencies: '["a"]' }, { webAPI: api, record: { entityName: "stagedmetadataasyncoperation", id: RECORD_ID } }),
        );
        await settle();
        expect(screen.getByText("Process staged metadata")).toBeTruthy();
        mounted.update(context({ unprocessedDependencies: '["a"]' }, { webAPI: api, record: { entityName: "stagedmetadataasyncoperation", id: OTHER_ID } }));
        await settle();
        expect(screen.getByText("Other record's job")).toBeTruthy();
        expect(screen.queryByText("Process staged metadata")).toBeNull();
        expect(jobReads(api).map((c) => c.options?.includes(OTHER_ID))).toEqual([false, true]);
        await advance(15_000);
        // One loop left: the new record's.
        expect(jobReads(api).map((c) => c.options?.includes(OTHER_ID))).toEqual([false, true, true]);
        mounted.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });
});
