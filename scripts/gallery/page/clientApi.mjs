// What a scenario's control calls on its host besides the context: the fake Web API with its answers and
// failures, and, for scenarios that have it, the model-driven page's Client API (window.Xrm).
import { FakeWebApi } from "/host/webApi.js";
import { addLog } from "/page/hostLog.mjs";

/**
 * The fake Web API of a scenario (the shared Dataverse-like one), logging every call and answering after
 * `latencyMs()`. A scenario's `failures` ({ method, entity?, times?, error: { message, status } }) make
 * matching calls fail `times` times (every time when omitted); a failed call is recorded like any other
 * but changes nothing.
 */
export function webApiFor(tables, failures = [], latencyMs = () => 0) {
    const fake = new FakeWebApi(structuredClone(tables)).failWhen(...failures);
    fake.onCall = ({ method, entity, id, options }) => addLog({ kind: "webAPI", method, entity, id, options });
    fake.delay = () => (latencyMs() > 0 ? new Promise((resolve) => window.__aops.nativeSetTimeout(resolve, latencyMs())) : undefined);
    return fake;
}

/**
 * A model-driven page's Client API (window.Xrm) with only `WebApi.online.execute`, for scenarios with
 * `clientApi`: "accept" runs a bound action on the fake tables (msdyn_MarkIntegrationJobAsFailedAsync sets
 * the job Failed), "refuse" rejects as Dataverse does without the privilege. Other scenarios have none, as
 * in the test harness and canvas apps. Calls are logged like Web API calls (method "execute").
 */
export function installClientApi(mode, fake) {
    if (!mode) {
        delete window.Xrm;
        return;
    }
    const execute = async (request) => {
        const metadata = request.getMetadata();
        const call = {
            method: "execute",
            entity: request.entity?.entityType,
            id: request.entity?.id,
            options: metadata.operationName,
            data: { Error: request.Error },
        };
        fake.calls.push(call);
        addLog({ kind: "webAPI", ...call });
        if (mode === "refuse") throw { errorCode: 2147746336, message: "Principal user is missing prvWritemsdyn_integrationjob privilege." };
        const row = (fake.tables[call.entity] ?? []).find((r) => String(r[`${call.entity}id`]).toLowerCase() === String(call.id).toLowerCase());
        if (row && metadata.operationName === "msdyn_MarkIntegrationJobAsFailedAsync") row.msdyn_status = 192350005;
        return { ok: true, status: 204 };
    };
    window.Xrm = { WebApi: { online: { execute } } };
}
