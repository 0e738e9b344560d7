import { property } from "../../host/mockContext";
import { resxStrings } from "../../host/resx";
import { createTranslator } from "../../host/resx";
import { DEFAULT_STRINGS } from "../../../OperationStatusTimeline/strings/defaults";
import { selectQuery, valuesFromRow } from "../../../OperationStatusTimeline/model/operationValues";
import { valuesFromInputs, type OperationInputs } from "../../../OperationStatusTimeline/sources/formValues";
import { errorCodeHex } from "../../../common/model/errorCodes";
import {
    isTerminalStatus,
    timelineModel,
    withCancelRequested,
    type StepKind,
    type StepState,
    type TimelineOptions,
} from "../../../OperationStatusTimeline/model/timelineModel";
import { readParameters } from "../../../OperationStatusTimeline/model/parameters";

const english = resxStrings("OperationStatusTimeline");
const t = createTranslator({ getString: (key) => english[key] ?? "" }, DEFAULT_STRINGS);
const NOW = Date.UTC(2024, 2, 1, 12, 0, 0);
const at = (iso: string) => new Date(iso);

function values(specs: Record<string, unknown>) {
    const inputs = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, property(spec)])) as OperationInputs;
    return valuesFromInputs(inputs);
}

function model(specs: Record<string, unknown>, options: Partial<TimelineOptions> = {}) {
    return timelineModel(values(specs), { t, now: NOW, ...options });
}

const stepStates = (m: ReturnType<typeof model>) => Object.fromEntries(m.steps.map((s) => [s.kind, s.state])) as Partial<Record<StepKind, StepState>>;

// The option sets of seeds 000 (Dataverse) and 001 (Dynamics 365 Sales customization).
const STATUS_CODES = [0, 20, 22, 30, 31, 32];
const STATE_CODES = [0, 2, 3];

describe("timeline steps over every status and state", () => {
    const expected: Record<number, { started: Partial<Record<StepKind, StepState>>; notStarted: Partial<Record<StepKind, StepState>>; end: string }> = {
        0: {
            started: { created: "done", waiting: "current", inProgress: "notReached", end: "notReached" },
            notStarted: { created: "done", waiting: "current", inProgress: "notReached", end: "notReached" },
            end: "Completed",
        },
        20: {
            started: { created: "done", waiting: "done", inProgress: "current", end: "notReached" },
            notStarted: { created: "done", waiting: "done", inProgress: "current", end: "notReached" },
            end: "Completed",
        },
        22: {
            started: { created: "done", waiting: "done", inProgress: "done", canceling: "current", end: "notReached" },
            notStarted: { created: "done", waiting: "done", inProgress: "skipped", canceling: "current", end: "notReached" },
            end: "Completed",
        },
        30: {
            started: { created: "done", waiting: "done", inProgress: "done", end: "current" },
            notStarted: { created: "done", waiting: "done", inProgress: "done", end: "current" },
            end: "Succeeded",
        },
        31: {
            started: { created: "done", waiting: "done", inProgress: "done", end: "current" },
            notStarted: { created: "done", waiting: "done", inProgress: "done", end: "current" },
            end: "Failed",
        },
        32: {
            started: { created: "done", waiting: "done", inProgress: "done", canceling: "done", end: "current" },
            notStarted: { created: "done", waiting: "done", inProgress: "skipped", canceling: "done", end: "current" },
            end: "Canceled",
        },
    };
    const cases = STATUS_CODES.flatMap((status) => STATE_CODES.flatMap((state) => [true, false].map((started) => [status, state, started] as const)));

    it.each(cases)("status %i, state %i, started %s", (status, state, started) => {
        const m = model({
            statusReason: status,
            state,
            createdOn: at("2024-03-01T10:00:00Z"),
            startTime: started ? at("2024-03-01T10:05:00Z") : null,
        });
        expect(stepStates(m)).toEqual(started ? expected[status].started : expected[status].notStarted);
        expect(m.steps[m.steps.length - 1].label).toBe(expected[status].end);
        expect(m.terminal).toBe(status >= 30);
        // The record status shows only where it adds to the status reason: here, where the two disagree.
        const impliedState = { 0: 0, 20: 2, 22: 2, 30: 3, 31: 3, 32: 3 }[status];
        expect(m.state?.label).toBe(state === impliedState ? undefined : { 0: "Ready", 2: "Locked", 3: "Completed" }[state]);
        expect(m.steps.filter((s) => s.state === "current")).toHaveLength(1);
    });

    it("shows the terminal step's time only once the run ended", () => {
        const m = model({ statusReason: 30, startTime: at("2024-03-01T10:05:00Z"), endTime: at("2024-03-01T10:07:00Z") });
        expect(m.steps.find((s) => s.kind === "end")?.time?.value).toEqual(at("2024-03-01T10:07:00Z"));
        expect(m.steps.find((s) => s.kind === "inProgress")?.time?.value).toEqual(at("2024-03-01T10:05:00Z"));
    });

    it("uses the labels and colors of the host's option metadata (the Sales customization)", () => {
        const salesStatus = [
            { Value: 0, Label: "Waiting For Resources", Color: "#808080" },
            { Value: 20, Label: "In Progress (Sales)", Color: "#0078d4" },
            { Value: 22, Label: "Canceling", Color: "#ffaa44" },
            { Value: 30, Label: "Succeeded", Color: "#107c10" },
            { Value: 31, Label: "Failed (Sales)", Color: "#a80000" },
            { Value: 32, Label: "Canceled", Color: "#605e5c" },
        ];
        const salesState = [
            { Value: 0, Label: "Ready" },
            { Value: 2, Label: "Locked" },
            { Value: 3, Label: "Done (Sales)" },
        ];
        const running = model({ statusReason: 20, state: 2 }, { statusOptions: salesStatus, stateOptions: salesState });
        expect(running.status.label).toBe("In Progress (Sales)");
        expect(running.status.color).toBe("#0078d4");
        expect(running.steps.map((s) => s.label)).toEqual(["Created", "Waiting For Resources", "In Progress (Sales)", "Done (Sales)"]);
        const failed = model({ statusReason: 31 }, { statusOptions: salesStatus });
        expect(failed.steps[failed.steps.length - 1]).toMatchObject({ label: "Failed (Sales)", option: { color: "#a80000" } });
    });

    it("shows an unknown status as Unknown (N) without any reached step", () => {
        const m = model({ statusReason: 77, createdOn: at("2024-03-01T10:00:00Z") });
        expect(m.phase).toBe("unknown");
        expect(m.status.label).toBe("Unknown (77)");
        expect(stepStates(m)).toEqual({ created: "done", waiting: "notReached", inProgress: "notReached", end: "notReached" });
    });

    it("keeps a masked status masked and an empty one empty", () => {
        expect(model({ statusReason: { raw: 20, readable: false } })).toMatchObject({ phase: "masked", statusField: "masked" });
        expect(model({ statusReason: null })).toMatchObject({ phase: "none", statusField: "empty" });
    });

    it("draws no steps for a restricted status, rather than steps that were never reached", () => {
        const masked = model({ statusReason: { raw: 20, readable: false }, createdOn: at("2024-03-01T10:00:00Z") });
        expect(masked.steps).toEqual([]);
    });

    it("adds the record status only where the status reason does not already say it", () => {
        expect(model({ statusReason: 31, state: 3 }).state).toBeUndefined();
        expect(model({ statusReason: 20, state: 2 }).state).toBeUndefined();
        expect(model({ statusReason: { raw: 20, readable: false }, state: 3 }).state?.label).toBe("Completed");
        expect(model({ statusReason: 77, state: 2 }).state?.label).toBe("Locked");
        expect(model({ statusReason: null, state: 0 }).state?.label).toBe("Ready");
        expect(model({ statusReason: 0, state: 3 }).state?.label).toBe("Completed");
    });
});

describe("durations and warnings", () => {
    it("computes queue and run time", () => {
        const m = model({
            statusReason: 30,
            createdOn: at("2024-03-01T10:00:00Z"),
            startTime: at("2024-03-01T10:02:30Z"),
            endTime: at("2024-03-01T11:02:30Z"),
        });
        expect(m.queueMs).toBe(150_000);
        expect(m.runMs).toBe(3_600_000);
        expect(m.elapsedMs).toBeUndefined();
        expect(m.warnings).toEqual([]);
    });

    it("counts elapsed time while in progress", () => {
        const m = model({ statusReason: 20, startTime: new Date(NOW - 65_000) });
        expect(m.elapsedMs).toBe(65_000);
    });

    it("never shows negative durations: it warns instead", () => {
        const backwards = model({
            statusReason: 31,
            createdOn: at("2024-03-01T10:00:00Z"),
            startTime: at("2024-03-01T09:00:00Z"),
            endTime: at("2024-03-01T08:00:00Z"),
        });
        expect(backwards.queueMs).toBeUndefined();
        expect(backwards.runMs).toBeUndefined();
        expect(backwards.warnings).toEqual([{ kind: "startBeforeCreated" }, { kind: "endBeforeStart" }]);
    });

    it("warns when an end is recorded without a start, and about dates in the future", () => {
        expect(model({ statusReason: 30, endTime: at("2024-03-01T10:00:00Z") }).warnings).toEqual([{ kind: "endWithoutStart" }]);
        // Canceled before it started: an end without a start is exactly what happened.
        expect(model({ statusReason: 32, endTime: at("2024-03-01T10:00:00Z") }).warnings).toEqual([]);
        const future = model({ statusReason: 20, createdOn: new Date(NOW + 3_600_000), startTime: new Date(NOW + 3_660_000) });
        expect(future.warnings).toEqual([
            { kind: "future", field: "createdOn" },
            { kind: "future", field: "startTime" },
        ]);
        // Two minutes ahead is clock skew, not a warning.
        expect(model({ statusReason: 20, startTime: new Date(NOW + 120_000) }).warnings).toEqual([]);
        expect(future.elapsedMs).toBeUndefined();
    });
});

describe("retries, errors, time to live and title", () => {
    it("puts the retry count on the run step when above 0", () => {
        expect(model({ statusReason: 20, retryCount: 2 }).steps.find((s) => s.kind === "inProgress")?.retries).toBe(2);
        expect(model({ statusReason: 20, retryCount: 0 }).steps.find((s) => s.kind === "inProgress")?.retries).toBeUndefined();
    });

    it("gives error codes in decimal and in the hex form admins search for", () => {
        expect(errorCodeHex(-2147204723)).toBe("0x8004418D");
        expect(errorCodeHex(-2147187707)).toBe("0x80048405");
        const m = model({ statusReason: 31, errorCode: -2147187707, errorMessage: "Access is denied." });
        expect(m.error).toMatchObject({ formatted: "-2147187707 (0x80048405)", notFromDataverse: false, message: { value: "Access is denied." } });
    });

    it("says error code 0 did not come from Dataverse, instead of 0x00000000", () => {
        const m = model({ statusReason: 31, errorCode: 0, errorMessage: "Timeout calling the service" });
        expect(m.error?.notFromDataverse).toBe(true);
        expect(m.error?.formatted).toBeUndefined();
    });

    it("calls an error a failure only when the run failed; while it can still succeed it is the last attempt's", () => {
        const severity = (statusReason: unknown) => model({ statusReason, errorCode: -2147204784, retryCount: 2 }).error?.severity;
        expect(severity(31)).toBe("failed");
        expect([0, 20, 22].map(severity)).toEqual(["attempt", "attempt", "attempt"]);
        expect([30, 32].map(severity)).toEqual(["earlier", "earlier"]);
        expect([77, null, { raw: 31, readable: false }].map(severity)).toEqual(["recorded", "recorded", "recorded"]);
    });

    it("shows an error card for a failed run or a present error, not for a clean success", () => {
        expect(model({ statusReason: 31 }).error).toBeDefined();
        expect(model({ statusReason: 20, errorMessage: "Transient failure, retrying" }).error).toBeDefined();
        expect(model({ statusReason: 30, errorCode: 0, errorMessage: "" }).error).toBeUndefined();
    });

    it("computes when the record expires and how long is left", () => {
        const m = model({ statusReason: 30, createdOn: at("2024-03-01T10:00:00Z"), timeToLive: 86_400 });
        expect(m.timeToLive).toEqual({ seconds: 86_400, expiresAt: at("2024-03-02T10:00:00Z"), remainingMs: 22 * 3_600_000 });
        expect(model({ statusReason: 30, timeToLive: 60 }).timeToLive).toEqual({ seconds: 60, expiresAt: undefined, remainingMs: undefined });
        expect(model({ statusReason: 30 }).timeToLive).toBeUndefined();
    });

    it("titles the timeline with the display name, else the name", () => {
        expect(model({ statusReason: 0, operationName: "contoso_Export", operationDisplayName: "Export contacts" }).title).toBe("Export contacts");
        expect(model({ statusReason: 0, operationName: "contoso_Export", operationDisplayName: "  " }).title).toBe("contoso_Export");
        expect(model({ statusReason: 0 }).title).toBeUndefined();
    });
});

describe("values read through the Web API", () => {
    const form = values({ statusReason: 0, errorMessage: { raw: "secret", readable: false } });

    it("lays a fresh row over the form, keeping masked fields masked", () => {
        const read = valuesFromRow({ backgroundoperationstatuscode: 20, starttime: "2024-03-01T10:05:00Z", errormessage: null, retrycount: 1 }, form);
        expect(read.statusReason).toMatchObject({ state: "value", value: 20 });
        expect(read.startTime.value).toEqual(at("2024-03-01T10:05:00Z"));
        expect(read.retryCount.value).toBe(1);
        expect(read.errorMessage.state).toBe("masked");
        expect(read.endTime.state).toBe("empty");
    });

    it("selects the shown columns and reads within the partition when there is one", () => {
        expect(selectQuery()).toBe(
            "?$select=backgroundoperationstatuscode,backgroundoperationstatecode,createdon,starttime,endtime,retrycount,errorcode,ttlinseconds,errormessage,inputparameters,outputparameters,name,displayname,priority,runas,modifiedon",
        );
        expect(selectQuery("tenant-42")).toMatch(/&partitionId=tenant-42$/);
        expect(selectQuery("a b&c")).toMatch(/&partitionId=a%20b%26c$/);
        expect(selectQuery("  ")).not.toContain("partitionId");
    });

    it("knows the terminal statuses", () => {
        expect([0, 20, 22, 30, 31, 32, 77].map((code) => isTerminalStatus(code))).toEqual([false, false, false, true, true, true, false]);
        expect(isTerminalStatus(null)).toBe(false);
    });

    it("shows Canceling once a cancel request succeeded, until Dataverse reports more", () => {
        const waiting = values({ statusReason: 0, state: 0 });
        expect(withCancelRequested(waiting)).toMatchObject({ statusReason: { value: 22 }, state: { value: 2 } });
        const canceled = values({ statusReason: 32, state: 3 });
        expect(withCancelRequested(canceled)).toBe(canceled);
    });
});

describe("parameters", () => {
    it("reads the documented key/value list as pairs, nested JSON expandable", () => {
        const read = readParameters(
            '[{"Key":"AnnotationId","Value":"bb26025c-cbe6-ed11-a7c6-000d3a9933c9"},{"Key":"Options","Value":"{\\"depth\\":2}"},{"Key":"Count","Value":3}]',
        );
        expect(read.kind).toBe("pairs");
        if (read.kind !== "pairs") return;
        expect(read.pairs.map((p) => [p.key, p.text])).toEqual([
            ["AnnotationId", "bb26025c-cbe6-ed11-a7c6-000d3a9933c9"],
            ["Options", '{"depth":2}'],
            ["Count", "3"],
        ]);
        expect(read.pairs[0].json).toBeUndefined();
        expect(read.pairs[1].json).toMatchObject({ kind: "json", value: { depth: 2 } });
    });

    it("falls back to the JSON tree for other JSON and to text for the rest", () => {
        expect(readParameters('{"a":1}').kind).toBe("json");
        expect(readParameters("[1,2]").kind).toBe("json");
        expect(readParameters("[]").kind).toBe("json");
        expect(readParameters("not json at all")).toMatchObject({ kind: "text", read: { reason: "notJson" } });
        expect(readParameters('[{"Key":')).toMatchObject({ kind: "text", read: { reason: "malformed" } });
        expect(readParameters("  ").kind).toBe("empty");
        expect(readParameters(null).kind).toBe("empty");
    });
});
