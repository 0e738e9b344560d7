import { act, screen } from "@testing-library/react";
import type { IInputs } from "../../../StagedDependencyViewer/generated/ManifestTypes";
import { mockContext, withParameters, type MockContext } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";
import { FakeWebApi } from "../../host/fakeWebApi";

/** Renders per memoized view, by component name: every React.memo of the control (and of Fluent) counts its renders. */
const mockRenders = new Map<string, number>();

jest.mock("react", () => {
    const actual = jest.requireActual<typeof import("react")>("react");
    const memo = (component: unknown, compare?: unknown) => {
        if (typeof component !== "function") return (actual.memo as (c: unknown, e?: unknown) => unknown)(component, compare);
        const render = component as (props: unknown, ref: unknown) => unknown;
        const name = (component as { displayName?: string }).displayName || render.name || "anonymous";
        const counted = (props: unknown, ref: unknown) => {
            mockRenders.set(name, (mockRenders.get(name) ?? 0) + 1);
            return render(props, ref);
        };
        Object.defineProperty(counted, "name", { value: name });
        return (actual.memo as (c: unknown, e?: unknown) => unknown)(counted, compare);
    };
    return { ...actual, memo };
});

// Imported after the mock so that the control's views are counted.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { StagedDependencyViewer } = require("../../../StagedDependencyViewer") as typeof import("../../../StagedDependencyViewer");

const RECORD_ID = "6d1f8a0e-2b3c-4d5e-8f90-a1b2c3d4e5f6";
const VALUE = JSON.stringify(Array.from({ length: 2_000 }, (_, i) => ({ id: `id-${i}`, name: `component_${i}`, componenttype: (i % 3) + 1 })));

function jobsApi(): FakeWebApi {
    return new FakeWebApi({
        asyncoperation: [
            {
                asyncoperationid: "j-1",
                name: "Process staged metadata",
                statecode: 2,
                statuscode: 20,
                createdon: "2026-03-01T10:00:00Z",
                _regardingobjectid_value: RECORD_ID,
            },
        ],
        stagedmetadataasyncoperation: [{ stagedmetadataasyncoperationid: RECORD_ID, asyncjobstatus: 20 }],
    });
}

function first(api: FakeWebApi = jobsApi()): MockContext<IInputs> {
    return mockContext<IInputs>({
        control: "StagedDependencyViewer",
        parameters: { unprocessedDependencies: VALUE, operationName: "Create new_project", componentType: 1, asyncJobStatus: 20, refreshSeconds: 15 },
        webAPI: api,
        record: { entityName: "stagedmetadataasyncoperation", id: RECORD_ID },
    });
}

/** The same values in new property objects, as the host hands them after an unrelated change. */
const sameValues = (context: MockContext<IInputs>) =>
    withParameters(context, { unprocessedDependencies: VALUE, operationName: "Create new_project", componentType: 1, asyncJobStatus: 20, refreshSeconds: 15 });

async function settle(): Promise<void> {
    await act(async () => {
        for (let i = 0; i < 5; i++) await Promise.resolve();
        await jest.advanceTimersByTimeAsync(0);
    });
}

const counted = () => Object.fromEntries([...mockRenders].filter(([, count]) => count > 0));

beforeEach(() => {
    jest.useFakeTimers();
    mockRenders.clear();
});

afterEach(() => {
    jest.useRealTimers();
});

describe("StagedDependencyViewer: an updateView with the same values", () => {
    it("re-renders none of the memoized views", async () => {
        const context = first();
        const instance = new StagedDependencyViewer();
        const mounted = mountControl(instance, context);
        await settle();
        expect(screen.getByText("Process staged metadata")).toBeTruthy();
        // The counter sees the views: each rendered at least once.
        for (const name of [
            "ControlRoot",
            "DependencyView",
            "OperationHeader",
            "DependencyBody",
            "DependencyListView",
            "GroupHeader",
            "SystemJobsView",
            "SystemJobItem",
        ]) {
            expect(mockRenders.get(name) ?? 0).toBeGreaterThan(0);
        }

        mockRenders.clear();
        for (let i = 0; i < 3; i++) act(() => mounted.update(sameValues(context)));
        expect(counted()).toEqual({});
        // A context built anew (new resources, navigation, mode and property objects), as some hosts hand one.
        act(() => mounted.update(first(context.webAPI as unknown as FakeWebApi)));
        expect(counted()).toEqual({});

        // A changed value re-renders what shows it, and only that (the form changed after the control's last read).
        act(() => jest.advanceTimersByTime(1_000));
        act(() => mounted.update(withParameters(context, { asyncJobStatus: 21 })));
        expect(screen.getByText("Pausing")).toBeTruthy();
        expect(mockRenders.get("OperationHeader")).toBe(1);
        expect(mockRenders.get("DependencyListView") ?? 0).toBe(0);
        expect(mockRenders.get("SystemJobsView") ?? 0).toBe(0);
        act(() => mounted.destroy());
    });

    it("hands back the same element when the host says only columns the control does not read changed", () => {
        const context = first();
        const instance = new StagedDependencyViewer();
        const mounted = mountControl(instance, context);
        const element = instance.updateView(sameValues(context));
        const unrelated = { ...sameValues(context), updatedProperties: ["description"] } as MockContext<IInputs>;
        expect(instance.updateView(unrelated)).toBe(element);
        // Once the host names a bound column, the control reads again.
        const named = { ...withParameters(context, { operationName: "Renamed" }), updatedProperties: ["operationName"] } as MockContext<IInputs>;
        const next = instance.updateView(named);
        expect(next).not.toBe(element);
        act(() => mounted.update(named));
        expect(screen.getByText("Renamed")).toBeTruthy();
        act(() => mounted.destroy());
    });

    it("keeps the props of its view identical objects", () => {
        const context = first();
        const instance = new StagedDependencyViewer();
        const mounted = mountControl(instance, context);
        const a = instance.updateView(sameValues(context));
        const b = instance.updateView(sameValues(context));
        expect(Object.keys(b.props)).toEqual(Object.keys(a.props));
        for (const key of Object.keys(a.props)) expect(b.props[key]).toBe(a.props[key]);
        act(() => mounted.destroy());
    });
});
