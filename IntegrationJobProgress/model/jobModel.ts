import { optionsOf, resolveOption, type ResolvedOption } from "../../common/host/options";
import { readNumber, type FieldRead } from "../../common/host/fields";
import type { Translate } from "../../common/host/strings";
import { INTEGRATION_JOB_STATUS } from "../../common/dataverse/optionTables";

type Property = Partial<ComponentFramework.PropertyTypes.Property> | undefined;

export interface JobInputs {
    expectedPackets?: Property;
    jobStatus?: Property;
}

export interface JobModel {
    expected: FieldRead<number>;
    status: ResolvedOption | undefined;
}

export function jobModel(inputs: JobInputs, t: Translate): JobModel {
    const status = readNumber(inputs.jobStatus);
    return {
        expected: readNumber(inputs.expectedPackets),
        status: status.state === "value" ? resolveOption(status.value, INTEGRATION_JOB_STATUS, t, optionsOf(inputs.jobStatus)) : undefined,
    };
}
