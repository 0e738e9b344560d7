import { READ_TIMEOUT_MS } from "../../../common/sources/refreshSource";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { OperationStatusTimeline } from "../../../OperationStatusTimeline";
import type { IInputs } from "../../../OperationStatusTimeline/generated/ManifestTypes";
import { mockContext, withParameters, type ContextOptions } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";
import { DataverseError, FakeWebApi, type Row } from "../../host/fakeWebApi";
import { resxStrings } from "../../host/resx";

const control = "OperationStatusTimeline";
const english = resxStrings(control);
const ID = "6f1e3c9a-2b4d-4e8f-9a01-23456789abcd";
const record = { entityName: "backgroundoperation", id: `{${ID.toUpperCase()}}` };

function row(fields: Row = {}): Row {
    return {
        backgroundoperationid: ID,
        backgroundoperationstatuscode: 0,
        backgroundoperationstatecode: 0,
        createdon: "2024-03-01T10:00:00Z",
        name: "contoso_Export",
        ...fields,
    };
}

function setup(parameters: ContextOptions["parameters"], options: Partial<ContextOptions> & { rows?: Row[]; hold?: boolean } = {}) {
    const api = new FakeWebApi({ backgroundoperation: options.rows ?? [row()] });
    api.holdResponses = options.hold === true;
    const context = mockContext<IInputs>({ control, parameters, webAPI: api, record, ...options });
    const mounted = mountControl(new OperationStatusTimeline(), context);
    return { api, context, mounted, table: api.tables.backgroundoperation };
}

/** Lets pending promises (fake Web API answers) settle inside React's act. */
async function settle(): Promise<void> {
    await act(async () => {
        for (let i = 0; i < 10; i++) await Promise.resolve();
    });
}

async function advance(ms: number): Promise<void> {
    await act(async () => {
        await jest.advanceTimersByTimeAsync(ms);
    });
    await settle();
}

const statusBadge = () => document.querySelector(".aops-timeline .aops-badge")?.textContent ?? "";

beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date("2024-03-01T10:30:00Z"));
});

afterEach(() => {
    jest.useRealTimers();
});

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

describe("run as", () => {
    const USER = "8d2f4c1e-0000-4000-8000-00000000abcd";
    const runAsText = () => screen.getByText(english.Property_runAs).nextElementSibling as HTMLElement;

    it("names the user the run executes as, read once, with the id as its title", async () => {
        const { api, context, mounted } = setup({ statusReason: 30, runAs: USER });
        api.tables.systemuser = [{ systemuserid: USER, fullname: "Priya Natarajan" }];
        expect(runAsText().textContent).toBe(USER);
        await settle();
        expect(runAsText().textContent).toBe("Priya Natarajan");
        expect(runAsText().querySelector("[title]")?.getAttribute("title")).toBe(USER);
        const reads = api.calls.filter((c) => c.entity === "systemuser");
        expect(reads).toEqual([{ method: "retrieveRecord", entity: "systemuser", id: USER, options: "?$select=fullname" }]);
        // Later updates with the same user read nothing again.
        act(() => mounted.update({ ...context }));
        await settle();
        expect(api.calls.filter((c) => c.entity === "systemuser")).toHaveLength(1);
        act(() => mounted.destroy());
    });

    it("keeps the id, silently, when the user cannot be read, and reads nothing for a value that is not an id", async () => {
        const failing = setup({ statusReason: 30, runAs: USER });
        await settle();
        expect(runAsText().textContent).toBe(USER);
        expect(document.querySelector(".ms-MessageBar")).toBeNull();
        act(() => failing.mounted.destroy());
        const text = setup({ statusReason: 30, runAs: "SYSTEM" });
        await settle();
        expect(runAsText().textContent).toBe("SYSTEM");
        expect(text.api.calls.filter((c) => c.entity === "systemuser")).toEqual([]);
        act(() => text.mounted.destroy());
    });

    it("an answer after destroy() changes nothing", async () => {
        const { api, mounted } = setup({ statusReason: 30, runAs: USER }, { hold: true });
        api.tables.systemuser = [{ systemuserid: USER, fullname: "Priya Natarajan" }];
        act(() => mounted.destroy());
        api.release();
        await settle();
        expect(api.calls.filter((c) => c.entity === "systemuser")).toHaveLength(1);
    });
});

describe("cancel", () => {
    it("confirms, updates the row to Locked / Canceling, shows Canceling at once and lets the refresh carry it to Canceled", async () => {
        const { api, context, mounted, table } = setup({ statusReason: 0, state: 0 });
        await settle();
        fireEvent.click(screen.getByRole("button", { name: "Cancel operation" }));
        await settle();
        expect(context.navigationCalls[0]).toMatchObject({
            method: "openConfirmDialog",
            args: [{ title: english.Cancel_ConfirmTitle, text: english.Cancel_ConfirmText }],
        });
        const update = api.calls.find((c) => c.method === "updateRecord");
        expect(update).toEqual({
            method: "updateRecord",
            entity: "backgroundoperation",
            id: ID,
            data: { backgroundoperationstatecode: 2, backgroundoperationstatuscode: 22 },
        });
        expect(statusBadge()).toContain("Canceling");
        expect(screen.queryByRole("button", { name: "Cancel operation" })).toBeNull();
        // The button is gone: the keyboard lands on the result, the title and its Canceling status.
        expect((document.activeElement as HTMLElement).textContent).toContain("Canceling");
        // The refresh right after the request reads the row as Dataverse now holds it.
        expect(api.calls[api.calls.length - 1].method).toBe("retrieveRecord");
        Object.assign(table[0], { backgroundoperationstatuscode: 32, backgroundoperationstatecode: 3, endtime: "2024-03-01T10:30:09Z" });
        await advance(15_000);
        expect(statusBadge()).toContain("Canceled");
        expect(document.querySelector('[data-step="inProgress"]')?.getAttribute("data-state")).toBe("skipped");
        act(() => mounted.destroy());
    });

    it("changes nothing when the user does not confirm", async () => {
        const { api, mounted } = setup({ statusReason: 0 }, { confirm: false });
        await settle();
        const button = screen.getByRole("button", { name: "Cancel operation" });
        fireEvent.click(button);
        await settle();
        expect(api.calls.some((c) => c.method === "updateRecord")).toBe(false);
        expect(statusBadge()).toContain("Waiting For Resources");
        // Declined: the keyboard is back on the button that asked.
        expect(document.activeElement).toBe(screen.getByRole("button", { name: "Cancel operation" }));
        act(() => mounted.destroy());
    });

    it("asks inside the control where the host has no confirm dialog", async () => {
        const api = new FakeWebApi({ backgroundoperation: [row()] });
        const context = mockContext<IInputs>({ control, parameters: { statusReason: 0 }, webAPI: api, record });
        delete (context.navigation as Partial<ComponentFramework.Navigation>).openConfirmDialog;
        const mounted = mountControl(new OperationStatusTimeline(), context);
        await settle();
        fireEvent.click(screen.getByRole("button", { name: english.Cancel_Button }));
        await settle();
        const question = screen.getByRole("group", { name: english.Cancel_ConfirmTitle });
        expect(question.textContent).toContain(english.Cancel_ConfirmText);
        // The safe answer has focus.
        expect(document.activeElement).toBe(within(question).getByRole("button", { name: english.Cancel_ConfirmNo }));
        fireEvent.click(within(question).getByRole("button", { name: english.Cancel_ConfirmNo }));
        await settle();
        expect(api.calls.some((c) => c.method === "updateRecord")).toBe(false);
        expect(statusBadge()).toContain("Waiting For Resources");
        expect(screen.queryByRole("group", { name: english.Cancel_ConfirmTitle })).toBeNull();
        expect(document.activeElement).toBe(screen.getByRole("button", { name: english.Cancel_Button }));

        fireEvent.click(screen.getByRole("button", { name: english.Cancel_Button }));
        await settle();
        fireEvent.click(within(screen.getByRole("group", { name: english.Cancel_ConfirmTitle })).getByRole("button", { name: english.Cancel_ConfirmYes }));
        await settle();
        expect(api.calls.find((c) => c.method === "updateRecord")).toMatchObject({
            data: { backgroundoperationstatecode: 2, backgroundoperationstatuscode: 22 },
        });
        expect(statusBadge()).toContain("Canceling");
        act(() => mounted.destroy());
    });

    it("asks inside the control when the host's confirm dialog fails to open", async () => {
        const api = new FakeWebApi({ backgroundoperation: [row()] });
        const context = mockContext<IInputs>({ control, parameters: { statusReason: 0 }, webAPI: api, record });
        (context.navigation as { openConfirmDialog: unknown }).openConfirmDialog = () => Promise.reject(new Error("dialog unavailable"));
        const mounted = mountControl(new OperationStatusTimeline(), context);
        await settle();
        fireEvent.click(screen.getByRole("button", { name: english.Cancel_Button }));
        await settle();
        expect(screen.getByRole("group", { name: english.Cancel_ConfirmTitle })).toBeTruthy();
        expect(screen.queryByText(/dialog unavailable/)).toBeNull();
        act(() => mounted.destroy());
    });

    it("shows a refusal as a message and changes nothing else", async () => {
        const { api, mounted } = setup({ statusReason: 0 });
        await settle();
        api.failures.push(new DataverseError("Canceling background operation is not allowed after it is in terminal state.", 400, -2147220891));
        fireEvent.click(screen.getByRole("button", { name: "Cancel operation" }));
        await settle();
        // Dataverse's message sits in the sentence, isolated from the layout's direction.
        const message = await screen.findByText("Canceling background operation is not allowed after it is in terminal state.");
        expect(message.closest(".ms-MessageBar")?.textContent).toContain(
            "Dataverse did not cancel the operation: Canceling background operation is not allowed after it is in terminal state.",
        );
        expect(message.closest("bdi")).not.toBeNull();
        expect(statusBadge()).toContain("Waiting For Resources");
        expect(screen.getByRole("button", { name: "Cancel operation" })).toBeTruthy();
        act(() => mounted.destroy());
    });

    it("words a cancel that failed outside Dataverse as a sentence, the technical text behind a toggle", async () => {
        const { api, mounted } = setup({ statusReason: 0 });
        await settle();
        api.failures.push(new TypeError("Failed to fetch"));
        fireEvent.click(screen.getByRole("button", { name: "Cancel operation" }));
        await settle();
        expect(await screen.findByText(english.Cancel_RefusedGeneric)).toBeTruthy();
        expect(screen.queryByText(/Failed to fetch/)).toBeNull();
        fireEvent.click(screen.getByRole("button", { name: english.Error_TechnicalDetails }));
        expect(screen.getByText("Failed to fetch")).toBeTruthy();
        expect(statusBadge()).toContain("Waiting For Resources");
        act(() => mounted.destroy());
    });

    it("is disabled with the reason once the run started, and hidden when the control is disabled or finished", async () => {
        const running = setup({ statusReason: 20 }, { rows: [row({ backgroundoperationstatuscode: 20, backgroundoperationstatecode: 2 })] });
        await settle();
        const button = screen.getByRole("button", { name: "Cancel operation" });
        expect(button.getAttribute("aria-disabled")).toBe("true");
        expect(document.getElementById(button.getAttribute("aria-describedby")!.split(" ").pop()!)?.textContent).toBe(english.Cancel_Started);
        act(() => running.mounted.destroy());

        const disabled = setup({ statusReason: 0 }, { disabled: true });
        await settle();
        expect(screen.queryByRole("button", { name: "Cancel operation" })).toBeNull();
        act(() => disabled.mounted.destroy());

        const noRecord = setup({ statusReason: 0 }, { record: null });
        await settle();
        expect(screen.queryByRole("button", { name: "Cancel operation" })).toBeNull();
        act(() => noRecord.mounted.destroy());
    });
});
