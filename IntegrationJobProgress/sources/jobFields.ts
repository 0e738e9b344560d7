import { readNumber, readText } from "../../common/host/fields";
import { optionsOf } from "../../common/model/options";
import type { JobReads } from "../model/jobModel";

export type JobProperties = Partial<
    Record<
        "expectedPackets" | "jobStatus" | "jobType" | "responseJson" | "regardingEntity" | "regardingEntityId",
        Partial<ComponentFramework.PropertyTypes.Property>
    >
>;

/** The job's bound values, read through the host's field readers (null, masked, unknown options alike). */
export function readJob(parameters: JobProperties): JobReads {
    return {
        expectedPackets: readNumber(parameters.expectedPackets),
        jobStatus: readNumber(parameters.jobStatus),
        jobStatusOptions: optionsOf(parameters.jobStatus),
        jobType: readNumber(parameters.jobType),
        jobTypeOptions: optionsOf(parameters.jobType),
        responseJson: readText(parameters.responseJson),
        regardingEntity: readText(parameters.regardingEntity),
        regardingEntityId: readText(parameters.regardingEntityId),
    };
}
