import * as React from "react";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { HostEnvironmentCache } from "../common/host/environment";
import { ControlRoot } from "../common/components/ControlRoot";
import { readNumber, readText } from "../common/host/fields";
import { optionsOf } from "../common/model/options";
import { recordOf, webApiOf } from "../common/host/dataAccess";
import { isForbidden, isNotFound } from "../common/model/dataverseErrors";
import { RefreshSource, refreshIntervalMs } from "../common/sources/refreshSource";
import { DEFAULT_STRINGS } from "./strings/defaults";
import { createOperationContext } from "./model/operationContext";
import { allJobsCompleted, systemJobOf, systemJobQuery, type SystemJob } from "./model/systemJobs";
import { DependencyReader } from "./sources/dependencyReader";
import { saveTextFile } from "./sources/fileExport";
import { DependencyView } from "./components/DependencyView";

/** Lifecycle adapter only: bound values → model → view; owns the dependency reading and the system-job refresh. */
export class StagedDependencyViewer implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private readonly environment = new HostEnvironmentCache(DEFAULT_STRINGS);
    /** The column can hold megabytes: one reading per distinct value, however often updateView runs. */
    private readonly reader = new DependencyReader();
    private context: ComponentFramework.Context<IInputs> | undefined;
    private jobs: RefreshSource<SystemJob[]> | undefined;
    private jobsRecordId = "";
    /** The header's model: the same object while the operation's bound values are the same. */
    private readonly operation = createOperationContext();

    public init(context: ComponentFramework.Context<IInputs>): void {
        this.context = context;
        context.mode.trackContainerResize(true);
    }

    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        this.context = context;
        const { host, theme } = this.environment.read(context);
        const parameters = context.parameters;
        const text = readText(parameters.unprocessedDependencies);
        const operation = this.operation({
            name: readText(parameters.operationName),
            componentType: readNumber(parameters.componentType),
            jobStatus: readNumber(parameters.asyncJobStatus),
            jobStatusOptions: optionsOf(parameters.asyncJobStatus),
        });
        return React.createElement(
            ControlRoot,
            { host, theme, label: host.t("Dependencies_Label") },
            React.createElement(DependencyView, {
                field: text.state,
                reading: this.reader.read(text.value),
                operation,
                jobs: this.systemJobs(context),
                onOpenJob: this.openJob,
                onExport: this.exportFile,
            }),
        );
    }

    /** How many distinct values have been parsed (the benchmark and tests read it). */
    public get parses(): number {
        return this.reader.parses;
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        this.reader.dispose();
        this.jobs?.dispose();
        this.jobs = undefined;
        this.jobsRecordId = "";
    }

    /** The refresh loop of the record's system jobs: one per record id, none without Web API or record. */
    private systemJobs(context: ComponentFramework.Context<IInputs>): RefreshSource<SystemJob[]> | undefined {
        const record = webApiOf(context) ? recordOf(context) : undefined;
        const intervalMs = refreshIntervalMs(context.parameters.refreshSeconds?.raw);
        if (!record) {
            this.jobs?.dispose();
            this.jobs = undefined;
            this.jobsRecordId = "";
            return undefined;
        }
        if (this.jobs && this.jobsRecordId === record.id) {
            this.jobs.setIntervalMs(intervalMs);
            return this.jobs;
        }
        this.jobs?.dispose();
        const id = record.id;
        this.jobsRecordId = id;
        this.jobs = new RefreshSource<SystemJob[]>({
            load: async () => {
                const api = this.context ? webApiOf(this.context) : undefined;
                if (!api) throw new Error("Web API unavailable");
                const response = await api.retrieveMultipleRecords("asyncoperation", systemJobQuery(id));
                return response.entities.map((row) => systemJobOf(row as Record<string, unknown>));
            },
            intervalMs,
            isFinal: allJobsCompleted,
            isGone: isNotFound,
            // No read privilege (e.g. on the job details) will not change by asking again.
            isForbidden,
        });
        this.jobs.start();
        return this.jobs;
    }

    private readonly openJob = (id: string): void => {
        void this.context?.navigation.openForm({ entityName: "asyncoperation", entityId: id }).catch(() => undefined);
    };

    private readonly exportFile = (fileName: string, content: string, mimeType: string): Promise<void> =>
        saveTextFile(this.context?.navigation, fileName, content, mimeType);
}
