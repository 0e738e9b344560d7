/**
 * updateView does only what changed: every React.memo view of the control (and of common/) is counted as it
 * renders, and a second updateView with the same values must render none of them again.
 */
import type * as ReactModule from "react";
import { act } from "@testing-library/react";
import { withParameters, type MockContext } from "../../host/mockContext";
import type { IInputs } from "../../../IntegrationJobProgress/generated/ManifestTypes";
import { IntegrationJobProgress } from "../../../IntegrationJobProgress";
import { mountJob, jobApi, jobContext, range, settle, STATUS } from "./jobFixtures";

/** Renders per memoized view, by its function's name. */
const mockRenders = new Map<string, number>();

jest.mock("react", () => {
    const actual = jest.requireActual<typeof ReactModule>("react");
    return {
        ...actual,
        memo(component: unknown, compare?: unknown) {
            if (typeof component !== "function") return (actual.memo as (c: unknown, e?: unknown) => unknown)(component, compare);
            const render = component as (props: unknown, ref: unknown) => unknown;
            const name = render.name || "anonymous";
            const counted = (props: unknown, ref: unknown) => {
                mockRenders.set(name, (mockRenders.get(name) ?? 0) + 1);
                return render(props, ref);
            };
            Object.defineProperty(counted, "name", { value: name });
            return (actual.memo as (c: unknown, e?: unknown) => unknown)(counted, compare);
        },
    };
});

/** Every parameter the control reads, with values that show each part of the view. */
const VALUES = {
    expectedPackets: 20,
    jobStatus: STATUS.processing,
    jobType: 192350000,
    responseJson: '{"result":"ok","items":[1,2,3]}',
    regardingEntity: "msdyn_project",
    regardingEntityId: "a1b2c3d4-0000-4000-8000-000000000001",
    refreshSeconds: 30,
};

function snapshotOfRenders(): Map<string, number> {
    return new Map(mockRenders);
}

function rendersSince(before: Map<string, number>): Record<string, number> {
    const changed: Record<string, number> = {};
    for (const [name, count] of mockRenders) {
        const more = count - (before.get(name) ?? 0);
        if (more > 0) changed[name] = more;
    }
    return changed;
}

beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(Date.UTC(2026, 0, 1, 12, 0, 0)));
});

afterEach(() => {
    jest.useRealTimers();
});

describe("IntegrationJobProgress renders only what changed", () => {
    it("a second updateView with the same values re-renders none of the memoized views", async () => {
        const api = jobApi(range(1, 13));
        const context = jobContext(VALUES, { webAPI: api });
        const mounted = mountJob(context);
        await settle();
        for (const view of ["ProgressView", "PacketsPanel", "MissingLine", "RegardingLine", "StatusBadge", "RefreshStatus", "JsonView"]) {
            expect(mockRenders.get(view) ?? 0).toBeGreaterThan(0);
        }
        const before = snapshotOfRenders();
        // The host hands over new property objects holding the same values.
        mounted.update(withParameters(context, VALUES));
        await settle();
        const again = rendersSince(before);
        // ControlRoot takes the new element tree as its children; nothing under it renders again.
        delete again.ControlRoot;
        expect(again).toEqual({});
        mounted.destroy();
    });

    it("a changed value re-renders the views that show it, and not the others", async () => {
        const api = jobApi(range(1, 13));
        const context = jobContext(VALUES, { webAPI: api });
        const mounted = mountJob(context);
        await settle();
        const before = snapshotOfRenders();
        mounted.update(withParameters(context, { ...VALUES, expectedPackets: 25 }));
        await settle();
        const again = rendersSince(before);
        expect(again.ProgressView).toBeGreaterThan(0);
        expect(again.PacketsPanel).toBeGreaterThan(0);
        expect(again.RegardingLine).toBeUndefined();
        expect(again.StatusBadge).toBeUndefined();
        expect(again.JsonView).toBeUndefined();
        mounted.destroy();
    });

    it("hands back the last element when the host says only values the control does not read changed", async () => {
        const api = jobApi(range(1, 13));
        const control = new IntegrationJobProgress();
        const context = jobContext(VALUES, { webAPI: api });
        control.init(context);
        const first = control.updateView(context);
        const unrelated = { ...withParameters(context, VALUES), updatedProperties: ["msdyn_description"] } as MockContext<IInputs>;
        expect(control.updateView(unrelated)).toBe(first);
        const status = { ...withParameters(context, { ...VALUES, jobStatus: STATUS.succeeded }), updatedProperties: ["jobStatus"] } as MockContext<IInputs>;
        expect(control.updateView(status)).not.toBe(first);
        act(() => control.destroy());
        await settle();
        expect(jest.getTimerCount()).toBe(0);
    });
});
