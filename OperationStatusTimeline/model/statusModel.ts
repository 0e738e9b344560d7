import { optionsOf, resolveOption, type ResolvedOption } from "../../common/host/options";
import { readNumber, type FieldState } from "../../common/host/fields";
import type { Translate } from "../../common/host/strings";
import { BACKGROUND_OPERATION_STATE, BACKGROUND_OPERATION_STATUS } from "../../common/dataverse/optionTables";

type Property = Partial<ComponentFramework.PropertyTypes.Property> | undefined;

export interface StatusInputs {
    statusReason?: Property;
    state?: Property;
}

export interface StatusModel {
    /** "masked" when field security hides the status reason, "empty" when it has no value. */
    field: FieldState;
    status: ResolvedOption;
    state: ResolvedOption | undefined;
}

/** The status reason and state as labelled options, from the bound properties' metadata when present. */
export function statusModel(inputs: StatusInputs, t: Translate): StatusModel {
    const status = readNumber(inputs.statusReason);
    const state = readNumber(inputs.state);
    return {
        field: status.state,
        status: resolveOption(status.value, BACKGROUND_OPERATION_STATUS, t, optionsOf(inputs.statusReason)),
        state: state.state === "value" ? resolveOption(state.value, BACKGROUND_OPERATION_STATE, t, optionsOf(inputs.state)) : undefined,
    };
}
