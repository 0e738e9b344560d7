import { act, screen } from "@testing-library/react";
import { OperationStatusTimeline } from "../../../OperationStatusTimeline";
import type { IInputs } from "../../../OperationStatusTimeline/generated/ManifestTypes";
import { TimelineView } from "../../../OperationStatusTimeline/components/TimelineView";
import { StepList, Step } from "../../../OperationStatusTimeline/components/StepList";
import { Details } from "../../../OperationStatusTimeline/components/Details";
import { ErrorCard } from "../../../OperationStatusTimeline/components/ErrorCard";
import { ParametersSection, ParametersView } from "../../../OperationStatusTimeline/components/ParametersView";
import { CancelButton } from "../../../OperationStatusTimeline/components/CancelButton";
import { DateText } from "../../../OperationStatusTimeline/components/DateText";
import { ControlRoot } from "../../../common/components/ControlRoot";
import { StatusBadge } from "../../../common/components/StatusBadge";
import { RefreshStatus } from "../../../common/components/RefreshStatus";
import { CopyButton } from "../../../common/components/CopyButton";
import { RestrictedValue } from "../../../common/components/FieldValue";
import { JsonView } from "../../../common/components/JsonView";
import { mockContext, withParameters, type ContextOptions, type MockContext } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";
import { FakeWebApi } from "../../host/fakeWebApi";

const control = "OperationStatusTimeline";
const ID = "6f1e3c9a-2b4d-4e8f-9a01-23456789abcd";
const record = { entityName: "backgroundoperation", id: ID };

/** Every memoized view the timeline renders, by name. */
const VIEWS = {
    ControlRoot,
    TimelineView,
    StepList,
    Step,
    Details,
    DateText,
    ErrorCard,
    CopyButton,
    ParametersSection,
    ParametersView,
    JsonView,
    CancelButton,
    StatusBadge,
    RefreshStatus,
    RestrictedValue,
};
type ViewName = keyof typeof VIEWS;

/**
 * Counts the renders of each view: React.memo keeps the component function in `type`, and React calls that
 * function on every render of the view, whatever caused it (props, state or context).
 */
function countRenders(): () => Record<ViewName, number> {
    const spies = Object.entries(VIEWS).map(([name, view]) => [name, jest.spyOn(view as unknown as { type: (...args: never[]) => unknown }, "type")] as const);
    return () => Object.fromEntries(spies.map(([name, spy]) => [name, spy.mock.calls.length])) as Record<ViewName, number>;
}

const difference = (before: Record<ViewName, number>, after: Record<ViewName, number>) =>
    Object.fromEntries(Object.keys(before).map((name) => [name, after[name as ViewName] - before[name as ViewName]])) as Record<ViewName, number>;

/** A waiting operation with every kind of value: option metadata, dates, an error, parameters, a restricted column. */
function parameters(): ContextOptions["parameters"] {
    return {
        statusReason: { raw: 0, options: [{ Value: 0, Label: "Waiting For Resources", Color: "#0078d4" }] },
        state: { raw: 0, options: [{ Value: 0, Label: "Ready" }] },
        createdOn: new Date("2024-03-01T10:00:00Z"),
        startTime: { raw: null, readable: false },
        endTime: null,
        retryCount: 0,
        errorCode: -2147204723,
        errorMessage: "The plug-in failed once.",
        timeToLive: 86_400,
        inputParameters: JSON.stringify([{ Key: "AnnotationId", Value: "bb26025c-cbe6-ed11-a7c6-000d3a9933c9" }]),
        outputParameters: '{"result":{"count":3}}',
        operationName: { raw: "contoso_Export", readable: false },
        operationDisplayName: "Export contacts",
        partitionId: null,
        refreshSeconds: 30,
    };
}

function row() {
    return {
        backgroundoperationid: ID,
        backgroundoperationstatuscode: 0,
        backgroundoperationstatecode: 0,
        createdon: "2024-03-01T10:00:00Z",
        errorcode: -2147204723,
        errormessage: "The plug-in failed once.",
        ttlinseconds: 86_400,
        inputparameters: JSON.stringify([{ Key: "AnnotationId", Value: "bb26025c-cbe6-ed11-a7c6-000d3a9933c9" }]),
        outputparameters: '{"result":{"count":3}}',
        displayname: "Export contacts",
    };
}

async function settle(): Promise<void> {
    await act(async () => {
        for (let i = 0; i < 10; i++) await Promise.resolve();
    });
}

/** The same values as new objects, as a host may hand them on each updateView. */
const sameValues = (context: MockContext<IInputs>) => withParameters(context, parameters());

beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date("2024-03-01T10:30:00Z"));
});

afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
});

describe("OperationStatusTimeline renders only what changed", () => {
    it("re-renders none of its views on an updateView with the same values", async () => {
        const renders = countRenders();
        const api = new FakeWebApi({ backgroundoperation: [row()] });
        const context = mockContext<IInputs>({ control, parameters: parameters(), webAPI: api, record });
        const timeline = new OperationStatusTimeline();
        const mounted = mountControl(timeline, context);
        await settle();
        expect(screen.getByRole("button", { name: "Cancel operation" })).toBeTruthy();
        expect(screen.getByText(/^Updated /)).toBeTruthy();
        const first = renders();
        // Every view was drawn, so a re-render of any of them would show below.
        expect(Object.entries(first).filter(([, count]) => count === 0)).toEqual([]);

        act(() => mounted.update(sameValues(context)));
        act(() => mounted.update(sameValues(context)));
        expect(difference(first, renders())).toEqual(Object.fromEntries(Object.keys(VIEWS).map((name) => [name, 0])));
        // The host gets the very element it already has, so React does not even look inside.
        const element = timeline.updateView(sameValues(context));
        expect(timeline.updateView(sameValues(context)) === element).toBe(true);
        act(() => mounted.destroy());
    });

    it("re-renders what a changed value touches and leaves the rest alone", async () => {
        const renders = countRenders();
        const context = mockContext<IInputs>({ control, parameters: parameters(), webAPI: null, record });
        const mounted = mountControl(new OperationStatusTimeline(), context);
        const before = renders();
        act(() => mounted.update(withParameters(context, { ...parameters(), retryCount: 2 })));
        expect(screen.getByText("Retry 2 of 3")).toBeTruthy();
        const changed = difference(before, renders());
        expect(changed.TimelineView).toBe(1);
        expect(changed.Step).toBeGreaterThan(0);
        // The parameters, the dates and the copy button show what they showed.
        expect(changed).toMatchObject({ ParametersSection: 0, ParametersView: 0, JsonView: 0, DateText: 0, RestrictedValue: 0, CopyButton: 0 });
        act(() => mounted.destroy());
    });

    it("hands back the last element when the host names only properties it does not read", () => {
        const context = mockContext<IInputs>({ control, parameters: parameters(), webAPI: null, record });
        const timeline = new OperationStatusTimeline();
        const mounted = mountControl(timeline, context);
        const element = timeline.updateView(context);
        const other = { ...withParameters(context, { ...parameters(), retryCount: 2 }), updatedProperties: ["fullname"] };
        // Nothing bound changed as far as the host says, so nothing is read again.
        expect(timeline.updateView(other) === element).toBe(true);
        const named = { ...withParameters(context, { ...parameters(), retryCount: 2 }), updatedProperties: ["retryCount"] };
        const next = timeline.updateView(named);
        expect(next === element).toBe(false);
        act(() => mounted.update(named));
        expect(screen.getByText("Retry 2 of 3")).toBeTruthy();
        act(() => mounted.destroy());
    });
});
