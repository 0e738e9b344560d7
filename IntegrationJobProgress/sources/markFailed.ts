import { Store } from "../../common/sources/store";
import { attempt } from "../../common/model/guard";
import { errorText } from "../../common/model/dataverseErrors";
import { JOB_TABLE } from "../model/jobStatus";

/**
 * Marking a job as failed with its bound action `msdyn_MarkIntegrationJobAsFailedAsync`. PCF's
 * `context.webAPI` cannot call actions; in model-driven apps the supported way is the Client API
 * `Xrm.WebApi.online.execute` with a request whose `getMetadata` describes the action. Where that is missing
 * (the test harness, canvas apps, offline) the action is not offered.
 */
export const MARK_FAILED_ACTION = "msdyn_MarkIntegrationJobAsFailedAsync";

/** The reason is plain text of at most this many characters. */
export const MAX_REASON_LENGTH = 1000;

/** The one function of the Client API this uses. */
export type ExecuteApi = (request: object) => Promise<unknown>;

interface XrmLike {
    WebApi?: { online?: { execute?: unknown } };
}

/** `Xrm.WebApi.online.execute` of the page, bound to its object; undefined where the host has none. */
export function clientExecute(scope: unknown = globalThis): ExecuteApi | undefined {
    return attempt((): ExecuteApi | undefined => {
        const online = (scope as { Xrm?: XrmLike } | undefined)?.Xrm?.WebApi?.online;
        const execute = online?.execute;
        return typeof execute === "function" ? (request) => Promise.resolve(execute.call(online, request)) : undefined;
    }, undefined);
}

/** The request `execute` takes for the bound action on the job; an empty reason is sent as null. */
export function markFailedRequest(jobId: string, reason: string): object {
    const text = reason.trim().slice(0, MAX_REASON_LENGTH);
    return {
        entity: { entityType: JOB_TABLE, id: jobId },
        Error: text === "" ? null : text,
        getMetadata: () => ({
            boundParameter: "entity",
            parameterTypes: {
                entity: { typeName: `mscrm.${JOB_TABLE}`, structuralProperty: 5 },
                Error: { typeName: "Edm.String", structuralProperty: 1 },
            },
            operationType: 0,
            operationName: MARK_FAILED_ACTION,
        }),
    };
}

export type MarkFailedState = { phase: "idle" } | { phase: "working" } | { phase: "done" } | { phase: "refused"; message: string };

/**
 * One job's "mark as failed": calls the action, then `afterCall` (a read of the job) once Dataverse accepted
 * it. A refusal keeps Dataverse's message and changes nothing. Answers after `dispose()` are ignored.
 */
export class MarkFailedSource extends Store<MarkFailedState> {
    constructor(
        private readonly execute: ExecuteApi,
        private readonly jobId: string,
        private readonly afterCall: () => void,
    ) {
        super({ phase: "idle" });
    }

    readonly markFailed = async (reason: string): Promise<void> => {
        if (this.disposed || this.current.phase === "working") return;
        this.set({ phase: "working" });
        try {
            const response = await this.execute(markFailedRequest(this.jobId, reason));
            // execute answers with the fetch Response; one that is not ok is a refusal too.
            if (response && typeof response === "object" && (response as { ok?: unknown }).ok === false) {
                throw new Error(
                    (response as { statusText?: unknown }).statusText === undefined ? "" : String((response as { statusText?: unknown }).statusText),
                );
            }
        } catch (error) {
            this.set({ phase: "refused", message: errorText(error) });
            return;
        }
        this.set({ phase: "done" });
        if (!this.disposed) this.afterCall();
    };
}
