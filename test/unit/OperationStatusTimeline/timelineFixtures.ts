/** The timeline as a form mounts it, on a Background Operation row that a fake Web API holds. */
import { OperationStatusTimeline } from "../../../OperationStatusTimeline";
import type { IInputs } from "../../../OperationStatusTimeline/generated/ManifestTypes";
import { mockContext, type ContextOptions } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";
import { FakeWebApi, type Row } from "../../host/fakeWebApi";
import { resxStrings } from "../../host/resx";
import { withFakeTimers } from "../../host/clock";

export const control = "OperationStatusTimeline";
export const english = resxStrings(control);
export const ID = "6f1e3c9a-2b4d-4e8f-9a01-23456789abcd";
export const record = { entityName: "backgroundoperation", id: `{${ID.toUpperCase()}}` };

export function row(fields: Row = {}): Row {
    return {
        backgroundoperationid: ID,
        backgroundoperationstatuscode: 0,
        backgroundoperationstatecode: 0,
        createdon: "2024-03-01T10:00:00Z",
        name: "contoso_Export",
        ...fields,
    };
}

export function setup(parameters: ContextOptions["parameters"], options: Partial<ContextOptions> & { rows?: Row[]; hold?: boolean } = {}) {
    const api = new FakeWebApi({ backgroundoperation: options.rows ?? [row()] });
    api.holdResponses = options.hold === true;
    const context = mockContext<IInputs>({ control, parameters, webAPI: api, record, ...options });
    const mounted = mountControl(new OperationStatusTimeline(), context);
    return { api, context, mounted, table: api.tables.backgroundoperation };
}

export const statusBadge = (): string => document.querySelector(".aops-timeline .aops-badge")?.textContent ?? "";

/** The lifecycle tests' clock: fake timers at 10:30 UTC on 1 March 2024, half an hour after the row was created. */
export function withTimelineClock(): void {
    withFakeTimers(Date.parse("2024-03-01T10:30:00Z"));
}

export { advance, settle } from "../../host/clock";
