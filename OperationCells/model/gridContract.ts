/**
 * The Power Apps grid's customizer contract, as Microsoft Learn ("Customize the editable grid control")
 * and the grid customizer template describe it: what the grid hands a cell renderer and what it takes
 * back. Only the members this control reads are declared; every one is optional where the contract lets
 * the grid leave it out, and nothing here is trusted to have the declared type at run time.
 */

/** The row's id, under the name the contract gives it in `rowData`. */
export const ROW_ID = "__rec_id";

/** A visible column of the grid (`colDefs[i]`). */
export interface GridColumn {
    /** The column's logical name. */
    name: string;
    displayName?: string;
    /** One of the contract's column data types ("OptionSet", "Integer", "DateAndTime", …). */
    dataType?: string;
    isPrimary?: boolean;
}

/** The row a cell belongs to: its id, and (as far as the grid gives them) its other columns' values by logical name. */
export type GridRowData = { readonly [ROW_ID]?: unknown } & Readonly<Record<string, unknown>>;

/** The contract's CellRendererProps, as far as this control reads them. */
export interface CellRendererProps {
    value: unknown;
    formattedValue?: string;
    columnDataType?: string;
    isRTLMode?: boolean;
    rowHeight?: number;
}

/** The contract's GetRendererParams. */
export interface RendererParams {
    colDefs: readonly GridColumn[];
    columnIndex: number;
    rowData?: GridRowData;
}

/** What a renderer answers: an element, or nothing for the grid's own rendering. */
export type CellRenderer<TElement> = (props: CellRendererProps, params: RendererParams) => TElement | null | undefined;

/** The column data types of the contract: the customizer answers for each, and decides by column name. */
export const COLUMN_DATA_TYPES = [
    "Text",
    "Email",
    "Phone",
    "Ticker",
    "URL",
    "TextArea",
    "Lookup",
    "Customer",
    "Owner",
    "MultiSelectPicklist",
    "OptionSet",
    "TwoOptions",
    "Duration",
    "Language",
    "Multiple",
    "TimeZone",
    "Integer",
    "Currency",
    "Decimal",
    "FloatingPoint",
    "AutoNumber",
    "DateOnly",
    "DateAndTime",
    "Image",
    "File",
    "Persona",
] as const;

/** The object `init` hands the grid through `factory.fireEvent(EventName, …)`. */
export interface GridCustomizer<TElement> {
    cellRendererOverrides: Readonly<Record<string, CellRenderer<TElement>>>;
}
