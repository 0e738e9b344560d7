import * as React from "react";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { HostEnvironmentCache } from "../common/host/environment";
import { ControlRoot } from "../common/components/ControlRoot";
import { DEFAULT_STRINGS } from "./strings/defaults";
import { jobModel } from "./model/jobModel";
import { ProgressView } from "./components/ProgressView";

/** Lifecycle adapter only: bound values → model → view. */
export class IntegrationJobProgress implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private readonly environment = new HostEnvironmentCache(DEFAULT_STRINGS);

    public init(context: ComponentFramework.Context<IInputs>): void {
        context.mode.trackContainerResize(true);
    }

    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        const { host, theme } = this.environment.read(context);
        const model = jobModel(context.parameters, host.t);
        return React.createElement(ControlRoot, { host, theme, label: host.t("Progress_Label") }, React.createElement(ProgressView, { model }));
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        // Nothing runs yet outside React.
    }
}
