// Who the run executes as, and Cancel: asked, confirmed, sent and answered, with focus where the flow began.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { OperationStatusTimeline } from "../../../OperationStatusTimeline";
import type { IInputs } from "../../../OperationStatusTimeline/generated/ManifestTypes";
import { mockContext } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";
import { DataverseError, FakeWebApi } from "../../host/fakeWebApi";
import { ID, advance, control, english, record, row, settle, setup, statusBadge, withTimelineClock } from "./timelineFixtures";

withTimelineClock();

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
