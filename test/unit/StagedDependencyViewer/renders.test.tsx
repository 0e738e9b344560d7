import { act, screen } from "@testing-library/react";
import type { IInputs } from "../../../StagedDependencyViewer/generated/ManifestTypes";
import { mockContext, withParameters, type MockContext } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";
import { FakeWebApi } from "../../host/fakeWebApi";

import { StagedDependencyViewer } from "../../../StagedDependencyViewer";
import { changedWithin, mountProfiled } from "../../host/commits";
import { settle } from "../../host/clock";

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

beforeEach(() => {
    jest.useFakeTimers();
});

afterEach(() => {
    jest.useRealTimers();
});

describe("StagedDependencyViewer: an updateView with the same values", () => {
    it("commits nothing and changes nothing on the page; a changed value changes only what shows it", async () => {
        const context = first();
        const mounted = mountProfiled(new StagedDependencyViewer(), context);
        await settle();
        expect(screen.getByText("Process staged metadata")).toBeTruthy();
        for (const part of [".aops-operation", ".aops-dependency-list", ".aops-system-jobs"]) expect(mounted.container.querySelector(part)).not.toBeNull();
        const commits = mounted.commits();
        mounted.changes();

        for (let i = 0; i < 3; i++) act(() => mounted.update(sameValues(context)));
        // A context built anew (new resources, navigation, mode and property objects), as some hosts hand one.
        act(() => mounted.update(first(context.webAPI as unknown as FakeWebApi)));
        expect(mounted.commits()).toBe(commits);
        expect(mounted.changes()).toEqual([]);

        // A changed value changes what shows it, and only that (the form changed after the control's last read).
        act(() => jest.advanceTimersByTime(1_000));
        // What the list's own idle rendering did meanwhile is not the update's.
        const before = mounted.commits();
        mounted.changes();
        act(() => mounted.update(withParameters(context, { asyncJobStatus: 21 })));
        expect(screen.getByText("Pausing")).toBeTruthy();
        expect(mounted.commits()).toBeGreaterThan(before);
        const changes = mounted.changes();
        expect(changedWithin(changes, ".aops-operation")).toBe(true);
        expect(changedWithin(changes, ".aops-dependency-list")).toBe(false);
        expect(changedWithin(changes, ".aops-system-jobs")).toBe(false);
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
