import type { OptionTable } from "../host/options";

/**
 * Fallback option tables, used when the bound property carries no option metadata (test harness, canvas,
 * unbound columns such as stagedmetadataasyncoperation.asyncjobstatus). Labels are resx keys
 * `Option_<name>_<value>`; the host's metadata wins whenever it is there.
 */
export const BACKGROUND_OPERATION_STATUS: OptionTable = {
    name: "bgopStatus",
    entries: { 0: "neutral", 20: "progress", 22: "warning", 30: "success", 31: "error", 32: "neutral" },
};

export const BACKGROUND_OPERATION_STATE: OptionTable = {
    name: "bgopState",
    entries: { 0: "neutral", 2: "progress", 3: "neutral" },
};

/** asyncoperation.statuscode, also carried by stagedmetadataasyncoperation.asyncjobstatus. */
export const ASYNC_OPERATION_STATUS: OptionTable = {
    name: "asyncStatus",
    entries: { 0: "neutral", 10: "neutral", 20: "progress", 21: "warning", 22: "warning", 30: "success", 31: "error", 32: "neutral" },
};

export const ASYNC_OPERATION_STATE: OptionTable = {
    name: "asyncState",
    entries: { 0: "neutral", 1: "warning", 2: "progress", 3: "neutral" },
};

export const INTEGRATION_JOB_STATUS: OptionTable = {
    name: "jobStatus",
    entries: {
        192350000: "neutral",
        192350001: "info",
        192350002: "warning",
        192350003: "progress",
        192350004: "success",
        192350005: "error",
    },
};

export const INTEGRATION_JOB_TYPE: OptionTable = {
    name: "jobType",
    entries: { 192350000: "info" },
};

/** Status codes of background operations and system jobs share values; these end a run. */
export const TERMINAL_STATUS_CODES: ReadonlySet<number> = new Set([30, 31, 32]);
