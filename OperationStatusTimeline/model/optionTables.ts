import type { OptionTable } from "../../common/model/options";

/*
 * Fallback option tables of backgroundoperation, used when the bound property carries no option metadata
 * (test harness, canvas). Labels are resx keys `Option_<name>_<value>`; the host's metadata wins whenever
 * it is there.
 */

export const BACKGROUND_OPERATION_STATUS: OptionTable = {
    name: "bgopStatus",
    entries: { 0: "neutral", 20: "progress", 22: "warning", 30: "success", 31: "error", 32: "neutral" },
};

export const BACKGROUND_OPERATION_STATE: OptionTable = {
    name: "bgopState",
    entries: { 0: "neutral", 2: "progress", 3: "neutral" },
};

/** Status reasons that end a run: Succeeded, Failed, Canceled. */
export const TERMINAL_STATUS_CODES: ReadonlySet<number> = new Set([30, 31, 32]);
