import * as React from "react";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { HostEnvironmentCache } from "../common/host/environment";
import { ControlRoot } from "../common/components/ControlRoot";
import { readText } from "../common/host/fields";
import { parseOnce } from "../common/host/parseOnce";
import { DEFAULT_STRINGS } from "./strings/defaults";
import { parseDependencies } from "./model/dependencies";
import { DependencyView } from "./components/DependencyView";

/** Lifecycle adapter only: bound values → model → view. */
export class StagedDependencyViewer implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private readonly environment = new HostEnvironmentCache(DEFAULT_STRINGS);
    /** The column can hold megabytes: parse a value once, however often updateView runs. */
    private readonly parse = parseOnce(parseDependencies);

    public init(context: ComponentFramework.Context<IInputs>): void {
        context.mode.trackContainerResize(true);
    }

    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        const { host, theme } = this.environment.read(context);
        const text = readText(context.parameters.unprocessedDependencies);
        const list = this.parse(text.value);
        return React.createElement(
            ControlRoot,
            { host, theme, label: host.t("Dependencies_Label") },
            React.createElement(DependencyView, { field: text.state, list }),
        );
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        // Nothing runs yet outside React.
    }
}
