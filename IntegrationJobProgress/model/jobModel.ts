import { optionsOf, resolveOption, type OptionTable, type ResolvedOption } from "../../common/model/options";
import type { FieldRead, FieldState } from "../../common/model/fieldRead";
import { normalizeGuid } from "../../common/model/guid";
import { memoLast } from "../../common/model/memo";
import { parseOnce } from "../../common/model/parseOnce";
import { formIsNewer, type LastRead } from "../../common/model/freshness";
import type { Translate } from "../../common/model/text";
import { INTEGRATION_JOB_STATUS, INTEGRATION_JOB_TYPE } from "../../common/model/optionTables";
import { FINAL_JOB_STATUSES, JOB_STATUS } from "./jobStatus";
import { readExpected, type ExpectedPackets } from "./packets";
import { readResponse, type ResponseRead } from "./response";

/** Labels and colors of an option set, as the host's metadata gives them. */
type OptionMetadata = ReturnType<typeof optionsOf>;

/** The bound values of the job, as the control reads them from its properties. */
export interface JobReads {
    expectedPackets: FieldRead<number>;
    jobStatus: FieldRead<number>;
    /** The status option set's metadata; empty where the host gives none. */
    jobStatusOptions: OptionMetadata;
    jobType: FieldRead<number>;
    jobTypeOptions: OptionMetadata;
    responseJson: FieldRead<string>;
    regardingEntity: FieldRead<string>;
    regardingEntityId: FieldRead<string>;
}

export { FINAL_JOB_STATUSES };

/** How the progress bar looks, following the job's status. */
export type BarLook = "active" | "idle" | "done" | "failed" | "skipped";

/** The names of the regarding record as Dataverse has them: the table's display name, the record's primary name when it has one. */
export interface RegardingNames {
    table: string;
    name?: string;
}

export type Regarding = { kind: "link"; entityName: string; id: string } | { kind: "text"; text: string } | { kind: "masked" } | { kind: "none" };

export interface JobModel {
    expected: ExpectedPackets;
    status: ResolvedOption | undefined;
    /** The status value shown, null when none is known. */
    statusValue: number | null;
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

function barLook(status: number | null): BarLook {
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

interface OptionPart {
    value: number | null;
    option: ResolvedOption | undefined;
    masked: boolean;
}

/** An option value with its label and color: from the metadata option of that value when there is one, else the table. */
function optionOf(read: FieldRead<number>, metadata: OptionMetadata, table: OptionTable, t: Translate): OptionPart {
    if (read.state === "masked") return { value: null, option: undefined, masked: true };
    if (read.state !== "value" || read.value === null) return { value: null, option: undefined, masked: false };
    return { value: read.value, option: resolveOption(read.value, table, t, metadata), masked: false };
}

function responseOf(read: FieldRead<string>, parseResponse: (text: string | null) => ResponseRead): ResponseRead | "masked" {
    return read.state === "masked" ? "masked" : parseResponse(read.value);
}

function assemble(expected: ExpectedPackets, status: OptionPart, type: OptionPart, response: ResponseRead | "masked", regarding: Regarding): JobModel {
    return {
        expected,
        status: status.option,
        statusValue: status.value,
        statusMasked: status.masked,
        type: type.option,
        typeMasked: type.masked,
        final: status.value !== null && FINAL_JOB_STATUSES.has(status.value),
        processing: status.value === JOB_STATUS.processing,
        look: barLook(status.value),
        response,
        regarding,
    };
}

/**
 * The bound values as the view shows them. `parseResponse` lets the control parse the response JSON once
 * per value rather than on every updateView.
 */
export function jobModel(reads: JobReads, t: Translate, parseResponse: (text: string | null) => ResponseRead = readResponse): JobModel {
    return assemble(
        readExpected(reads.expectedPackets),
        optionOf(reads.jobStatus, reads.jobStatusOptions, INTEGRATION_JOB_STATUS, t),
        optionOf(reads.jobType, reads.jobTypeOptions, INTEGRATION_JOB_TYPE, t),
        responseOf(reads.responseJson, parseResponse),
        regardingOf(reads.regardingEntity, reads.regardingEntityId),
    );
}

/** optionOf keyed on what the option depends on: the read, the label and color its metadata gives, the translator. */
function memoOption(table: OptionTable): (read: FieldRead<number>, metadata: OptionMetadata, t: Translate) => OptionPart {
    const build = memoLast((state: FieldState, value: number | null, label: string | null | undefined, color: string | null | undefined, t: Translate) =>
        optionOf({ state, value }, value !== null && (label || color) ? [{ Value: value, Label: label, Color: color }] : [], table, t),
    );
    return (read, metadata, t) => {
        const own = read.state === "value" ? metadata.find((option) => option.Value === read.value) : undefined;
        return build(read.state, read.value, own?.Label, own?.Color, t);
    };
}

/**
 * jobModel for a control: the same model object, and the same objects inside it, for as long as the field
 * reads they come from are the same values (Object.is), so an updateView that changed nothing re-renders no
 * memoized view, and one that changed one value re-renders only the views of that value.
 */
export function createJobModel(parseResponse: (text: string | null) => ResponseRead = parseOnce(readResponse)): (reads: JobReads, t: Translate) => JobModel {
    const expected = memoLast((state: FieldState, value: number | null) => readExpected({ state, value }));
    const status = memoOption(INTEGRATION_JOB_STATUS);
    const type = memoOption(INTEGRATION_JOB_TYPE);
    const regarding = memoLast((entityState: FieldState, entity: string | null, idState: FieldState, id: string | null) =>
        regardingOf({ state: entityState, value: entity }, { state: idState, value: id }),
    );
    const model = memoLast(assemble);
    return (reads, t) =>
        model(
            expected(reads.expectedPackets.state, reads.expectedPackets.value),
            status(reads.jobStatus, reads.jobStatusOptions, t),
            type(reads.jobType, reads.jobTypeOptions, t),
            responseOf(reads.responseJson, parseResponse),
            regarding(reads.regardingEntity.state, reads.regardingEntity.value, reads.regardingEntityId.state, reads.regardingEntityId.value),
        );
}

/**
 * The model with the status Dataverse answered on the last read instead of the form's (older) value; the same
 * model when they agree or nothing was read. Labels come from the option table, the form's metadata being
 * that of the value on the form.
 */
export function withLiveStatus(model: JobModel, live: number | undefined, t: Translate): JobModel {
    if (live === undefined || live === model.statusValue || model.statusMasked) return model;
    return {
        ...model,
        status: resolveOption(live, INTEGRATION_JOB_STATUS, t),
        statusValue: live,
        final: FINAL_JOB_STATUSES.has(live),
        processing: live === JOB_STATUS.processing,
        look: barLook(live),
    };
}

/** The job's status as Dataverse answered a read, and when that answer arrived (epoch milliseconds). */
export interface LiveStatus {
    value: number;
    at: number;
}

/** The last status read as the freshness rule takes it (common/model/freshness.ts). */
export const lastStatusRead = (live: LiveStatus | undefined): LastRead | undefined => live && { data: live.value, readAt: live.at };

/**
 * The status to show: the form's, or the last read's when that arrived after the form's values changed. The
 * newest value wins, so a form refreshed after the read (Succeeded on the form, Processing in the read) shows
 * the form's, and with it no rate or time left of a job that is over.
 */
export function newestStatus(model: JobModel, formAt: number, live: LiveStatus | undefined, t: Translate): JobModel {
    return live === undefined || formIsNewer(formAt, lastStatusRead(live)) ? model : withLiveStatus(model, live.value, t);
}
