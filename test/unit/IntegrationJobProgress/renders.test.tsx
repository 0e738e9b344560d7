/**
 * updateView does only what changed: React commits are counted under the control's root (React.Profiler),
 * and what a user could see change is the DOM mutations inside the control.
 */
import { act } from "@testing-library/react";
import { withParameters, type MockContext } from "../../host/mockContext";
import { changedWithin, mountProfiled } from "../../host/commits";
import type { IInputs } from "../../../IntegrationJobProgress/generated/ManifestTypes";
import { IntegrationJobProgress } from "../../../IntegrationJobProgress";
import { jobApi, jobContext, range, settle, STATUS } from "./jobFixtures";

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

beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(Date.UTC(2026, 0, 1, 12, 0, 0)));
});

afterEach(() => {
    jest.useRealTimers();
});

describe("IntegrationJobProgress renders only what changed", () => {
    /** Mounted with React's Profiler; updates and destroy inside act, as the host's calls would be. */
    function mount(context: MockContext<IInputs>) {
        const mounted = mountProfiled(new IntegrationJobProgress(), context);
        return {
            ...mounted,
            update: (next: MockContext<IInputs>) => act(() => mounted.update(next)),
            destroy: () => act(() => mounted.destroy()),
        };
    }

    it("a second updateView with the same values commits nothing and changes nothing on the page", async () => {
        const api = jobApi(range(1, 13));
        const context = jobContext(VALUES, { webAPI: api });
        const mounted = mount(context);
        await settle();
        expect(mounted.container.querySelector(".aops-packets")).not.toBeNull();
        expect(mounted.container.querySelector(".aops-regarding")).not.toBeNull();
        const commits = mounted.commits();
        mounted.changes();
        // The host hands over new property objects holding the same values.
        mounted.update(withParameters(context, VALUES));
        await settle();
        expect(mounted.commits()).toBe(commits);
        expect(mounted.changes()).toEqual([]);
        mounted.destroy();
    });

    it("a changed value changes what shows it, and nothing else", async () => {
        const api = jobApi(range(1, 13));
        const context = jobContext(VALUES, { webAPI: api });
        const mounted = mount(context);
        await settle();
        for (const part of [".aops-packets", ".aops-regarding", ".aops-response", ".aops-system-jobs"])
            expect(mounted.container.querySelector(part)).not.toBeNull();
        const commits = mounted.commits();
        mounted.changes();
        mounted.update(withParameters(context, { ...VALUES, expectedPackets: 25 }));
        await settle();
        expect(mounted.commits()).toBeGreaterThan(commits);
        const changes = mounted.changes();
        expect(changedWithin(changes, ".aops-packets")).toBe(true);
        expect(changedWithin(changes, ".aops-regarding")).toBe(false);
        expect(changedWithin(changes, ".aops-response")).toBe(false);
        expect(changedWithin(changes, ".aops-system-jobs")).toBe(false);
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
