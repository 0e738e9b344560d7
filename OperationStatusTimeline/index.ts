import * as React from "react";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { HostEnvironmentCache } from "../common/host/environment";
import { ControlRoot } from "../common/components/ControlRoot";
import { readNumber, readText, isReadOnly } from "../common/host/fields";
import { optionsOf } from "../common/model/options";
import { recordOf, webApiOf } from "../common/host/dataAccess";
import { refreshIntervalMs } from "../common/sources/refreshSource";
import type { Translate } from "../common/model/text";
import { DEFAULT_STRINGS } from "./strings/defaults";
import { valuesFromInputs } from "./model/operationValues";
import { isTerminalStatus } from "./model/timelineModel";
import { ENTITY, OperationLink } from "./host/operationLink";
import { TimelineView } from "./components/TimelineView";

/** Lifecycle adapter only: bound values → view; owns the refresh loop and the cancel request. */
export class OperationStatusTimeline implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private readonly environment = new HostEnvironmentCache(DEFAULT_STRINGS);
    private link: OperationLink | undefined;
    /** The row (id and partition) the link reads. */
    private linkKey = "";
    private context: ComponentFramework.Context<IInputs> | undefined;
    private t: Translate = (key) => key;

    public init(context: ComponentFramework.Context<IInputs>): void {
        // Canvas apps and some custom pages leave this out.
        context.mode.trackContainerResize?.(true);
    }

    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        this.context = context;
        const { host, theme } = this.environment.read(context);
        this.t = host.t;
        const parameters = context.parameters;
        const values = valuesFromInputs(parameters);
        const intervalMs = refreshIntervalMs(readNumber(parameters.refreshSeconds).value);
        const api = webApiOf(context);
        const record = recordOf(context);
        const linked = api !== undefined && record !== undefined && record.entityName === ENTITY;
        const partitionId = readText(parameters.partitionId).value;
        const key = linked ? `${record.id}|${partitionId ?? ""}` : "";
        if (this.link && key !== this.linkKey) {
            // Another row (or partition) on the same control instance: the old reads no longer apply.
            this.link.dispose();
            this.link = undefined;
        }
        // Start reading only while the run can still change; a finished one is final on the form already.
        if (!this.link && linked && values.statusReason.state === "value" && !isTerminalStatus(values.statusReason.value)) {
            this.link = new OperationLink({ api, id: record.id, partitionId, intervalMs, confirmCancel: () => this.confirmCancel() });
            this.linkKey = key;
            this.link.start();
        }
        this.link?.refresh.setIntervalMs(intervalMs);
        const canWrite = linked && typeof api.updateRecord === "function" && !isReadOnly(context, parameters.statusReason);
        return React.createElement(
            ControlRoot,
            { host, theme, label: host.t("Timeline_Label") },
            React.createElement(TimelineView, {
                values,
                statusOptions: optionsOf(parameters.statusReason),
                stateOptions: optionsOf(parameters.state),
                refresh: this.link?.refresh,
                cancel: canWrite ? this.link?.cancel : undefined,
                live: linked,
            }),
        );
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        this.link?.dispose();
        this.link = undefined;
        this.context = undefined;
    }

    private async confirmCancel(): Promise<boolean> {
        const navigation = this.context?.navigation;
        if (!navigation?.openConfirmDialog) return false;
        const t = this.t;
        const answer = await navigation.openConfirmDialog({
            title: t("Cancel_ConfirmTitle"),
            text: t("Cancel_ConfirmText"),
            confirmButtonLabel: t("Cancel_ConfirmYes"),
            cancelButtonLabel: t("Cancel_ConfirmNo"),
        });
        return answer?.confirmed === true;
    }
}
