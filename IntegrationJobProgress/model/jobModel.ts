import { optionsOf, resolveOption, type ResolvedOption } from "../../common/model/options";
import { readNumber, readText, type FieldRead } from "../../common/host/fields";
import { normalizeGuid } from "../../common/model/guid";
import type { Translate } from "../../common/model/text";
import { INTEGRATION_JOB_STATUS, INTEGRATION_JOB_TYPE } from "../../common/model/optionTables";
import { readExpected, type ExpectedPackets } from "./packets";
import { readResponse, type ResponseRead } from "./response";

type Property = Partial<ComponentFramework.PropertyTypes.Property> | undefined;

export interface JobInputs {
    expectedPackets?: Property;
    jobStatus?: Property;
    jobType?: Property;
    responseJson?: Property;
    regardingEntity?: Property;
    regardingEntityId?: Property;
}

/** msdyn_integrationjob.msdyn_status values. */
export const JOB_STATUS = {
    waiting: 192350000,
    ready: 192350001,
    skipped: 192350002,
    processing: 192350003,
    succeeded: 192350004,
    failed: 192350005,
} as const;

/** A job in one of these states gets no more packets. */
export const FINAL_JOB_STATUSES: ReadonlySet<number> = new Set([JOB_STATUS.skipped, JOB_STATUS.succeeded, JOB_STATUS.failed]);

/** How the progress bar looks, following the job's status. */
export type BarLook = "active" | "idle" | "done" | "failed" | "skipped";

export type Regarding =
    | { kind: "link"; entityName: string; id: string }
    | { kind: "text"; text: string }
    | { kind: "masked" }
    | { kind: "none" };

export interface JobModel {
    expected: ExpectedPackets;
    status: ResolvedOption | undefined;
    statusMasked: boolean;
    type: ResolvedOption | undefined;
    typeMasked: boolean;
    /** Whether the job's status says no more packets will come. */
    final: boolean;
    processing: boolean;
    look: BarLook;
    response: ResponseRead | "masked";
    regarding: Regarding;
}

export function barLook(status: number | null): BarLook {
    switch (status) {
        case JOB_STATUS.failed:
            return "failed";
        case JOB_STATUS.skipped:
            return "skipped";
        case JOB_STATUS.succeeded:
            return "done";
        case JOB_STATUS.processing:
            return "active";
        default:
            return "idle";
    }
}

const LOGICAL_NAME = /^[a-z][a-z0-9_]{0,127}$/;

/** A link when both the table's logical name and a GUID are there; the text as it is otherwise. */
export function regardingOf(entity: FieldRead<string>, id: FieldRead<string>): Regarding {
    if (entity.state === "masked" || id.state === "masked") return { kind: "masked" };
    const entityName = entity.value?.trim().toLowerCase() ?? "";
    const guid = normalizeGuid(id.value);
    if (guid && LOGICAL_NAME.test(entityName)) return { kind: "link", entityName, id: guid };
    const text = [entity.value?.trim(), id.value?.trim()].filter((part) => !!part).join(" ");
    return text ? { kind: "text", text } : { kind: "none" };
}

function option(property: Property, table: typeof INTEGRATION_JOB_STATUS, t: Translate): { value: number | null; option?: ResolvedOption; masked: boolean } {
    const read = readNumber(property);
    if (read.state === "masked") return { value: null, masked: true };
    if (read.state !== "value") return { value: null, masked: false };
    return { value: read.value, option: resolveOption(read.value, table, t, optionsOf(property)), masked: false };
}

/**
 * The bound values as the view shows them. `parseResponse` lets the control parse the response JSON once
 * per value rather than on every updateView.
 */
export function jobModel(inputs: JobInputs, t: Translate, parseResponse: (text: string | null) => ResponseRead = readResponse): JobModel {
    const status = option(inputs.jobStatus, INTEGRATION_JOB_STATUS, t);
    const type = option(inputs.jobType, INTEGRATION_JOB_TYPE, t);
    const response = readText(inputs.responseJson);
    return {
        expected: readExpected(readNumber(inputs.expectedPackets)),
        status: status.option,
        statusMasked: status.masked,
        type: type.option,
        typeMasked: type.masked,
        final: status.value !== null && FINAL_JOB_STATUSES.has(status.value),
        processing: status.value === JOB_STATUS.processing,
        look: barLook(status.value),
        response: response.state === "masked" ? "masked" : parseResponse(response.value),
        regarding: regardingOf(readText(inputs.regardingEntity), readText(inputs.regardingEntityId)),
    };
}
