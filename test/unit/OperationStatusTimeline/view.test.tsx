import { act, fireEvent, screen, within } from "@testing-library/react";
import { OperationStatusTimeline } from "../../../OperationStatusTimeline";
import type { IInputs } from "../../../OperationStatusTimeline/generated/ManifestTypes";
import { mockContext, withParameters, type ContextOptions } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";
import { resxStrings } from "../../host/resx";

const control = "OperationStatusTimeline";
const english = resxStrings(control);

function mount(parameters: ContextOptions["parameters"], options: Partial<ContextOptions> = {}) {
    const context = mockContext<IInputs>({ control, parameters, webAPI: null, ...options });
    const mounted = mountControl(new OperationStatusTimeline(), context);
    return { ...mounted, context };
}

const steps = () => screen.getAllByRole("listitem").filter((li) => li.hasAttribute("data-step"));
const stepState = (kind: string) =>
    steps()
        .find((li) => li.getAttribute("data-step") === kind)
        ?.getAttribute("data-state");

afterEach(() => {
    jest.useRealTimers();
});

describe("OperationStatusTimeline view", () => {
    it("draws the timeline with the current step marked for screen readers", () => {
        const m = mount({ statusReason: 20, state: 2, createdOn: new Date("2024-03-01T10:00:00Z"), startTime: new Date("2024-03-01T10:01:00Z") });
        expect(steps().map((li) => li.getAttribute("data-step"))).toEqual(["created", "waiting", "inProgress", "end"]);
        const current = steps().find((li) => li.getAttribute("aria-current") === "step")!;
        expect(within(current).getByText("In Progress")).toBeTruthy();
        expect(within(current).getByText("Current step")).toBeTruthy();
        expect(within(steps()[3]).getByText("Completed")).toBeTruthy();
        expect(within(steps()[3]).getByText("Not reached yet")).toBeTruthy();
        m.destroy();
    });

    it("tells a run canceled while waiting (skipped) from steps never reached", () => {
        const m = mount({ statusReason: 32, state: 3, createdOn: new Date("2024-03-01T10:00:00Z"), endTime: new Date("2024-03-01T10:03:00Z") });
        expect(stepState("inProgress")).toBe("skipped");
        expect(stepState("canceling")).toBe("done");
        expect(stepState("end")).toBe("current");
        expect(within(steps()[2]).getAllByText("Skipped: never started").length).toBeGreaterThan(0);
        m.update(withParameters(m.context, { statusReason: 0, state: 0, endTime: null }));
        expect(stepState("inProgress")).toBe("notReached");
        m.destroy();
    });

    it("shows times in the user's time zone and locale, and durations", () => {
        const m = mount(
            {
                statusReason: 30,
                createdOn: new Date("2024-03-01T10:00:00Z"),
                startTime: new Date("2024-03-01T10:02:30Z"),
                endTime: new Date("2024-03-01T11:02:30Z"),
            },
            { timeZoneOffsetMinutes: 60 },
        );
        const created = Array.from(document.querySelectorAll("time")).find((time) => /Mar 1, 2024, 11:00:00\sAM/.test(time.textContent ?? "")) as HTMLElement;
        expect(created.getAttribute("datetime")).toBe("2024-03-01T10:00:00.000Z");
        // A narrow column breaks the line between the date and the time, never inside the time ("AM" alone).
        const [day, time] = Array.from(created.children) as HTMLElement[];
        expect([day.textContent, time.textContent]).toEqual(["Mar 1, 2024,", expect.stringMatching(/^11:00:00\sAM$/)]);
        expect([day.style.whiteSpace, time.style.whiteSpace]).toEqual(["nowrap", "nowrap"]);
        expect(screen.getByText("Queue time").nextElementSibling?.textContent).toBe("2 min 30 sec");
        expect(screen.getByText("Run time").nextElementSibling?.textContent).toBe("1 hr");
        m.destroy();
    });

    it("counts the elapsed time live while in progress", () => {
        jest.useFakeTimers();
        jest.setSystemTime(new Date("2024-03-01T12:00:00Z"));
        const m = mount({ statusReason: 20, startTime: new Date("2024-03-01T11:58:55Z") });
        expect(screen.getByText("Running for").nextElementSibling?.textContent).toBe("1 min 5 sec");
        act(() => {
            jest.advanceTimersByTime(60_000);
        });
        expect(screen.getByText("Running for").nextElementSibling?.textContent).toBe("2 min 5 sec");
        m.destroy();
        expect(jest.getTimerCount()).toBe(0);
    });

    it("warns about inconsistent dates instead of showing negative durations", async () => {
        const m = mount({ statusReason: 31, startTime: new Date("2024-03-01T10:00:00Z"), endTime: new Date("2024-03-01T09:00:00Z") });
        expect(await screen.findByText(english.Warning_EndBeforeStart)).toBeTruthy();
        expect(screen.queryByText("Run time")).toBeNull();
        expect(document.body.textContent).not.toMatch(/-\d+ (hr|min|sec)/);
        m.destroy();
    });

    it("puts the retry count as a badge on the run step", () => {
        const m = mount({ statusReason: 20, retryCount: 2 });
        expect(within(steps()[2]).getByText("Retry 2 of 3")).toBeTruthy();
        m.update(withParameters(m.context, { retryCount: 0 }));
        expect(screen.queryByText(/Retry/)).toBeNull();
        m.destroy();
        // In the user's digits, as the dates beside it.
        const arabic = mount({ statusReason: 20, retryCount: 2 }, { languageId: 1025, isRTL: true });
        expect(document.querySelector(".aops-retries")?.textContent).toBe(resxStrings(control, 1025).Retry_Badge.replace("{0}", "٢").replace("{1}", "٣"));
        arabic.destroy();
    });

    it("shows the error code in decimal and hex and the message as plain text, collapsed when long", () => {
        const long = `<b>Plugin failed</b> ${"x".repeat(600)} END`;
        const m = mount({ statusReason: 31, errorCode: -2147204723, errorMessage: long });
        const card = screen.getByRole("region", { name: "Error" });
        expect(within(card).getByText("-2147204723 (0x8004418D)")).toBeTruthy();
        expect(card.querySelector("b")).toBeNull();
        expect(card.textContent).toContain("<b>Plugin failed</b>");
        expect(card.textContent).not.toContain("END");
        fireEvent.click(within(card).getByRole("button", { name: /Show the full message/ }));
        expect(card.textContent).toContain("END");
        expect(within(card).getByRole("button", { name: "Copy error details" })).toBeTruthy();
        m.destroy();
    });

    it("says that error code 0 did not come from Dataverse", () => {
        const m = mount({ statusReason: 31, errorCode: 0, errorMessage: "Upstream service timed out" });
        expect(screen.getByText("0: the error did not come from Dataverse")).toBeTruthy();
        expect(document.body.textContent).not.toContain("0x00000000");
        m.destroy();
    });

    it("shows key/value parameters as a table with expandable JSON values", () => {
        const m = mount({
            statusReason: 30,
            inputParameters: JSON.stringify([
                { Key: "AnnotationId", Value: "bb26025c-cbe6-ed11-a7c6-000d3a9933c9" },
                { Key: "Options", Value: JSON.stringify({ depth: 2, mode: "full" }) },
            ]),
            outputParameters: '{"result":{"count":3}}',
        });
        const table = screen.getByRole("table", { name: "Input parameters" });
        expect(within(table).getByRole("rowheader", { name: "AnnotationId" })).toBeTruthy();
        expect(within(table).getByText("bb26025c-cbe6-ed11-a7c6-000d3a9933c9")).toBeTruthy();
        fireEvent.click(within(table).getByRole("button", { name: "Expand Options" }));
        expect(within(table).getByRole("tree", { name: "Options" })).toBeTruthy();
        expect(within(table).getByText('"full"')).toBeTruthy();
        expect(screen.getByRole("tree", { name: "Output parameters" })).toBeTruthy();
        m.destroy();
    });

    it("pages long key/value lists inside a scrolling box", () => {
        const pairs = Array.from({ length: 250 }, (_, i) => ({ Key: `Parameter${i + 1}`, Value: `value ${i + 1}` }));
        const m = mount({ statusReason: 30, inputParameters: JSON.stringify(pairs) });
        const table = screen.getByRole("table", { name: "Input parameters" });
        expect(within(table).getAllByRole("row")).toHaveLength(101);
        expect((table.parentElement as HTMLElement).style.maxHeight).toBe("320px");
        fireEvent.click(screen.getByRole("button", { name: "Show 100 more (150 left)" }));
        expect(within(table).getAllByRole("row")).toHaveLength(201);
        m.destroy();
    });

    it("shows parameters that are not JSON as text, and guards very large values", () => {
        const huge = "y".repeat(50_000);
        const m = mount({ statusReason: 30, inputParameters: "<script>alert(1)</script> plain", outputParameters: huge });
        expect(screen.getByText("<script>alert(1)</script> plain")).toBeTruthy();
        expect(document.querySelector("script")).toBeNull();
        const showAll = screen.getByRole("button", { name: /Show all \(50,000 characters\)/ });
        expect(screen.getByLabelText("Output parameters").textContent!.length).toBeLessThan(huge.length);
        fireEvent.click(showAll);
        expect(screen.getByLabelText("Output parameters").textContent).toHaveLength(huge.length);
        m.destroy();
    });

    it("shows when the record expires and how long is left", () => {
        jest.useFakeTimers();
        jest.setSystemTime(new Date("2024-03-01T12:00:00Z"));
        const m = mount({ statusReason: 30, createdOn: new Date("2024-03-01T10:00:00Z"), timeToLive: 86_400 });
        const ttl = screen.getByText("Time to live").nextElementSibling!;
        expect(ttl.textContent).toMatch(/^1 day: the record expires Mar 2, 2024, 10:00:00\sAM \(in 22 hours\)$/);
        m.destroy();
    });

    it("titles the timeline with the display name or the name", () => {
        const m = mount({ statusReason: 0, operationName: "contoso_ExportContacts", operationDisplayName: "Export contacts" });
        expect(screen.getByRole("heading", { name: "Export contacts" })).toBeTruthy();
        m.update(withParameters(m.context, { operationDisplayName: null }));
        expect(screen.getByRole("heading", { name: "contoso_ExportContacts" })).toBeTruthy();
        m.destroy();
    });

    it("shows Restricted for masked fields", () => {
        const m = mount({
            statusReason: 31,
            startTime: { raw: new Date("2024-03-01T10:00:00Z"), readable: false },
            errorMessage: { raw: "secret detail", readable: false },
            inputParameters: { raw: "[]", readable: false },
        });
        expect(screen.getAllByText("Restricted").length).toBeGreaterThanOrEqual(3);
        expect(document.body.textContent).not.toContain("secret detail");
        m.destroy();
    });

    it("announces status changes in a live region", () => {
        const m = mount({ statusReason: 0 });
        const live = screen.getAllByRole("status").find((el) => el.getAttribute("aria-live") === "polite" && el.getAttribute("aria-atomic") === "true")!;
        expect(live.textContent).toBe("");
        m.update(withParameters(m.context, { statusReason: 20 }));
        expect(live.textContent).toBe("Status changed to In Progress");
        m.destroy();
    });

    it("lays out vertically on a phone-width form, and supports RTL and dark theme", () => {
        const m = mount({ statusReason: 20 }, { allocatedWidth: 360, isRTL: true, dark: true });
        const region = screen.getByRole("region", { name: english.Timeline_Label });
        expect(region.getAttribute("data-compact")).toBe("true");
        expect(region.getAttribute("dir")).toBe("rtl");
        const list = screen.getByRole("list", { name: "Operation steps" });
        expect(list.style.flexDirection).toBe("column");
        m.destroy();
    });

    it("speaks the user's language", () => {
        const m = mount({ statusReason: 31, errorCode: 0 }, { languageId: 1041 });
        expect(screen.getByText("0: このエラーは Dataverse 以外で発生しました")).toBeTruthy();
        expect(screen.getAllByText("失敗").length).toBeGreaterThan(0);
        m.destroy();
    });

    it("shows an error while the run can still succeed as the last attempt's failure, red only once it failed", () => {
        const running = mount({ statusReason: 20, state: 2, retryCount: 2, errorCode: -2147204784, startTime: new Date("2024-03-01T10:00:00Z") });
        const attempt = screen.getByRole("region", { name: english.Error_TitleAttempt });
        expect(attempt.getAttribute("data-severity")).toBe("attempt");
        expect(attempt.textContent).toContain(english.Error_AttemptNote);
        expect(screen.queryByRole("region", { name: english.Error_Title })).toBeNull();
        running.update(withParameters(running.context, { statusReason: 31, state: 3, endTime: new Date("2024-03-01T10:05:00Z") }));
        expect(screen.getByRole("region", { name: english.Error_Title }).getAttribute("data-severity")).toBe("failed");
        expect(screen.queryByText(english.Error_AttemptNote)).toBeNull();
        running.destroy();
    });

    it("shows the status reason as the one badge, and the record status only where it adds something", () => {
        const m = mount({ statusReason: 31, state: 3 });
        expect(document.querySelectorAll(".aops-badge")).toHaveLength(1);
        expect(screen.queryByText(/Record status/)).toBeNull();
        m.update(withParameters(m.context, { statusReason: { raw: 31, readable: false }, state: 3 }));
        expect(document.querySelectorAll(".aops-badge")).toHaveLength(0);
        expect(screen.getByText(/^Record status:/).textContent).toBe("Record status: Completed");
        m.destroy();
    });

    it("draws every passed step as passed, whatever its status color, and skipped steps as skipped", () => {
        const grey = [
            { Value: 0, Label: "Waiting For Resources", Color: "#8a8886" },
            { Value: 20, Label: "In Progress", Color: "#0078d4" },
            { Value: 32, Label: "Canceled", Color: "#605e5c" },
        ];
        const m = mount({ statusReason: { raw: 20, options: grey }, startTime: new Date("2024-03-01T10:00:00Z") });
        const marker = (kind: string) => document.querySelector(`[data-step="${kind}"] [aria-hidden="true"] > span`) as HTMLElement;
        expect(stepState("waiting")).toBe("done");
        // Waiting For Resources was passed through: it looks like Created, not like its grey status color.
        expect(marker("waiting").className).toBe(marker("created").className);
        expect(marker("waiting").getAttribute("style") ?? "").not.toContain("138, 136, 134");
        m.update(withParameters(m.context, { statusReason: { raw: 32, options: grey }, startTime: null, endTime: new Date("2024-03-01T10:05:00Z") }));
        expect(stepState("inProgress")).toBe("skipped");
        expect(marker("inProgress").className).not.toBe(marker("waiting").className);
        expect(marker("inProgress").querySelector("[data-icon-name='Remove']")).not.toBeNull();
        m.destroy();
    });

    it("shows a restricted status as restricted, not as steps that were never reached", () => {
        const m = mount({ statusReason: { raw: 20, readable: false }, createdOn: new Date("2024-03-01T10:00:00Z") });
        expect(document.querySelectorAll("[data-step]")).toHaveLength(0);
        expect(screen.queryByText("Not reached yet")).toBeNull();
        expect(screen.getByText(english.Steps_Masked)).toBeTruthy();
        expect(screen.getAllByText("Restricted").length).toBeGreaterThan(0);
        m.destroy();
    });

    it("shows the priority and the identity the run executes as, when the form binds them", () => {
        const m = mount({ statusReason: 20, priority: 7, runAs: "8d2f4c1e-0000-4000-8000-00000000abcd" });
        expect(screen.getByText(english.Property_priority).nextElementSibling?.textContent).toBe("7");
        expect(screen.getByText(english.Property_runAs).nextElementSibling?.textContent).toBe("8d2f4c1e-0000-4000-8000-00000000abcd");
        m.update(withParameters(m.context, { priority: null, runAs: { raw: "x", readable: false } }));
        expect(screen.queryByText(english.Property_priority)).toBeNull();
        expect(screen.getByText(english.Property_runAs).nextElementSibling?.textContent).toContain("Restricted");
        m.destroy();
    });

    it("keeps a negative error code, GUIDs and keys left-to-right in Arabic", () => {
        const arabic = resxStrings(control, 1025);
        const m = mount(
            {
                statusReason: 31,
                errorCode: -2147187707,
                errorMessage: "Access is denied.",
                inputParameters: '[{"Key":"AnnotationId","Value":"bb26025c-cbe6-ed11-a7c6-000d3a9933c9"}]',
            },
            { languageId: 1025, isRTL: true },
        );
        expect(screen.getByRole("region", { name: arabic.Timeline_Label }).getAttribute("dir")).toBe("rtl");
        const code = document.querySelector(".aops-error-code bdi") as HTMLElement;
        expect(code.getAttribute("dir")).toBe("ltr");
        expect(code.textContent).toBe("-2147187707 (0x80048405)");
        expect(screen.getByText("AnnotationId").closest("bdi")?.getAttribute("dir")).toBe("ltr");
        expect(screen.getByText("Access is denied.").closest("bdi")).not.toBeNull();
        m.destroy();
    });

    it("makes invisible characters in names and messages visible, and wraps long text", () => {
        const m = mount({
            statusReason: 31,
            operationDisplayName: "Export\u202Egpj.exe",
            errorMessage: "Failed\u200Bhere",
            inputParameters: JSON.stringify([{ Key: "Na\u200Bme", Value: "a\u0000b" }]),
        });
        const heading = screen.getByRole("heading", { level: 3 });
        expect(heading.textContent).toBe("ExportU+202Egpj.exe");
        expect(within(heading).getByRole("img", { name: english.Invisible_Character.replace("{0}", "U+202E") })).toBeTruthy();
        const card = document.querySelector(".aops-error-message") as HTMLElement;
        expect(card.textContent).toBe("FailedU+200Bhere");
        const table = screen.getByRole("table", { name: "Input parameters" });
        expect(
            within(table)
                .getAllByRole("img")
                .map((img) => img.textContent),
        ).toEqual(["U+200B", "U+0000"]);
        for (const hidden of ["\u202E", "\u200B", "\u0000"]) expect(document.body.textContent).not.toContain(hidden);
        m.destroy();
    });

    it("shows the bound values without error where there is no Web API", () => {
        const m = mount({ statusReason: 20 });
        expect(screen.getByText(english.Refresh_Unavailable)).toBeTruthy();
        expect(screen.queryByText(english.Error_Render)).toBeNull();
        expect(screen.queryByRole("button", { name: "Cancel operation" })).toBeNull();
        m.destroy();
    });
});
