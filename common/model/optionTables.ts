import type { OptionTable } from "./options";

/**
 * Option tables of option sets that no one control owns: they belong to system tables every control may
 * show. A control's own option sets stay in `<Control>/model/optionTables.ts`.
 */

/**
 * asyncoperation.statuscode (system jobs), also carried by stagedmetadataasyncoperation.asyncjobstatus (a
 * column without option metadata). Labels are the shared resx keys `Option_asyncStatus_<value>`
 * (common/strings); the host's metadata wins whenever it is there.
 */
export const ASYNC_OPERATION_STATUS: OptionTable = {
    name: "asyncStatus",
    entries: { 0: "neutral", 10: "neutral", 20: "progress", 21: "warning", 22: "warning", 30: "success", 31: "error", 32: "neutral" },
};
