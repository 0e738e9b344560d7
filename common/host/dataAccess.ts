import { normalizeGuid } from "../model/guid";

/**
 * What a control may read from Dataverse: `context.webAPI` is missing in canvas apps and some custom
 * pages and rejects in the test harness, and a new or harness record has no id. Controls ask here and
 * fall back to their bound values when the answer is undefined.
 */
export interface RecordRef {
    entityName: string;
    id: string;
}

type ContextLike = {
    webAPI?: Partial<ComponentFramework.WebApi> | null;
    mode?: unknown;
    page?: unknown;
};

export function webApiOf(context: ContextLike): ComponentFramework.WebApi | undefined {
    const api = context.webAPI;
    if (!api || typeof api.retrieveRecord !== "function" || typeof api.retrieveMultipleRecords !== "function") {
        return undefined;
    }
    return api as ComponentFramework.WebApi;
}

/** The record the form shows, from `mode.contextInfo` (model-driven forms) or `page`. */
export function recordOf(context: ContextLike): RecordRef | undefined {
    const info = (context.mode as { contextInfo?: { entityId?: unknown; entityTypeName?: unknown } } | undefined)?.contextInfo;
    const page = context.page as { entityId?: unknown; entityTypeName?: unknown } | undefined;
    const id = normalizeGuid(info?.entityId) ?? normalizeGuid(page?.entityId);
    const entityName = [info?.entityTypeName, page?.entityTypeName].find((n) => typeof n === "string" && n !== "");
    if (!id || typeof entityName !== "string") return undefined;
    return { entityName, id };
}
