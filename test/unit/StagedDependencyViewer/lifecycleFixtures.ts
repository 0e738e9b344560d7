/** The staged dependency viewer as a form mounts it, with a Web API holding its operation and system jobs. */
import { act } from "@testing-library/react";
import { StagedDependencyViewer } from "../../../StagedDependencyViewer";
import type { IInputs } from "../../../StagedDependencyViewer/generated/ManifestTypes";
import { mockContext, type ContextOptions, type MockContext } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";
import { FakeWebApi, type Row } from "../../host/fakeWebApi";

const control = "StagedDependencyViewer";
export const RECORD_ID = "6d1f8a0e-2b3c-4d5e-8f90-a1b2c3d4e5f6";
export const OTHER_ID = "0a0a0a0a-0000-4000-8000-000000000000";

export function context(parameters: ContextOptions["parameters"], options: Partial<ContextOptions> = {}): MockContext<IInputs> {
    return mockContext<IInputs>({ control, ...options, parameters });
}

export function job(patch: Row): Row {
    return {
        asyncoperationid: "j-1",
        name: "Process staged metadata",
        operationtype: 1,
        statecode: 2,
        statuscode: 20,
        message: null,
        friendlymessage: null,
        createdon: "2026-03-01T10:00:00Z",
        startedon: "2026-03-01T10:00:05Z",
        completedon: null,
        retrycount: 0,
        errorcode: null,
        _regardingobjectid_value: RECORD_ID,
        ...patch,
    };
}

/** A Web API holding the jobs and the staged operation rows (their `asyncjobstatus`: null leaves the end to the jobs). */
export function jobsApi(jobs: Row[], status: number | null = null): FakeWebApi {
    return new FakeWebApi({
        asyncoperation: jobs,
        stagedmetadataasyncoperation: [RECORD_ID, OTHER_ID].map((id) => ({ stagedmetadataasyncoperationid: id, asyncjobstatus: status })),
    });
}

/** The reads of system jobs among the calls (each refresh reads the operation's own status first). */
export const jobReads = (api: FakeWebApi) => api.calls.filter((call) => call.entity === "asyncoperation");

/** A failure of the next system jobs read only. */
export const failJobsOnce = (api: FakeWebApi, error: Error) => api.failWhen({ method: "retrieveMultipleRecords", entity: "asyncoperation", error, times: 1 });

export function mount(ctx: MockContext<IInputs>) {
    const instance = new StagedDependencyViewer();
    const mounted = mountControl(instance, ctx);
    return {
        instance,
        update: (next: MockContext<IInputs>) => act(() => mounted.update(next)),
        destroy: () => act(() => mounted.destroy()),
    };
}

export { advance, settle, withFakeTimers } from "../../host/clock";
