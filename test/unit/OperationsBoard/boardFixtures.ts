import { act, screen } from "@testing-library/react";
import { withFakeTimers } from "../../host/clock";
import type { IInputs } from "../../../OperationsBoard/generated/ManifestTypes";
import { OperationsBoard } from "../../../OperationsBoard";
import { FakeDataset, type FakeColumn, type FakeDatasetOptions, type FakeOption, type Row } from "../../../scripts/host/dataset";
import { FakeWebApi } from "../../host/fakeWebApi";
import { mountProfiled } from "../../host/commits";
import { mockContext, type ContextOptions, type MockContext } from "../../host/mockContext";

export const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
export const BGOP = { waiting: 0, inProgress: 20, canceling: 22, succeeded: 30, failed: 31, canceled: 32 } as const;
export const JOB = { waiting: 192350000, ready: 192350001, skipped: 192350002, processing: 192350003, succeeded: 192350004, failed: 192350005 } as const;

export const guid = (n: number, prefix = "b0a7"): string => `${prefix.padStart(8, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
export const ago = (seconds: number): string => new Date(Date.now() - seconds * 1000).toISOString();

export const BGOP_OPTIONS: FakeOption[] = [
    { Value: 0, Label: "Waiting For Resources" },
    { Value: 20, Label: "In Progress" },
    { Value: 22, Label: "Canceling" },
    { Value: 30, Label: "Succeeded" },
    { Value: 31, Label: "Failed" },
    { Value: 32, Label: "Canceled" },
];
export const JOB_OPTIONS: FakeOption[] = [
    { Value: 192350000, Label: "Waiting" },
    { Value: 192350001, Label: "Ready" },
    { Value: 192350002, Label: "Skipped" },
    { Value: 192350003, Label: "Processing" },
    { Value: 192350004, Label: "Succeeded" },
    { Value: 192350005, Label: "Failed" },
];

export const BGOP_COLUMNS: FakeColumn[] = [
    { name: "name", displayName: "Name", dataType: "SingleLine.Text", isPrimary: true },
    { name: "backgroundoperationstatuscode", displayName: "Status Reason", dataType: "OptionSet" },
    { name: "createdon", displayName: "Created On", dataType: "DateAndTime.DateAndTime" },
    { name: "starttime", displayName: "Start Time", dataType: "DateAndTime.DateAndTime" },
    { name: "endtime", displayName: "End Time", dataType: "DateAndTime.DateAndTime" },
    { name: "retrycount", displayName: "Retry Count", dataType: "Whole.None" },
    { name: "errorcode", displayName: "Error Code", dataType: "Whole.None" },
    { name: "errormessage", displayName: "Error Message", dataType: "Multiple" },
];

export const JOB_COLUMNS: FakeColumn[] = [
    { name: "msdyn_name", displayName: "Name", dataType: "SingleLine.Text", isPrimary: true },
    { name: "msdyn_status", displayName: "Status", dataType: "OptionSet" },
    { name: "msdyn_numberofpackets", displayName: "Number of packets", dataType: "Whole.None" },
    { name: "createdon", displayName: "Created On", dataType: "DateAndTime.DateAndTime" },
];

/** A background operation row as Dataverse holds it. */
export function operation(n: number, status: number, columns: Row = {}): Row {
    const started = status !== BGOP.waiting && status !== BGOP.canceled;
    const ended = status === BGOP.succeeded || status === BGOP.failed || status === BGOP.canceled;
    return {
        backgroundoperationid: guid(n),
        name: `Operation ${n}`,
        backgroundoperationstatuscode: status,
        backgroundoperationstatecode: ended ? 3 : status === BGOP.waiting ? 0 : 2,
        createdon: ago(600 + n),
        starttime: started ? ago(300) : null,
        endtime: ended && started ? ago(60) : null,
        retrycount: 0,
        errorcode: null,
        errormessage: null,
        ...columns,
    };
}

export function job(n: number, status: number, expected: number | null): Row {
    return { msdyn_integrationjobid: guid(n, "10b5"), msdyn_name: `Job ${n}`, msdyn_status: status, msdyn_numberofpackets: expected, createdon: ago(900 + n) };
}

export function packetRows(jobId: string, sequences: readonly number[]): Row[] {
    return sequences.map((sequence, i) => ({
        msdyn_integrationjobdetailid: `${jobId}-${i}`,
        _msdyn_integrationjobheader_value: jobId,
        msdyn_sequencenumber: sequence,
    }));
}

export interface BoardOptions extends Partial<Omit<FakeDatasetOptions, "rows" | "onChange">> {
    rows: Row[];
    tables?: Record<string, Row[]>;
    refreshSeconds?: number | null;
    context?: Partial<ContextOptions>;
    /** The host has no confirm dialog. */
    noConfirmDialog?: boolean;
    /** The height the host gives the control (a view's grid). */
    allocatedHeight?: number;
    /** The host's paging offers loadExactPage but no loadNextPage. */
    noLoadNextPage?: boolean;
    /** Sets up the fake Web API before the board's first updateView (failures, odd answers). */
    prepareApi?: (api: FakeWebApi) => void;
}

/** A board on a form: the data set over the fake Web API's table, the host calling updateView on every change. */
export function mountBoard(options: BoardOptions) {
    const entityName = options.entityName ?? "backgroundoperation";
    const api = new FakeWebApi({ [entityName]: options.rows, ...options.tables });
    options.prepareApi?.(api);
    // The host's updateView needs the mounted control, which needs the data set first.
    const host: { mounted?: ReturnType<typeof mountProfiled<IInputs>>; destroyed: boolean } = { destroyed: false };
    const dataset = new FakeDataset({
        entityName,
        columns: options.columns ?? (entityName === "msdyn_integrationjob" ? JOB_COLUMNS : BGOP_COLUMNS),
        optionSets: options.optionSets ?? { backgroundoperationstatuscode: BGOP_OPTIONS, msdyn_status: JOB_OPTIONS },
        ...options,
        rows: api.tables[entityName],
        // The host stops calling updateView once the control is destroyed.
        onChange: () => {
            if (!host.destroyed) host.mounted?.update(context());
        },
    });
    let resources: ComponentFramework.Resources | undefined;
    const context = (): MockContext<IInputs> => {
        const made = mockContext<IInputs>({
            control: "OperationsBoard",
            parameters: { refreshSeconds: options.refreshSeconds === undefined ? 15 : options.refreshSeconds },
            webAPI: api,
            record: null,
            ...options.context,
        });
        const snapshot = dataset.snapshot();
        if (options.noLoadNextPage) delete (snapshot.paging as Partial<ComponentFramework.PropertyHelper.DataSetApi.Paging>).loadNextPage;
        (made.parameters as unknown as Record<string, unknown>).operations = snapshot;
        // A form keeps its resource strings object for the control's lifetime.
        if (resources) made.resources = resources;
        else resources = made.resources;
        if (options.allocatedHeight !== undefined) (made.mode as { allocatedHeight: number }).allocatedHeight = options.allocatedHeight;
        if (options.noConfirmDialog) delete (made.navigation as Partial<ComponentFramework.Navigation>).openConfirmDialog;
        return made;
    };
    const control = new OperationsBoard();
    const first = context();
    // Under React's Profiler: the render tests count commits and watch the DOM (test/host/commits.tsx).
    const mounted = mountProfiled(control, first);
    host.mounted = mounted;
    const destroy = (): void => {
        host.destroyed = true;
        act(() => mounted.destroy());
    };
    return { control, api, dataset, context, first, update: (next = context()) => mounted.update(next), destroy, mounted };
}

export function setVisibility(state: DocumentVisibilityState): void {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
    act(() => {
        document.dispatchEvent(new Event("visibilitychange"));
    });
}

/** The lifecycle tests' clock: fake timers at NOW, and a visible page after each test. */
export function withBoardClock(): void {
    withFakeTimers(NOW);
    afterEach(() => setVisibility("visible"));
}

/** The button whose text is `text`. */
export const button = (text: string): HTMLElement => screen.getByText(text).closest("button") as HTMLElement;

/** The text of the grid row that shows the operation named `name`. */
export const rowText = (name: string): string => (screen.getByText(name).closest("[role='row']") as HTMLElement).textContent ?? "";

/** The refreshes the board asked of its data set. */
export const refreshes = (board: ReturnType<typeof mountBoard>): number => board.dataset.callsOf("refresh").length;

export { advance, settle } from "../../host/clock";
