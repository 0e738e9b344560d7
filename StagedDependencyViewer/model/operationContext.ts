import type { FieldRead, FieldState } from "../../common/model/fieldRead";
import { memoLast } from "../../common/model/memo";
import type { OptionMetadataLike } from "../../common/model/options";

export interface OperationInputs {
    name: FieldRead<string>;
    componentType: FieldRead<number>;
    jobStatus: FieldRead<number>;
    /** The job status column's option metadata; usually none, the column is not an option set. */
    jobStatusOptions: readonly OptionMetadataLike[];
}

/**
 * What the header tells about the staged operation, from its bound columns: values and codes only; the
 * view turns them into text in the user's language (the component type's label, the status's option).
 */
export interface OperationContext {
    /** The operation's name, trimmed. */
    name: FieldRead<string>;
    /** The staged component's solution component type code. */
    componentType: FieldRead<number>;
    /** The async job status, with the host's metadata for that one value when it has some. */
    jobStatus: FieldRead<number> & { metadata: readonly OptionMetadataLike[] };
}

const read = <T>(state: FieldState, value: T | null): FieldRead<T> => ({ state, value: state === "value" ? value : null });

/** The header's model from the reads' states and values, and the status value's metadata label and color. */
function build(
    nameState: FieldState,
    name: string | null,
    typeState: FieldState,
    type: number | null,
    statusState: FieldState,
    status: number | null,
    option: boolean,
    label: string | null | undefined,
    color: string | null | undefined,
): OperationContext {
    return {
        name: read(nameState, name === null ? null : name.trim()),
        componentType: read(typeState, type),
        jobStatus: { ...read(statusState, status), metadata: option && status !== null ? [{ Value: status, Label: label, Color: color }] : [] },
    };
}

/**
 * The header's model, the same object while the bound values it reads are the same (raw values and
 * states, and the label and color the host gives the status value), so the header does not render again.
 */
export function createOperationContext(): (inputs: OperationInputs) => OperationContext {
    const memo = memoLast(build);
    return ({ name, componentType, jobStatus, jobStatusOptions }) => {
        const option = jobStatusOptions.find((o) => o.Value === jobStatus.value);
        return memo(
            name.state,
            name.value,
            componentType.state,
            componentType.value,
            jobStatus.state,
            jobStatus.value,
            option !== undefined,
            option?.Label,
            option?.Color,
        );
    };
}
