import type { OptionTable } from "../../common/model/options";

/**
 * asyncoperation.statuscode, also carried by stagedmetadataasyncoperation.asyncjobstatus (an unbound-able
 * column without option metadata). Labels are resx keys `Option_asyncStatus_<value>`; the host's metadata
 * wins whenever it is there.
 */
export const ASYNC_OPERATION_STATUS: OptionTable = {
    name: "asyncStatus",
    entries: { 0: "neutral", 10: "neutral", 20: "progress", 21: "warning", 22: "warning", 30: "success", 31: "error", 32: "neutral" },
};
