import { readDate, readNumber, readText, type FieldRead } from "../../common/host/fields";

type Property = Partial<ComponentFramework.PropertyTypes.Property> | null | undefined;

/** The bound properties that describe the operation (refreshSeconds is a setting, not a value). */
export interface OperationInputs {
    statusReason?: Property;
    state?: Property;
    createdOn?: Property;
    startTime?: Property;
    endTime?: Property;
    retryCount?: Property;
    errorCode?: Property;
    timeToLive?: Property;
    errorMessage?: Property;
    inputParameters?: Property;
    outputParameters?: Property;
    operationName?: Property;
    operationDisplayName?: Property;
}

/** One background operation's values, read from the form or from a fresh Web API read. */
export interface OperationValues {
    statusReason: FieldRead<number>;
    state: FieldRead<number>;
    createdOn: FieldRead<Date>;
    startTime: FieldRead<Date>;
    endTime: FieldRead<Date>;
    retryCount: FieldRead<number>;
    errorCode: FieldRead<number>;
    timeToLive: FieldRead<number>;
    errorMessage: FieldRead<string>;
    inputParameters: FieldRead<string>;
    outputParameters: FieldRead<string>;
    operationName: FieldRead<string>;
    operationDisplayName: FieldRead<string>;
}

type Kind = "number" | "date" | "text";

/** Each value's backgroundoperation column and how it is read. */
export const COLUMNS: Readonly<Record<keyof OperationValues, { column: string; kind: Kind }>> = {
    statusReason: { column: "backgroundoperationstatuscode", kind: "number" },
    state: { column: "backgroundoperationstatecode", kind: "number" },
    createdOn: { column: "createdon", kind: "date" },
    startTime: { column: "starttime", kind: "date" },
    endTime: { column: "endtime", kind: "date" },
    retryCount: { column: "retrycount", kind: "number" },
    errorCode: { column: "errorcode", kind: "number" },
    timeToLive: { column: "ttlinseconds", kind: "number" },
    errorMessage: { column: "errormessage", kind: "text" },
    inputParameters: { column: "inputparameters", kind: "text" },
    outputParameters: { column: "outputparameters", kind: "text" },
    operationName: { column: "name", kind: "text" },
    operationDisplayName: { column: "displayname", kind: "text" },
};

const FIELDS = Object.keys(COLUMNS) as (keyof OperationValues)[];

function read(kind: Kind, property: Property): FieldRead<unknown> {
    if (kind === "number") return readNumber(property);
    if (kind === "date") return readDate(property);
    return readText(property);
}

export function valuesFromInputs(inputs: OperationInputs): OperationValues {
    const values: Record<string, FieldRead<unknown>> = {};
    for (const field of FIELDS) values[field] = read(COLUMNS[field].kind, inputs[field]);
    return values as unknown as OperationValues;
}

/**
 * A row read through the Web API laid over the form's values. A column the form masks stays masked
 * (field security answers null for it, which must not read as "empty").
 */
export function valuesFromRow(row: Readonly<Record<string, unknown>>, form: OperationValues): OperationValues {
    const values: Record<string, FieldRead<unknown>> = {};
    for (const field of FIELDS) {
        const { column, kind } = COLUMNS[field];
        values[field] = form[field].state === "masked" ? form[field] : read(kind, { raw: row[column] as never });
    }
    return values as unknown as OperationValues;
}

/**
 * The retrieveRecord options: every column the timeline shows, and the row's partition when it has one
 * (backgroundoperation is an elastic table: a partitioned row is only found within its partition).
 */
export function selectQuery(partitionId?: string | null): string {
    const select = `?$select=${FIELDS.map((f) => COLUMNS[f].column).join(",")}`;
    const partition = partitionId?.trim();
    return partition ? `${select}&partitionId=${encodeURIComponent(partition)}` : select;
}
