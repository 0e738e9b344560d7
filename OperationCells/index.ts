import * as React from "react";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { webApiOf } from "../common/host/dataAccess";
import { entityMetadataReader } from "../common/host/entityMetadata";
import { HostEnvironmentCache } from "../common/host/environment";
import { readText } from "../common/host/fields";
import { ControlLifecycle } from "../common/host/controlLifecycle";
import { DEFAULT_STRINGS } from "./strings/defaults";
import { CellServices, type CellHost } from "./sources/cellServices";
import { handCustomizerToGrid } from "./sources/customizerEvent";
import { createCellRenderers } from "./components/cellRenderers";
import { NotInGrid } from "./components/NotInGrid";
import { StableRoot } from "../common/components/stableElement";

/** In a grid the customizer draws inside the grid's cells; its own place on the page stays empty. */
const NOTHING = React.createElement(React.Fragment);

/**
 * Lifecycle only: init builds the cells' shared services and hands the grid its renderers; each
 * updateView gives the services the latest environment; destroy ends them (the clock, the reads).
 */
export class OperationCells extends ControlLifecycle<IInputs, IOutputs, React.ReactElement> implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private readonly environment = new HostEnvironmentCache(DEFAULT_STRINGS);
    private services: CellServices | undefined;
    private inGrid = false;
    private readonly note = new StableRoot(NotInGrid, "Control_DisplayName");

    public init(context: ComponentFramework.Context<IInputs>): void {
        super.init(context);
        this.services = this.own(new CellServices(this.hostOf(context)));
        const eventName = readText(context.parameters.EventName).value ?? "";
        this.inGrid = handCustomizerToGrid(context, eventName, createCellRenderers(this.services));
    }

    protected render(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        const host = this.hostOf(context);
        this.services?.update(host);
        if (this.inGrid) return NOTHING;
        return this.note.of(host.environment.host, host.environment.theme, {});
    }

    private hostOf(context: ComponentFramework.Context<IInputs>): CellHost {
        return { environment: this.environment.read(context), api: webApiOf(context), readMetadata: entityMetadataReader(context) };
    }
}
