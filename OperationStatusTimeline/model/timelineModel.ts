import { resolveOption, type OptionMetadataLike, type ResolvedOption } from "../../common/model/options";
import { formatErrorCode } from "../../common/model/errorCodes";
import type { FieldRead, FieldState } from "../../common/model/fieldRead";
import type { Translate } from "../../common/model/text";
import { BACKGROUND_OPERATION_STATE, BACKGROUND_OPERATION_STATUS, TERMINAL_STATUS_CODES } from "../../common/model/optionTables";
import type { OperationValues } from "./operationValues";

type OptionMetadata = readonly OptionMetadataLike[];

/** backgroundoperationstatuscode values. */
export const STATUS = { waiting: 0, inProgress: 20, canceling: 22, succeeded: 30, failed: 31, canceled: 32 } as const;
/** backgroundoperationstatecode values. */
export const STATE = { ready: 0, locked: 2, completed: 3 } as const;

/** Dataverse retries a failed run up to this many times. */
export const MAX_RETRIES = 3;
/** Clocks of server and browser differ a little; only dates further ahead than this are "in the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export type Phase = "waiting" | "inProgress" | "canceling" | "succeeded" | "failed" | "canceled" | "unknown" | "none" | "masked";
export type StepKind = "created" | "waiting" | "inProgress" | "canceling" | "end";
/** done: passed; current: where the run is; notReached: still ahead; skipped: passed over (never ran). */
export type StepState = "done" | "current" | "notReached" | "skipped";

export interface TimelineStep {
    kind: StepKind;
    label: string;
    option?: ResolvedOption;
    state: StepState;
    /** When the step was reached, as far as the record says. */
    time?: FieldRead<Date>;
    /** Retries, on the run step only. */
    retries?: number;
}

export type DateField = "createdOn" | "startTime" | "endTime";

export type TimelineWarning = { kind: "endBeforeStart" } | { kind: "endWithoutStart" } | { kind: "startBeforeCreated" } | { kind: "future"; field: DateField };

/**
 * What an error means for the run: it failed (red); the last attempt failed but the run has not finished
 * and can still succeed (a warning); an earlier attempt failed but the run ended otherwise (neutral); or
 * the run's status is not known here (neutral).
 */
export type ErrorSeverity = "failed" | "attempt" | "earlier" | "recorded";

export interface ErrorInfo {
    code: FieldRead<number>;
    /** The code as admins search for it, decimal and hex ("-2147204723 (0x8004418D)"); absent for 0 and when unknown. */
    formatted?: string;
    /** errorcode 0: the error came from outside Dataverse (the custom API's own code, a dependency). */
    notFromDataverse: boolean;
    message: FieldRead<string>;
    severity: ErrorSeverity;
}

export interface TimeToLive {
    seconds: number;
    expiresAt?: Date;
    /** Milliseconds left until the row is deleted; negative once that time has passed. */
    remainingMs?: number;
}

export interface TimelineModel {
    title?: string;
    phase: Phase;
    status: ResolvedOption;
    statusField: FieldState;
    /**
     * The record's status (statecode), only where it adds to the status reason: the status reason is not
     * known here (restricted, empty, a value the control does not know) or the two disagree.
     */
    state?: ResolvedOption;
    terminal: boolean;
    /** The run's steps; none when the status is restricted (the steps would only guess). */
    steps: TimelineStep[];
    times: Record<DateField, FieldRead<Date>>;
    /** start − created */
    queueMs?: number;
    /** end − start */
    runMs?: number;
    /** now − start, while in progress */
    elapsedMs?: number;
    warnings: TimelineWarning[];
    retries: number;
    error?: ErrorInfo;
    timeToLive?: TimeToLive;
}

export interface TimelineOptions {
    t: Translate;
    /** Options from the bound status reason / status properties' metadata. */
    statusOptions?: OptionMetadata;
    stateOptions?: OptionMetadata;
    now: number;
}

function phaseOf(status: FieldRead<number>): Phase {
    if (status.state === "masked") return "masked";
    if (status.state === "empty" || status.value === null) return "none";
    switch (status.value) {
        case STATUS.waiting:
            return "waiting";
        case STATUS.inProgress:
            return "inProgress";
        case STATUS.canceling:
            return "canceling";
        case STATUS.succeeded:
            return "succeeded";
        case STATUS.failed:
            return "failed";
        case STATUS.canceled:
            return "canceled";
        default:
            return "unknown";
    }
}

/** The statecode each status reason belongs to. */
const STATE_OF_PHASE: Partial<Record<Phase, number>> = {
    waiting: STATE.ready,
    inProgress: STATE.locked,
    canceling: STATE.locked,
    succeeded: STATE.completed,
    failed: STATE.completed,
    canceled: STATE.completed,
};

function severityOf(phase: Phase): ErrorSeverity {
    switch (phase) {
        case "failed":
            return "failed";
        case "waiting":
        case "inProgress":
        case "canceling":
            return "attempt";
        case "succeeded":
        case "canceled":
            return "earlier";
        default:
            return "recorded";
    }
}

const value = <T>(read: FieldRead<T>): T | undefined => (read.state === "value" && read.value !== null ? read.value : undefined);

function stepStates(phase: Phase, started: boolean): Record<Exclude<StepKind, "created">, StepState> {
    // A run canceled (or being canceled) before it started never ran: its run step was skipped.
    const ranOrSkipped: StepState = started ? "done" : "skipped";
    switch (phase) {
        case "waiting":
            return { waiting: "current", inProgress: "notReached", canceling: "notReached", end: "notReached" };
        case "inProgress":
            return { waiting: "done", inProgress: "current", canceling: "notReached", end: "notReached" };
        case "canceling":
            return { waiting: "done", inProgress: ranOrSkipped, canceling: "current", end: "notReached" };
        case "canceled":
            return { waiting: "done", inProgress: ranOrSkipped, canceling: "done", end: "current" };
        case "succeeded":
        case "failed":
            return { waiting: "done", inProgress: "done", canceling: "notReached", end: "current" };
        default:
            return { waiting: "notReached", inProgress: "notReached", canceling: "notReached", end: "notReached" };
    }
}

/** Bound (or freshly read) values → the timeline a user sees: steps, durations, warnings, error, TTL. */
export function timelineModel(values: OperationValues, options: TimelineOptions): TimelineModel {
    const { t, now } = options;
    const statusOf = (code: number) => resolveOption(code, BACKGROUND_OPERATION_STATUS, t, options.statusOptions);
    const phase = phaseOf(values.statusReason);
    const status = resolveOption(values.statusReason.value, BACKGROUND_OPERATION_STATUS, t, options.statusOptions);
    const stateValue = value(values.state);
    const expectedState = STATE_OF_PHASE[phase];
    const state =
        stateValue === undefined || stateValue === expectedState ? undefined : resolveOption(stateValue, BACKGROUND_OPERATION_STATE, t, options.stateOptions);
    const terminal = phase === "succeeded" || phase === "failed" || phase === "canceled";

    const created = value(values.createdOn);
    const start = value(values.startTime);
    const end = value(values.endTime);
    // A masked start time may well exist: only an empty one proves the run never started.
    const started = values.startTime.state !== "empty";
    const states = stepStates(phase, started);
    const retries = value(values.retryCount) ?? 0;

    const steps: TimelineStep[] = [
        { kind: "created", label: t("Step_Created"), state: "done", time: values.createdOn },
        { kind: "waiting", label: statusOf(STATUS.waiting).label, option: statusOf(STATUS.waiting), state: states.waiting },
        {
            kind: "inProgress",
            label: statusOf(STATUS.inProgress).label,
            option: statusOf(STATUS.inProgress),
            state: states.inProgress,
            time: states.inProgress === "skipped" ? undefined : values.startTime,
            retries: retries > 0 ? retries : undefined,
        },
    ];
    if (phase === "canceling" || phase === "canceled") {
        steps.push({ kind: "canceling", label: statusOf(STATUS.canceling).label, option: statusOf(STATUS.canceling), state: states.canceling });
    }
    const endOption =
        terminal && values.statusReason.value !== null ? status : resolveOption(STATE.completed, BACKGROUND_OPERATION_STATE, t, options.stateOptions);
    steps.push({ kind: "end", label: endOption.label, option: endOption, state: states.end, time: terminal ? values.endTime : undefined });
    // A restricted status says nothing about how far the run got: no steps rather than four "not reached".
    if (phase === "masked") steps.length = 0;

    const warnings: TimelineWarning[] = [];
    let queueMs: number | undefined;
    let runMs: number | undefined;
    let elapsedMs: number | undefined;
    if (created && start) {
        if (start.getTime() < created.getTime()) warnings.push({ kind: "startBeforeCreated" });
        else queueMs = start.getTime() - created.getTime();
    }
    if (end && start) {
        if (end.getTime() < start.getTime()) warnings.push({ kind: "endBeforeStart" });
        else runMs = end.getTime() - start.getTime();
    }
    // A run canceled before it started legitimately ends without a start; anything else is inconsistent.
    if (end && values.startTime.state === "empty" && phase !== "canceled" && phase !== "canceling") warnings.push({ kind: "endWithoutStart" });
    const dated: { field: DateField; date: Date | undefined }[] = [
        { field: "createdOn", date: created },
        { field: "startTime", date: start },
        { field: "endTime", date: end },
    ];
    for (const { field, date } of dated) {
        if (date && date.getTime() > now + FUTURE_TOLERANCE_MS) warnings.push({ kind: "future", field });
    }
    if (phase === "inProgress" && start && !end && start.getTime() <= now) elapsedMs = now - start.getTime();

    const code = values.errorCode;
    const codeValue = value(code);
    const message = values.errorMessage;
    const hasMessage = message.state === "value" && (message.value ?? "").trim() !== "";
    const error: ErrorInfo | undefined =
        phase === "failed" || (codeValue !== undefined && codeValue !== 0) || hasMessage
            ? {
                  code,
                  formatted: codeValue !== undefined && codeValue !== 0 ? formatErrorCode(codeValue) : undefined,
                  notFromDataverse: codeValue === 0,
                  message,
                  severity: severityOf(phase),
              }
            : undefined;

    const ttlSeconds = value(values.timeToLive);
    let timeToLive: TimeToLive | undefined;
    if (ttlSeconds !== undefined && ttlSeconds > 0) {
        const expiresAt = created ? new Date(created.getTime() + ttlSeconds * 1000) : undefined;
        timeToLive = { seconds: ttlSeconds, expiresAt, remainingMs: expiresAt ? expiresAt.getTime() - now : undefined };
    }

    const displayName = value(values.operationDisplayName)?.trim();
    const name = value(values.operationName)?.trim();

    return {
        title: displayName || name || undefined,
        phase,
        status,
        statusField: values.statusReason.state,
        state,
        terminal,
        steps,
        times: { createdOn: values.createdOn, startTime: values.startTime, endTime: values.endTime },
        queueMs,
        runMs,
        elapsedMs,
        warnings,
        retries,
        error,
        timeToLive,
    };
}

/** Whether a status code ends the run (no further refreshes needed). */
export function isTerminalStatus(code: number | null | undefined): boolean {
    return code !== null && code !== undefined && TERMINAL_STATUS_CODES.has(code);
}

/**
 * After a cancel request succeeded the row is Locked / Canceling, even while a read that started before
 * the request still answers Waiting: show what was asked for until Dataverse reports a later status.
 */
export function withCancelRequested(values: OperationValues): OperationValues {
    const status = values.statusReason;
    if (status.state !== "value" || status.value !== STATUS.waiting) return values;
    return {
        ...values,
        statusReason: { state: "value", value: STATUS.canceling },
        state: values.state.state === "masked" ? values.state : { state: "value", value: STATE.locked },
    };
}
