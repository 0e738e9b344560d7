import type { IInputs } from "../generated/ManifestTypes";
import { readNumber, readText, type FieldState } from "../../common/host/fields";
import { optionsOf, resolveOption, type ResolvedOption } from "../../common/model/options";
import { ASYNC_OPERATION_STATUS } from "./optionTables";
import type { Translate } from "../../common/model/text";
import { componentTypeLabel } from "./componentTypes";

/** What the header tells about the staged operation, from its bound columns. */
export interface OperationContext {
    name: { state: FieldState; text: string };
    componentType: { state: FieldState; label: string };
    jobStatus: { state: FieldState; option: ResolvedOption | undefined };
}

type Parameters = Pick<IInputs, "operationName" | "componentType" | "asyncJobStatus">;

export function operationContext(parameters: Parameters, t: Translate): OperationContext {
    const name = readText(parameters.operationName);
    const type = readNumber(parameters.componentType);
    const status = readNumber(parameters.asyncJobStatus);
    return {
        name: { state: name.state, text: name.value?.trim() ?? "" },
        componentType: { state: type.state, label: type.value === null ? "" : componentTypeLabel(type.value, t) },
        jobStatus: {
            state: status.state,
            option: status.value === null ? undefined : resolveOption(status.value, ASYNC_OPERATION_STATUS, t, optionsOf(parameters.asyncJobStatus)),
        },
    };
}
