import * as React from "react";
import { CellPlans } from "../model/cellPlan";
import { cellModel, sameCellModel, type CellModel } from "../model/cellModels";
import { COLUMN_DATA_TYPES, ROW_ID, type CellRenderer, type CellRendererProps, type GridCustomizer, type RendererParams } from "../model/gridContract";
import type { CellServices } from "../sources/cellServices";
import { CellFrame } from "./CellFrame";
import { cellContent } from "./cellContent";

/**
 * The renderers the customizer hands the grid. One function answers for every column data type (a
 * status reason may come as a choice or a whole number, depending on the table and the grid) and decides
 * by the column's name; a cell it does not draw, or whose value it cannot read, gets null, so the grid
 * draws it as always. A renderer never throws into the grid, and draws nothing once the customizer is
 * destroyed.
 */
export function createCellRenderers(services: CellServices): GridCustomizer<React.ReactElement> {
    const plans = new CellPlans();
    const drawn = new DrawnCells();
    const render: CellRenderer<React.ReactElement> = (props: CellRendererProps, params: RendererParams) => {
        if (services.disposed || !props || !params) return null;
        try {
            const plan = plans.of(params.colDefs);
            if (!plan.table) return null;
            const column = Array.isArray(params.colDefs) ? params.colDefs[params.columnIndex] : undefined;
            const kind = column && typeof column.name === "string" ? plan.columns.get(column.name) : undefined;
            if (!kind || !column) return null;
            const environment = services.environment.current;
            const host = environment.host;
            const model = cellModel(kind, props, params.rowData, host.t);
            if (!model) return null;
            const rtl = typeof props.isRTLMode === "boolean" ? props.isRTLMode : undefined;
            const key = `${String(params.rowData?.[ROW_ID] ?? "")}\u0001${column.name}`;
            const last = drawn.get(key);
            // The same model in the same environment: the element the grid already has, so React skips the cell.
            if (last && last.rtl === rtl && last.host === host && sameCellModel(last.model, model)) return last.element;
            const { content, title, plain } = cellContent(model, services, plan.table, column.name);
            // Plain elements cannot fail to render and read no context: no frame; they take the grid's direction from the grid.
            const element = plain ? (
                content
            ) : (
                <CellFrame environment={environment} rtl={rtl} title={title}>
                    {content}
                </CellFrame>
            );
            drawn.set(key, { model, rtl, host, element });
            return element;
        } catch {
            // A value of a shape nobody expected: the grid's own rendering shows it.
            return null;
        }
    };
    return { cellRendererOverrides: Object.fromEntries(COLUMN_DATA_TYPES.map((type) => [type, render])) };
}

interface DrawnCell {
    model: CellModel;
    rtl: boolean | undefined;
    host: unknown;
    element: React.ReactElement;
}

/** The last element of each cell (row and column), for as many cells as a large view scrolls through. */
class DrawnCells {
    private readonly cells = new Map<string, DrawnCell>();

    get(key: string): DrawnCell | undefined {
        return this.cells.get(key);
    }

    set(key: string, cell: DrawnCell): void {
        // A grid of 50,000 rows scrolled end to end: start again rather than hold every cell ever drawn.
        if (this.cells.size >= MAX_REMEMBERED_CELLS) this.cells.clear();
        this.cells.set(key, cell);
    }
}

const MAX_REMEMBERED_CELLS = 20_000;
