import * as React from "react";
import { act, render, type RenderResult } from "@testing-library/react";
import type { IInputs } from "../../../OperationCells/generated/ManifestTypes";
import { OperationCells } from "../../../OperationCells";
import { FakeDataset, type FakeColumn, type FakeOption, type Row } from "../../../scripts/host/dataset";
import { columnDefinitions, createFakeGrid, type GridCustomizerLike } from "../../../scripts/host/powerAppsGrid";
import { FakeWebApi } from "../../host/fakeWebApi";
import { mockContext, type ContextOptions } from "../../host/mockContext";

export const NOW = Date.UTC(2026, 11, 7, 10, 0, 0);
export const EVENT = "aops-grid-customizer";
const FakeGrid = createFakeGrid(React);

export const guid = (n: number, prefix = "b0a70000"): string => `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
export const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();

export const BGOP_COLUMNS: FakeColumn[] = [
    { name: "name", displayName: "Name", dataType: "SingleLine.Text", isPrimary: true },
    { name: "backgroundoperationstatuscode", displayName: "Status Reason", dataType: "OptionSet" },
    { name: "createdon", displayName: "Created On", dataType: "DateAndTime.DateAndTime" },
    { name: "starttime", displayName: "Start Time", dataType: "DateAndTime.DateAndTime" },
    { name: "endtime", displayName: "End Time", dataType: "DateAndTime.DateAndTime" },
    { name: "errorcode", displayName: "Error Code", dataType: "Whole.None" },
    { name: "errormessage", displayName: "Error Message", dataType: "Multiple" },
];

export const BGOP_OPTIONS: FakeOption[] = [
    { Value: 0, Label: "Waiting For Resources" },
    { Value: 20, Label: "In Progress" },
    { Value: 30, Label: "Succeeded" },
    { Value: 31, Label: "Failed" },
    { Value: 32, Label: "Canceled" },
];

export function operation(n: number, status: number, values: Row = {}): Row {
    return {
        backgroundoperationid: guid(n),
        name: `Operation ${n}`,
        backgroundoperationstatuscode: status,
        createdon: ago(900),
        starttime: null,
        endtime: null,
        errorcode: null,
        errormessage: null,
        ...values,
    };
}

export interface GridOptions {
    entity?: string;
    columns?: FakeColumn[];
    rows: Row[];
    optionSets?: Record<string, FakeOption[]>;
    tables?: Record<string, Row[]>;
    /** false: the host has no Web API. */
    webApi?: boolean;
    /** false: the host has no factory.fireEvent (a form, the harness). */
    grid?: boolean;
    eventName?: string | null;
    context?: Partial<ContextOptions>;
    rtl?: boolean;
    prepareApi?(api: FakeWebApi): void;
}

/**
 * The customizer in a host with the fake Power Apps grid: init hands the grid the renderers through
 * factory.fireEvent; the grid draws the view's records and asks them for every cell.
 */
export function mountGrid(options: GridOptions) {
    const entity = options.entity ?? "backgroundoperation";
    const api = new FakeWebApi({ [entity]: options.rows, ...options.tables });
    options.prepareApi?.(api);
    const columns = options.columns ?? BGOP_COLUMNS;
    const dataset = new FakeDataset({
        entityName: entity,
        columns,
        optionSets: options.optionSets ?? { backgroundoperationstatuscode: BGOP_OPTIONS },
        rows: api.tables[entity],
    });
    const colDefs = columnDefinitions(columns);
    const fired: { name: string; payload: GridCustomizerLike }[] = [];
    const context = (): ComponentFramework.Context<IInputs> =>
        mockContext<IInputs>({
            control: "OperationCells",
            parameters: { EventName: options.eventName === undefined ? EVENT : options.eventName },
            webAPI: options.webApi === false ? null : (api as unknown as ComponentFramework.WebApi),
            record: null,
            isRTL: options.rtl,
            languageId: options.rtl ? 1025 : 1033,
            fireEvent: options.grid === false ? undefined : (name, payload) => fired.push({ name, payload: payload as GridCustomizerLike }),
            ...options.context,
        });
    const control = new OperationCells();
    const first = context();
    control.init(first);
    let view: RenderResult | undefined;
    const element = (ctx: ComponentFramework.Context<IInputs>): React.ReactElement => (
        <>
            {control.updateView(ctx)}
            <FakeGrid
                customizer={fired[0]?.payload}
                colDefs={colDefs}
                data={dataset.snapshot()}
                locale={options.rtl ? "ar-SA" : "en-US"}
                rtl={options.rtl === true}
            />
        </>
    );
    act(() => {
        view = render(element(first));
    });
    const rerender = (): void => act(() => view?.rerender(element(context())));
    const cell = (row: number, column: string): HTMLElement =>
        (view as RenderResult).container.querySelector(`tr[data-row="${dataset.snapshot().sortedRecordIds[row]}"] td[data-column="${column}"]`) as HTMLElement;
    const destroy = (): void =>
        act(() => {
            control.destroy();
            view?.unmount();
        });
    return { control, api, dataset, fired, colDefs, view: view as RenderResult, rerender, cell, destroy };
}

export { advance, settle } from "../../host/clock";
