import { readDate, readNumber, readText } from "../../common/host/fields";
import type { FieldRead } from "../../common/model/fieldRead";
import { optionsOf, sameOptions, type OptionMetadataLike as OptionMetadata } from "../../common/model/options";
import { COLUMNS, FIELDS, keepUnchanged, type OperationValues, type ValueKind } from "../model/operationValues";

type Property = Partial<ComponentFramework.PropertyTypes.Property> | null | undefined;

/** The bound properties that describe the operation (refreshSeconds is a setting, not a value). */
export type OperationInputs = { [K in keyof OperationValues]?: Property };

function read(kind: ValueKind, property: Property): FieldRead<unknown> {
    if (kind === "number") return readNumber(property);
    if (kind === "date") return readDate(property);
    return readText(property);
}

/** Every bound value of the operation, read through the host's field readers (masked, empty or a value). */
export function valuesFromInputs(inputs: OperationInputs): OperationValues {
    const values: Record<string, FieldRead<unknown>> = {};
    for (const field of FIELDS) values[field] = read(COLUMNS[field].kind, inputs[field]);
    return values as unknown as OperationValues;
}

interface FormReading {
    values: OperationValues;
    /** Options from the bound status reason / status properties' metadata. */
    statusOptions: readonly OptionMetadata[];
    stateOptions: readonly OptionMetadata[];
}

/**
 * What the form says about the operation, read on each updateView and handed back as the same objects while
 * it reads the same (values compared as read, option metadata by value, label and color), so the views
 * memoized on them do not re-render.
 */
export class FormValues {
    private last: FormReading | undefined;

    read(inputs: OperationInputs): FormReading {
        const last = this.last;
        const values = keepUnchanged(last?.values, valuesFromInputs(inputs));
        const statusOptions = keepOptions(last?.statusOptions, optionsOf(inputs.statusReason));
        const stateOptions = keepOptions(last?.stateOptions, optionsOf(inputs.state));
        if (last && values === last.values && statusOptions === last.statusOptions && stateOptions === last.stateOptions) return last;
        this.last = { values, statusOptions, stateOptions };
        return this.last;
    }
}

function keepOptions(previous: readonly OptionMetadata[] | undefined, next: readonly OptionMetadata[]): readonly OptionMetadata[] {
    return previous && sameOptions(previous, next) ? previous : next;
}
