import { READ_TIMEOUT_MS } from "../../../common/sources/refreshSource";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { OperationStatusTimeline } from "../../../OperationStatusTimeline";
import type { IInputs } from "../../../OperationStatusTimeline/generated/ManifestTypes";
import { mockContext, withParameters } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";
import { DataverseError, FakeWebApi } from "../../host/fakeWebApi";
import { resxStrings } from "../../host/resx";
import { ID, advance, control, english, record, row, settle, setup, statusBadge, withTimelineClock } from "./timelineFixtures";

withTimelineClock();

describe("OperationStatusTimeline lifecycle", () => {
    it("shows the status label from the option set metadata and follows updates", () => {
        const context = mockContext<IInputs>({
            control,
            webAPI: null,
            parameters: { statusReason: { raw: 20, options: [{ Value: 20, Label: "Running (Sales)" }] } },
        });
        const mounted = mountControl(new OperationStatusTimeline(), context);
        expect(statusBadge()).toContain("Running (Sales)");
        mounted.update(withParameters(context, { statusReason: { raw: 31 } }));
        expect(statusBadge()).toContain("Failed");
        act(() => mounted.destroy());
    });

    it("labels unknown values and masked fields without failing", () => {
        const context = mockContext<IInputs>({ control, webAPI: null, parameters: { statusReason: 77 } });
        const mounted = mountControl(new OperationStatusTimeline(), context);
        expect(statusBadge()).toContain("Unknown (77)");
        mounted.update(withParameters(context, { statusReason: { raw: 30, readable: false } }));
        expect(screen.getAllByText("Restricted").length).toBeGreaterThan(0);
        act(() => mounted.destroy());
    });

    it("re-reads the row every refreshSeconds and shows the fresh values and when they were read", async () => {
        const { api, mounted, table } = setup({ statusReason: 0, refreshSeconds: 20 });
        await settle();
        expect(api.calls).toHaveLength(1);
        expect(api.calls[0]).toMatchObject({ method: "retrieveRecord", entity: "backgroundoperation", id: ID });
        expect(api.calls[0].options).toMatch(/^\?\$select=backgroundoperationstatuscode,/);
        expect(api.calls[0].options).not.toContain("partitionId");
        expect(screen.getByText(/^Updated Mar 1, 2024, 10:30:00\sAM$/)).toBeTruthy();

        Object.assign(table[0], { backgroundoperationstatuscode: 20, backgroundoperationstatecode: 2, starttime: "2024-03-01T10:30:10Z", retrycount: 1 });
        await advance(19_000);
        expect(api.calls).toHaveLength(1);
        await advance(1_000);
        expect(api.calls).toHaveLength(2);
        expect(statusBadge()).toContain("In Progress");
        expect(screen.getByText("Retry 1 of 3")).toBeTruthy();
        expect(screen.getByText(/^Updated Mar 1, 2024, 10:30:20\sAM$/)).toBeTruthy();
        act(() => mounted.destroy());
    });

    it("reads a partitioned row within its partition", async () => {
        const { api, mounted } = setup({ statusReason: 0, partitionId: "tenant-42" });
        await settle();
        expect(api.calls[0].options).toMatch(/&partitionId=tenant-42$/);
        act(() => mounted.destroy());
    });

    it("reads within the partition once the form knows it", async () => {
        const { api, context, mounted } = setup({ statusReason: 0, partitionId: null });
        await settle();
        expect(api.calls[0].options).not.toContain("partitionId");
        act(() => mounted.update(withParameters(context, { partitionId: "tenant-7" })));
        await settle();
        expect(api.calls[api.calls.length - 1].options).toMatch(/&partitionId=tenant-7$/);
        await advance(15_000);
        expect(api.calls.every((c, i) => i === 0 || c.options?.endsWith("&partitionId=tenant-7"))).toBe(true);
        act(() => mounted.destroy());
        expect(jest.getTimerCount()).toBe(0);
    });

    it("starts reading when the saved record appears, and keeps one source while the row stays", async () => {
        const api = new FakeWebApi({ backgroundoperation: [row()] });
        const unsaved = mockContext<IInputs>({ control, parameters: { statusReason: 0, refreshSeconds: 20 }, webAPI: api, record: null });
        const mounted = mountControl(new OperationStatusTimeline(), unsaved);
        await advance(60_000);
        expect(api.calls).toHaveLength(0);
        const saved = mockContext<IInputs>({ control, parameters: { statusReason: 0, refreshSeconds: 20 }, webAPI: api, record });
        act(() => mounted.update(saved));
        await settle();
        expect(api.calls).toHaveLength(1);
        // Later updateViews of the same row read on the same schedule, with no extra read.
        act(() => mounted.update(withParameters(saved, { retryCount: 0 })));
        await advance(19_000);
        expect(api.calls).toHaveLength(1);
        await advance(1_000);
        expect(api.calls).toHaveLength(2);
        act(() => mounted.destroy());
        expect(jest.getTimerCount()).toBe(0);
    });

    it("takes a new refresh interval without reading again at once", async () => {
        const { api, context, mounted } = setup({ statusReason: 0, refreshSeconds: 20 });
        await settle();
        expect(api.calls).toHaveLength(1);
        act(() => mounted.update(withParameters(context, { refreshSeconds: 60 })));
        await settle();
        expect(api.calls).toHaveLength(1);
        await advance(59_000);
        expect(api.calls).toHaveLength(1);
        await advance(1_000);
        expect(api.calls).toHaveLength(2);
        act(() => mounted.destroy());
    });

    it("stops at a terminal state", async () => {
        const { api, mounted, table } = setup({ statusReason: 20 });
        await settle();
        Object.assign(table[0], { backgroundoperationstatuscode: 30, backgroundoperationstatecode: 3, endtime: "2024-03-01T10:30:05Z" });
        await advance(15_000);
        expect(statusBadge()).toContain("Succeeded");
        const calls = api.calls.length;
        await advance(600_000);
        expect(api.calls).toHaveLength(calls);
        expect(jest.getTimerCount()).toBe(0);
        act(() => mounted.destroy());
    });

    it("does not poll a run that is already finished on the form", async () => {
        const { api, mounted } = setup({ statusReason: 31 });
        await advance(60_000);
        expect(api.calls).toHaveLength(0);
        act(() => mounted.destroy());
    });

    it("backs off after failures and says so quietly: Dataverse's message, any other failure as a sentence", async () => {
        const { api, mounted } = setup({ statusReason: 0 });
        // A plain Error is the network stack's or the engine's text, not a message from Dataverse.
        api.failures.push(new Error("Network down"), new DataverseError("Der Dienst ist vorübergehend nicht verfügbar.", 503, -2147204784));
        await settle();
        // The failure is announced once; the time to the next try counts down beside it, outside the live region.
        const status = () => document.querySelector(".aops-refresh [role='status']")?.textContent;
        const countdown = () => document.querySelector(".aops-refresh-retry")?.textContent;
        expect(status()).toBe("Could not refresh.");
        expect(countdown()).toBe("Trying again in 30 seconds.");
        expect(document.querySelector(".aops-refresh-retry")?.closest("[aria-live]")).toBeNull();
        expect(screen.queryByText(/Network down/)).toBeNull();
        fireEvent.click(screen.getByRole("button", { name: english.Error_TechnicalDetails }));
        expect(screen.getByText("Network down")).toBeTruthy();
        await advance(10_000);
        expect(countdown()).toBe("Trying again in 20 seconds.");
        expect(status()).toBe("Could not refresh.");
        await advance(19_000);
        expect(api.calls).toHaveLength(1);
        await advance(1_000);
        expect(api.calls).toHaveLength(2);
        expect(status()).toBe("Could not refresh (Der Dienst ist vorübergehend nicht verfügbar.).");
        expect(countdown()).toBe("Trying again in 1 minute.");
        await advance(60_000);
        expect(api.calls).toHaveLength(3);
        expect(screen.getByText(/^Updated /)).toBeTruthy();
        act(() => mounted.destroy());
    });

    it("keeps one request in flight at most", async () => {
        const { api, mounted } = setup({ statusReason: 0, refreshSeconds: 5 }, { hold: true });
        await settle();
        expect(screen.getByText(english.Refresh_Loading)).toBeTruthy();
        await advance(READ_TIMEOUT_MS - 1_000);
        expect(api.calls).toHaveLength(1);
        api.release();
        await settle();
        expect(screen.getByText(/^Updated /)).toBeTruthy();
        act(() => mounted.destroy());
    });

    it("pauses while the page is hidden and reads at once when it is shown again", async () => {
        const visibility = jest.spyOn(document, "visibilityState", "get").mockReturnValue("visible");
        try {
            const { api, mounted } = setup({ statusReason: 0 });
            await settle();
            visibility.mockReturnValue("hidden");
            act(() => {
                document.dispatchEvent(new Event("visibilitychange"));
            });
            expect(screen.getByText(/Refresh paused while the page is hidden/)).toBeTruthy();
            await advance(600_000);
            expect(api.calls).toHaveLength(1);
            visibility.mockReturnValue("visible");
            act(() => {
                document.dispatchEvent(new Event("visibilitychange"));
            });
            await settle();
            expect(api.calls).toHaveLength(2);
            act(() => mounted.destroy());
        } finally {
            visibility.mockRestore();
        }
    });

    it("says the record no longer exists when the row vanished, keeps the last values and stops", async () => {
        const { api, mounted, table } = setup({ statusReason: 0 });
        await settle();
        Object.assign(table[0], { backgroundoperationstatuscode: 20, starttime: "2024-03-01T10:30:05Z" });
        await advance(15_000);
        table.splice(0);
        await advance(15_000);
        expect(await screen.findByText(english.Gone_Message)).toBeTruthy();
        expect(statusBadge()).toContain("In Progress");
        // Nothing about a vanished row is live: no counter, no cancel.
        expect(screen.queryByText("Running for")).toBeNull();
        expect(screen.queryByRole("button", { name: "Cancel operation" })).toBeNull();
        const calls = api.calls.length;
        await advance(600_000);
        expect(api.calls).toHaveLength(calls);
        act(() => mounted.destroy());
    });

    it("recognises a vanished row by its error code in another language, says so and stops", async () => {
        const { api, mounted } = setup({ statusReason: 20, startTime: new Date("2024-03-01T10:29:00Z") }, { languageId: 1031 });
        const german = resxStrings(control, 1031);
        await settle();
        // Dataverse's message is localized; only the code (-2147185406, 0x80048D02) says what happened.
        const gone = (code: number | string) =>
            Object.assign(new Error("Das Element „6f1e3c9a-2b4d-4e8f-9a01-23456789abcd“ wurde nicht gefunden. Ressource nicht gefunden."), { errorCode: code });
        api.failures.push(gone(-2147185406));
        await advance(15_000);
        expect(await screen.findByText(german.Gone_Message)).toBeTruthy();
        expect(screen.queryByText(/Aktualisierung fehlgeschlagen/)).toBeNull();
        const calls = api.calls.length;
        await advance(600_000);
        expect(api.calls).toHaveLength(calls);
        act(() => mounted.destroy());

        // The same code in the hex form some clients carry.
        const again = setup({ statusReason: 20 }, { languageId: 1031 });
        again.api.failures.push(gone("0x80048D02"));
        await settle();
        expect(await screen.findByText(german.Gone_Message)).toBeTruthy();
        await advance(600_000);
        expect(again.api.calls).toHaveLength(1);
        act(() => again.mounted.destroy());
    });

    it("counts a running operation's time up on the control's one clock, which destroy() stops even when the view stays mounted", async () => {
        const timeline = new OperationStatusTimeline();
        const context = mockContext<IInputs>({
            control,
            parameters: { statusReason: 20, state: 2, startTime: new Date("2024-03-01T10:29:00Z"), refreshSeconds: 0 },
            webAPI: null,
            record,
        });
        timeline.init(context);
        const view = render(timeline.updateView(context));
        const elapsed = () => screen.getByText("Running for").parentElement?.textContent ?? "";
        const before = elapsed();
        await advance(61_000);
        expect(elapsed()).not.toBe(before);
        const running = jest.getTimerCount();
        // The host destroys the control but keeps its last element on screen: the clock stops all the same.
        act(() => timeline.destroy());
        expect(jest.getTimerCount()).toBe(running - 1);
        const stopped = elapsed();
        await advance(61_000);
        expect(elapsed()).toBe(stopped);
        view.unmount();
    });

    it("shows the form's values when they are newer than its last read, ends the counter and stops refreshing a finished run", async () => {
        const { api, context, mounted, table } = setup(
            { statusReason: 20, state: 2, startTime: new Date("2024-03-01T10:29:00Z") },
            {
                rows: [
                    row({
                        backgroundoperationstatuscode: 20,
                        backgroundoperationstatecode: 2,
                        starttime: "2024-03-01T10:29:00Z",
                        modifiedon: "2024-03-01T10:29:00Z",
                    }),
                ],
            },
        );
        await settle();
        expect(statusBadge()).toContain("In Progress");
        expect(screen.getByText("Running for")).toBeTruthy();
        await advance(10_000);
        // The form refreshes its bound columns after the control's read: the run succeeded.
        Object.assign(table[0], { backgroundoperationstatuscode: 30, backgroundoperationstatecode: 3, endtime: "2024-03-01T10:30:08Z" });
        act(() => mounted.update(withParameters(context, { statusReason: 30, state: 3, endTime: new Date("2024-03-01T10:30:08Z") })));
        expect(statusBadge()).toContain("Succeeded");
        expect(screen.queryByText("Running for")).toBeNull();
        expect(screen.getByText("Run time")).toBeTruthy();
        const calls = api.calls.length;
        await advance(600_000);
        expect(api.calls).toHaveLength(calls);
        expect(statusBadge()).toContain("Succeeded");
        expect(jest.getTimerCount()).toBe(0);
        act(() => mounted.destroy());
    });

    it("shows a read that is newer than the form's values", async () => {
        const { context, mounted, table } = setup({ statusReason: 0, refreshSeconds: 20 });
        await settle();
        act(() => mounted.update(withParameters(context, { statusReason: 0, retryCount: 0 })));
        Object.assign(table[0], { backgroundoperationstatuscode: 20, backgroundoperationstatecode: 2, starttime: "2024-03-01T10:30:10Z" });
        await advance(20_000);
        expect(statusBadge()).toContain("In Progress");
        act(() => mounted.destroy());
    });

    it("does not retry when the user may not read the row (403), and says why the values stop changing", async () => {
        const { api, mounted } = setup({ statusReason: 0 });
        api.failures.push(new DataverseError("Principal user is missing prvReadbackgroundoperation privilege.", 403, -2147220960));
        await settle();
        expect(screen.getByText(english.Refresh_Forbidden).closest("[aria-live]")).not.toBeNull();
        expect(screen.queryByText(/Could not refresh/)).toBeNull();
        expect(screen.queryByRole("button", { name: "Refresh now" })).toBeNull();
        await advance(600_000);
        expect(api.calls).toHaveLength(1);
        act(() => mounted.destroy());
    });

    it("refreshes once and then waits when refreshSeconds is 0", async () => {
        const { api, mounted } = setup({ statusReason: 0, refreshSeconds: 0 });
        await settle();
        expect(api.calls).toHaveLength(1);
        expect(screen.getByText(/Auto-refresh is off/)).toBeTruthy();
        await advance(600_000);
        expect(api.calls).toHaveLength(1);
        fireEvent.click(screen.getByRole("button", { name: "Refresh now" }));
        await settle();
        expect(api.calls).toHaveLength(2);
        act(() => mounted.destroy());
    });

    it("shows the bound values without refresh or error where the host has no Web API or no record id", async () => {
        const withoutApi = mountControl(
            new OperationStatusTimeline(),
            mockContext<IInputs>({ control, webAPI: null, record, parameters: { statusReason: 20 } }),
        );
        expect(screen.getByText(english.Refresh_Unavailable)).toBeTruthy();
        withoutApi.destroy();
        const api = new FakeWebApi();
        const withoutId = mountControl(new OperationStatusTimeline(), mockContext<IInputs>({ control, webAPI: api, parameters: { statusReason: 20 } }));
        await advance(60_000);
        expect(api.calls).toHaveLength(0);
        expect(statusBadge()).toContain("In Progress");
        withoutId.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });

    it("leaves nothing running after destroy", async () => {
        const { api, mounted } = setup({ statusReason: 20, startTime: new Date("2024-03-01T10:29:00Z") });
        await settle();
        expect(jest.getTimerCount()).toBeGreaterThan(0);
        act(() => mounted.destroy());
        expect(jest.getTimerCount()).toBe(0);
        const calls = api.calls.length;
        await advance(600_000);
        expect(api.calls).toHaveLength(calls);
    });

    it("stops its timers in destroy() itself, before the host unmounts the view", async () => {
        const api = new FakeWebApi({ backgroundoperation: [row({ backgroundoperationstatuscode: 20, starttime: "2024-03-01T10:29:00Z" })] });
        const context = mockContext<IInputs>({ control, webAPI: api, record, parameters: { statusReason: 20, startTime: new Date("2024-03-01T10:29:00Z") } });
        const timeline = new OperationStatusTimeline();
        const { view } = mountControl(timeline, context);
        await settle();
        expect(screen.getByText("Running for")).toBeTruthy();
        act(() => timeline.destroy());
        expect(jest.getTimerCount()).toBe(0);
        view.unmount();
    });

    it("leaves nothing running when destroyed with a read in flight", async () => {
        const { api, mounted } = setup({ statusReason: 0 }, { hold: true });
        await settle();
        act(() => mounted.destroy());
        api.release();
        await settle();
        expect(jest.getTimerCount()).toBe(0);
    });
});
