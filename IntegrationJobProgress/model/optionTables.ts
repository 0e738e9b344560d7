import type { OptionTable } from "../../common/model/options";

/*
 * Fallback option tables of msdyn_integrationjob, used when the bound property carries no option metadata
 * (test harness, canvas). Labels are resx keys `Option_<name>_<value>`; the host's metadata wins whenever
 * it is there.
 */

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
