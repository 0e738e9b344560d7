import { act, screen } from "@testing-library/react";
import { withFakeTimers } from "../../host/clock";
import { FakeWebApi, type Row } from "../../host/fakeWebApi";
import { mockContext, type ContextOptions, type MockContext } from "../../host/mockContext";
import type { IInputs } from "../../../IntegrationJobProgress/generated/ManifestTypes";
import { IntegrationJobProgress } from "../../../IntegrationJobProgress";
import { mountControl } from "../../host/lifecycle";

export const control = "IntegrationJobProgress";

export const JOB_ID = "5d6a7e1c-0000-4000-8000-00000000abcd";
export const STATUS = { waiting: 192350000, ready: 192350001, skipped: 192350002, processing: 192350003, succeeded: 192350004, failed: 192350005 };

/** Packet rows of the job as Dataverse holds them, one per sequence number, created `everyMs` apart, the last one now. */
export function packetRows(sequences: readonly number[], jobId = JOB_ID, everyMs = 10_000, start = Date.now() - (sequences.length - 1) * everyMs): Row[] {
    return sequences.map((sequence, i) => ({
        msdyn_integrationjobdetailid: `${jobId}-${i}`,
        _msdyn_integrationjobheader_value: jobId,
        msdyn_sequencenumber: sequence,
        createdon: new Date(start + i * everyMs).toISOString(),
    }));
}

export function range(from: number, to: number): number[] {
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** The job's packets, and the job row itself with `status` when given (its status read answers 404 otherwise, which keeps the form's). */
export function jobApi(sequences: readonly number[], status?: number): FakeWebApi {
    const tables: Record<string, Row[]> = { msdyn_integrationjobdetail: packetRows(sequences) };
    if (status !== undefined) tables.msdyn_integrationjob = [{ msdyn_integrationjobid: JOB_ID, msdyn_status: status }];
    return new FakeWebApi(tables);
}

/** The calls that read packets (each refresh also reads the job's status and may read system jobs and sync errors). */
export function packetCalls(api: FakeWebApi): FakeWebApi["calls"] {
    return api.calls.filter((call) => call.entity === "msdyn_integrationjobdetail");
}

/** The calls on one table. */
export function callsOn(api: FakeWebApi, entity: string): FakeWebApi["calls"] {
    return api.calls.filter((call) => call.entity === entity);
}

/** A form context for a saved integration job. */
export function jobContext(parameters: ContextOptions["parameters"], options: Partial<ContextOptions> = {}): MockContext<IInputs> {
    return mockContext<IInputs>({
        control,
        record: { entityName: "msdyn_integrationjob", id: JOB_ID },
        ...options,
        parameters,
    });
}

export function setVisibility(state: DocumentVisibilityState): void {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
    act(() => {
        document.dispatchEvent(new Event("visibilitychange"));
    });
}

/** mountControl with updates and destroy inside act, as the refresh loop notifies the view from both. */
export function mountJob(context: MockContext<IInputs>) {
    const mounted = mountControl(new IntegrationJobProgress(), context);
    return {
        view: mounted.view,
        update(next: MockContext<IInputs>): void {
            act(() => mounted.update(next));
        },
        destroy(): void {
            act(() => mounted.destroy());
        },
    };
}

export { advance, settle } from "../../host/clock";

/** The lifecycle tests' clock: fake timers at noon on 1 January 2026, and a visible page after each test. */
export function withJobClock(): void {
    withFakeTimers(Date.UTC(2026, 0, 1, 12, 0, 0));
    afterEach(() => setVisibility("visible"));
}

export const progressbar = (): HTMLElement => screen.getByRole("progressbar");
