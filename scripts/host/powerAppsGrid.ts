/**
 * A Power Apps grid as the customizer contract describes it (Microsoft Learn, "Customize the editable
 * grid control", and the grid customizer template's types), written from that contract alone: it draws a
 * view's columns and records as a table and asks the customizer's `cellRendererOverrides[dataType]` for
 * every cell, with `CellRendererProps` (value, formattedValue, columnDataType, isRTLMode, rowHeight,
 * isLastRow) and `GetRendererParams` (colDefs, columnIndex, rowData with `__rec_id`). A renderer answering
 * null or undefined leaves the grid's default: the formatted value as text. Formatted values are the
 * grid's (user's locale: grouped numbers, short dates), so the default cells look as the real grid's do.
 *
 * Standalone (type imports only): React is handed in, so the jest tests pass theirs and the gallery
 * page the platform's.
 */
import type * as ReactNamespace from "react";

type ReactLike = Pick<typeof ReactNamespace, "createElement" | "memo">;

/** A data set column, as FakeDataset describes one. */
export interface GridSourceColumn {
    name: string;
    displayName: string;
    dataType: string;
    isPrimary?: boolean;
    isHidden?: boolean;
}

export interface GridColumnDefinition {
    name: string;
    displayName: string;
    dataType: string;
    isPrimary: boolean;
    width?: number;
}

export type CellOverride = (props: Record<string, unknown>, params: Record<string, unknown>) => unknown;

export interface GridCustomizerLike {
    cellRendererOverrides?: Record<string, CellOverride | undefined>;
}

/** The contract's column data type for a data set column type ("Whole.None" → "Integer"). */
export function gridDataType(datasetType: string): string {
    if (datasetType.startsWith("DateAndTime.DateOnly")) return "DateOnly";
    if (datasetType.startsWith("DateAndTime")) return "DateAndTime";
    if (datasetType.startsWith("Whole")) return "Integer";
    if (datasetType === "OptionSet" || datasetType === "TwoOptions" || datasetType === "MultiSelectPicklist") return datasetType;
    if (datasetType === "Multiple") return "Multiple";
    if (datasetType === "Lookup.Simple" || datasetType.startsWith("Lookup")) return "Lookup";
    if (datasetType === "Decimal" || datasetType === "Currency") return datasetType;
    if (datasetType === "FP") return "FloatingPoint";
    return "Text";
}

/** The grid's column definitions: one array for the grid's lifetime, as the contract hands every cell the same. */
export function columnDefinitions(columns: readonly GridSourceColumn[]): GridColumnDefinition[] {
    return columns
        .filter((column) => column.isHidden !== true)
        .map((column) => ({
            name: column.name,
            displayName: column.displayName,
            dataType: gridDataType(column.dataType),
            isPrimary: column.isPrimary === true,
        }));
}

type RecordLike = { getValue(name: string): unknown; getFormattedValue?(name: string): string };

export interface GridRecords {
    sortedRecordIds: readonly string[];
    records: Readonly<Record<string, RecordLike>>;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and kind, as a grid keeps them (making a formatter costs far more than using one). */
function dateFormat(locale: string, dateOnly: boolean): Intl.DateTimeFormat {
    const key = `${locale}|${dateOnly}`;
    let format = dateFormats.get(key);
    if (!format) {
        format = new Intl.DateTimeFormat(locale, dateOnly ? { dateStyle: "short" } : { dateStyle: "short", timeStyle: "short" });
        dateFormats.set(key, format);
    }
    return format;
}

/** The grid's text for a value of a column: option labels as the data set formats them, numbers grouped, dates short. */
export function gridFormatted(record: RecordLike, column: GridColumnDefinition, locale: string): string {
    const value = record.getValue(column.name);
    if (value === null || value === undefined) return "";
    if (column.dataType === "Integer" && typeof value === "number") return value.toLocaleString(locale);
    if ((column.dataType === "DateAndTime" || column.dataType === "DateOnly") && value instanceof Date) {
        return dateFormat(locale, column.dataType === "DateOnly").format(value);
    }
    return record.getFormattedValue?.(column.name) ?? String(value);
}

/** The row's values by column name, and its id under `__rec_id`. */
export function rowDataOf(id: string, record: RecordLike, columns: readonly GridColumnDefinition[]): Record<string, unknown> {
    const data: Record<string, unknown> = { __rec_id: id };
    for (const column of columns) data[column.name] = record.getValue(column.name);
    return data;
}

export interface FakeGridProps {
    customizer: GridCustomizerLike | undefined;
    colDefs: readonly GridColumnDefinition[];
    data: GridRecords;
    locale: string;
    rtl: boolean;
    rowHeight?: number;
    /** Called per cell with whether a renderer drew it (for tests and the benchmark). */
    onCell?(column: string, custom: boolean): void;
}

/** The fake grid, as a component of the React handed in. */
export function createFakeGrid(React: ReactLike): (props: FakeGridProps) => ReactNamespace.ReactElement {
    const h = React.createElement;
    function FakePowerAppsGrid({ customizer, colDefs, data, locale, rtl, rowHeight = 42, onCell }: FakeGridProps): ReactNamespace.ReactElement {
        const ids = data.sortedRecordIds;
        const header = h(
            "tr",
            null,
            colDefs.map((column) => h("th", { key: column.name, scope: "col", "data-column": column.name }, column.displayName)),
        );
        const rows = ids.map((id, rowIndex) => {
            const record = data.records[id];
            const rowData = rowDataOf(id, record, colDefs);
            const cells = colDefs.map((column, columnIndex) => {
                const formattedValue = gridFormatted(record, column, locale);
                const props = {
                    value: record.getValue(column.name),
                    formattedValue,
                    columnDataType: column.dataType,
                    isRTLMode: rtl,
                    rowHeight,
                    isLastRow: rowIndex === ids.length - 1,
                    columnEditable: false,
                };
                const override = customizer?.cellRendererOverrides?.[column.dataType];
                const drawn = override ? override(props, { colDefs, columnIndex, rowData, allowTabKeyNavigation: true }) : undefined;
                const custom = drawn !== null && drawn !== undefined;
                onCell?.(column.name, custom);
                return h(
                    "td",
                    { key: column.name, "data-column": column.name, "data-custom": custom ? "true" : "false", style: { height: rowHeight } },
                    custom ? (drawn as ReactNamespace.ReactNode) : h("span", { className: "grid-default" }, formattedValue),
                );
            });
            return h("tr", { key: id, "data-row": id }, cells);
        });
        // The grid scrolls sideways inside its own box, as the real one does; the box is focusable so a keyboard can scroll it.
        return h(
            "div",
            { className: "fake-grid-scroller", tabIndex: 0, role: "region", "aria-label": "Power Apps grid", dir: rtl ? "rtl" : "ltr" },
            h("table", { role: "grid", className: "fake-power-apps-grid" }, h("thead", null, header), h("tbody", null, rows)),
        );
    }
    return FakePowerAppsGrid;
}
