import { act, screen } from "@testing-library/react";
import { OperationStatusTimeline } from "../../../OperationStatusTimeline";
import type { IInputs } from "../../../OperationStatusTimeline/generated/ManifestTypes";
import { mockContext, withParameters, type ContextOptions, type MockContext } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";
import { changedWithin, mountProfiled } from "../../host/commits";
import { FakeWebApi } from "../../host/fakeWebApi";

const control = "OperationStatusTimeline";
const ID = "6f1e3c9a-2b4d-4e8f-9a01-23456789abcd";
const record = { entityName: "backgroundoperation", id: ID };

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
    it("commits nothing and changes nothing on the page on an updateView with the same values", async () => {
        const api = new FakeWebApi({ backgroundoperation: [row()] });
        const context = mockContext<IInputs>({ control, parameters: parameters(), webAPI: api, record });
        const timeline = new OperationStatusTimeline();
        const mounted = mountProfiled(timeline, context);
        await settle();
        expect(screen.getByRole("button", { name: "Cancel operation" })).toBeTruthy();
        expect(screen.getByText(/^Updated /)).toBeTruthy();
        const commits = mounted.commits();
        expect(commits).toBeGreaterThan(0);
        mounted.changes();

        act(() => mounted.update(sameValues(context)));
        act(() => mounted.update(sameValues(context)));
        expect(mounted.commits()).toBe(commits);
        expect(mounted.changes()).toEqual([]);
        // The host gets the very element it already has, so React does not even look inside.
        const element = timeline.updateView(sameValues(context));
        expect(timeline.updateView(sameValues(context)) === element).toBe(true);
        act(() => mounted.destroy());
    });

    it("changes on the page what a changed value touches and leaves the rest alone", async () => {
        const context = mockContext<IInputs>({ control, parameters: parameters(), webAPI: null, record });
        const mounted = mountProfiled(new OperationStatusTimeline(), context);
        await settle();
        const commits = mounted.commits();
        mounted.changes();
        act(() => mounted.update(withParameters(context, { ...parameters(), retryCount: 2 })));
        expect(screen.getByText("Retry 2 of 3")).toBeTruthy();
        expect(mounted.commits()).toBe(commits + 1);
        const changes = mounted.changes();
        expect(changedWithin(changes, ".aops-retries")).toBe(true);
        // The parameters, the error and the refresh line show what they showed: not one node of them changed.
        expect(changedWithin(changes, ".aops-parameters")).toBe(false);
        expect(changedWithin(changes, ".aops-json")).toBe(false);
        expect(changedWithin(changes, ".aops-error")).toBe(false);
        expect(changedWithin(changes, ".aops-refresh")).toBe(false);
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
