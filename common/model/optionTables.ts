import type { OptionTable } from "./options";

/*
 * Fallback option tables of the Dataverse tables more than one control shows, used when the host gives no
 * option metadata (test harness, canvas, a data set's columns). Labels are the shared resx keys
 * `Option_<name>_<value>` (common/strings); the host's metadata or formatted value wins whenever it is there.
 */

/** backgroundoperation.backgroundoperationstatuscode */
export const BACKGROUND_OPERATION_STATUS: OptionTable = {
    name: "bgopStatus",
    entries: { 0: "neutral", 20: "progress", 22: "warning", 30: "success", 31: "error", 32: "neutral" },
};

/** backgroundoperation.backgroundoperationstatecode */
export const BACKGROUND_OPERATION_STATE: OptionTable = {
    name: "bgopState",
    entries: { 0: "neutral", 2: "progress", 3: "neutral" },
};

/** Background operation status reasons that can still change on their own: Waiting For Resources, In Progress, Canceling. */
export const BACKGROUND_OPERATION_LIVE: ReadonlySet<number> = new Set([0, 20, 22]);

/** Status reasons that end a background operation's run: Succeeded, Failed, Canceled. */
export const TERMINAL_STATUS_CODES: ReadonlySet<number> = new Set([30, 31, 32]);

/** msdyn_integrationjob.msdyn_status */
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

/** Integration job statuses that can still change on their own: Waiting, Ready, Processing. */
export const INTEGRATION_JOB_LIVE: ReadonlySet<number> = new Set([192350000, 192350001, 192350003]);

/** msdyn_integrationjob.msdyn_type */
export const INTEGRATION_JOB_TYPE: OptionTable = {
    name: "jobType",
    entries: { 192350000: "info" },
};

/**
 * asyncoperation.statuscode (system jobs), also carried by stagedmetadataasyncoperation.asyncjobstatus (a
 * column without option metadata). Labels are the shared resx keys `Option_asyncStatus_<value>`
 * (common/strings); the host's metadata wins whenever it is there.
 */
export const ASYNC_OPERATION_STATUS: OptionTable = {
    name: "asyncStatus",
    entries: { 0: "neutral", 10: "neutral", 20: "progress", 21: "warning", 22: "warning", 30: "success", 31: "error", 32: "neutral" },
};

/** System job status reasons that can still change on their own: Waiting For Resources, Waiting, In Progress, Pausing, Canceling. */
export const ASYNC_OPERATION_LIVE: ReadonlySet<number> = new Set([0, 10, 20, 21, 22]);

/** asyncoperation.statecode: Ready, Suspended, Locked, Completed. */
export const ASYNC_OPERATION_STATE: OptionTable = {
    name: "asyncState",
    entries: { 0: "neutral", 1: "warning", 2: "progress", 3: "neutral" },
};
