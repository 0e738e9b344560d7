import * as React from "react";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { HostEnvironmentCache } from "../common/host/environment";
import { readNumber, readText } from "../common/host/fields";
import { recordOf, webApiOf } from "../common/host/dataAccess";
import { ControlLifecycle } from "../common/host/controlLifecycle";
import { StableRoot } from "../common/components/stableElement";
import { optionsOf } from "../common/model/options";
import { ChangeClock } from "../common/sources/changeClock";
import { formIsNewer } from "../common/model/freshness";
import { KeyedSource, started } from "../common/sources/keyedSource";
import { refreshIntervalMs } from "../common/sources/refreshSource";
import { DEFAULT_STRINGS } from "./strings/defaults";
import { createOperationContext } from "./model/operationContext";
import { isFinalOperationStatus } from "./model/operationStatus";
import { DependencyReader } from "./sources/dependencyReader";
import { textFile, type TextFile } from "./sources/fileExport";
import { OperationRefresh } from "./sources/operationRefresh";
import { DependencyView } from "./components/DependencyView";

/** Lifecycle only: reads the bound values, syncs the dependency reading and the system-jobs loop, returns the view. */
export class StagedDependencyViewer
    extends ControlLifecycle<IInputs, IOutputs, React.ReactElement>
    implements ComponentFramework.ReactControl<IInputs, IOutputs>
{
    private readonly environment = new HostEnvironmentCache(DEFAULT_STRINGS);
    /** The column can hold megabytes: one reading per distinct value, however often updateView runs. */
    private readonly reader = this.own(new DependencyReader());
    /** The refresh of the record (its own status, then its system jobs), one per record id. */
    private readonly refresh = this.own(new KeyedSource<OperationRefresh>());
    /** When the form's job status last changed: newer than the last read, it is what the control shows. */
    private readonly statusClock = new ChangeClock<string>();
    private readonly operation = createOperationContext();
    private readonly root = new StableRoot(DependencyView, "Dependencies_Label");

    protected render(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        const { host, theme } = this.environment.read(context);
        const parameters = context.parameters;
        const text = readText(parameters.unprocessedDependencies);
        const jobStatus = readNumber(parameters.asyncJobStatus);
        const operation = this.operation({
            name: readText(parameters.operationName),
            componentType: readNumber(parameters.componentType),
            jobStatus,
            jobStatusOptions: optionsOf(parameters.asyncJobStatus),
        });
        const statusAt = this.statusClock.stamp(`${jobStatus.state}|${jobStatus.value ?? ""}`);
        const refresh = this.syncRefresh(context);
        // The form shows a finished run that is newer than the last read: nothing left to refresh. (The first
        // read happens whatever the form says: it brings the system jobs.)
        const lastRead = refresh?.status.current;
        if (lastRead && isFinalOperationStatus(jobStatus.value) && formIsNewer(statusAt, lastRead)) refresh?.finish();
        return this.root.of(host, theme, {
            field: text.state,
            reading: this.reader.read(text.value),
            operation,
            statusAt,
            liveStatus: refresh?.status,
            statusFailure: refresh?.statusFailure,
            jobs: refresh?.jobs,
            onOpenRecord: this.navigation.openRecord,
            createFile: this.createFile,
        });
    }

    /** How many distinct values have been parsed (the benchmark and tests read it). */
    public get parses(): number {
        return this.reader.parses;
    }

    /** The refresh of the record's status and system jobs: one per record id, none without Web API or a saved record. */
    private syncRefresh(context: ComponentFramework.Context<IInputs>): OperationRefresh | undefined {
        const api = webApiOf(context);
        const record = api ? recordOf(context) : undefined;
        if (!api || !record) {
            this.refresh.dispose();
            return undefined;
        }
        const intervalMs = refreshIntervalMs(context.parameters.refreshSeconds?.raw);
        const refresh = this.refresh.sync(record.id, () => started(new OperationRefresh({ api, id: record.id, intervalMs })));
        refresh?.setIntervalMs(intervalMs);
        return refresh;
    }

    private readonly createFile = (fileName: string, mimeType: string): TextFile => textFile(this.navigation, fileName, mimeType);
}
