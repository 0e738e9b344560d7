import * as React from "react";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { HostEnvironmentCache } from "../common/host/environment";
import { HostNavigation, tableNamesReader, trackContainerResize } from "../common/host/hostApis";
import { recordOf, webApiOf } from "../common/host/dataAccess";
import { readNumber, readText } from "../common/host/fields";
import { UpdateGate } from "../common/host/updates";
import { StableRoot } from "../common/components/stableElement";
import { optionsOf } from "../common/model/options";
import { KeyedSource } from "../common/sources/keyedSource";
import { refreshIntervalMs, type RefreshSource } from "../common/sources/refreshSource";
import { systemJobsSource } from "../common/sources/systemJobsSource";
import type { SystemJob } from "../common/model/systemJobs";
import { DEFAULT_STRINGS } from "./strings/defaults";
import { createJobModel, lastStatusRead, type JobReads, type Regarding } from "./model/jobModel";
import { formIsNewer } from "../common/model/freshness";
import { ChangeClock } from "../common/sources/changeClock";
import { PacketSource } from "./sources/packetSource";
import { SyncErrorSource } from "./sources/syncErrorSource";
import { RegardingSource } from "./sources/regardingSource";
import { MarkFailedSource, clientExecute } from "./sources/markFailed";
import { ProgressView, type PacketAvailability } from "./components/ProgressView";

type JobProperties = Partial<
    Record<
        "expectedPackets" | "jobStatus" | "jobType" | "responseJson" | "regardingEntity" | "regardingEntityId",
        Partial<ComponentFramework.PropertyTypes.Property>
    >
>;

/** The job's bound values, read through the host's field readers. */
function readJob(parameters: JobProperties): JobReads {
    return {
        expectedPackets: readNumber(parameters.expectedPackets),
        jobStatus: readNumber(parameters.jobStatus),
        jobStatusOptions: optionsOf(parameters.jobStatus),
        jobType: readNumber(parameters.jobType),
        jobTypeOptions: optionsOf(parameters.jobType),
        responseJson: readText(parameters.responseJson),
        regardingEntity: readText(parameters.regardingEntity),
        regardingEntityId: readText(parameters.regardingEntityId),
    };
}

/** Lifecycle only: bound values → model → view, with the packet reads kept in step with the form. */
export class IntegrationJobProgress implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private readonly environment = new HostEnvironmentCache(DEFAULT_STRINGS);
    private readonly jobModel = createJobModel();
    private readonly navigation = new HostNavigation();
    private readonly packets = new KeyedSource<PacketSource>();
    /** The refresh loop of the system jobs regarding the job, one per record id. */
    private readonly jobs = new KeyedSource<RefreshSource<SystemJob[]>>();
    /** The read of the sync errors regarding the job, one per record id. */
    private readonly syncErrors = new KeyedSource<SyncErrorSource>();
    /** "Mark as failed" of the job, where the host can call its action. */
    private readonly marking = new KeyedSource<MarkFailedSource>();
    /** The names of the regarding record, read once per record. */
    private readonly regardingNames = new KeyedSource<RegardingSource>();
    /** When the form's status last changed: the newest of it and the last status read is shown. */
    private readonly formClock = new ChangeClock<number | null>();
    private readonly gate = new UpdateGate<React.ReactElement>();
    /** The same element while nothing it shows changed. */
    private readonly root = new StableRoot(ProgressView, "Progress_Label");
    /** Counts the job's runs on this form: a job that ended and was queued again gets a new packet source. */
    private run = 0;
    /** The status the form showed when the current packet source was created. */
    private runStatus: number | null = null;

    public init(context: ComponentFramework.Context<IInputs>): void {
        trackContainerResize(context);
    }

    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        this.navigation.update(context);
        const unchanged = this.gate.reuse(context);
        if (unchanged) return unchanged;
        const { host, theme } = this.environment.read(context);
        const model = this.jobModel(readJob(context.parameters), host.t);
        const formAt = this.formClock.stamp(model.statusValue);
        const { packets, availability } = this.syncPackets(
            context,
            model.final,
            model.statusValue,
            formAt,
            model.expected.kind === "count" ? model.expected.value : null,
        );
        const jobs = this.syncJobs(context);
        const syncErrors = this.syncSyncErrors(context, model.final);
        const markFailed = this.syncMarkFailed(context);
        const regardingNames = this.syncRegarding(context, model.regarding);
        const onOpenRecord = this.navigation.openRecord;
        const element = this.root.of(host, theme, {
            model,
            packets,
            availability,
            liveStatus: packets?.status,
            formAt,
            capped: packets?.capped,
            jobs,
            syncErrors,
            markFailed,
            regardingNames,
            onOpenRecord,
        });
        return this.gate.remember(context, element);
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        this.packets.dispose();
        this.jobs.dispose();
        this.syncErrors.dispose();
        this.marking.dispose();
        this.regardingNames.dispose();
        this.gate.forget();
    }

    /**
     * Keeps one packet source per saved job where a Web API is there: created when the record appears, retuned
     * while it stays, replaced when the record changes or an ended job is queued again (Failed → Ready), gone
     * without a Web API or record.
     */
    private syncPackets(
        context: ComponentFramework.Context<IInputs>,
        final: boolean,
        status: number | null,
        formAt: number,
        expected: number | null,
    ): { packets: PacketSource | undefined; availability: PacketAvailability } {
        const webAPI = webApiOf(context);
        const record = recordOf(context);
        if (!webAPI || !record) {
            // Nothing to read here (canvas apps, a job not saved yet): no source.
            this.packets.dispose();
            return { packets: undefined, availability: webAPI ? "noRecord" : "noWebApi" };
        }
        const intervalMs = refreshIntervalMs(readNumber(context.parameters.refreshSeconds).value);
        // Queued again: the form now shows a status that is not final and is not the one the ended run began with
        // (a status read may have seen the job end while the form still shows it running).
        if (this.packets.current?.finished && !final && status !== this.runStatus) this.run += 1;
        const packets = this.packets.sync(`${record.id}|${this.run}`, () => {
            this.runStatus = status;
            const source = new PacketSource({ webAPI, jobId: record.id, intervalMs, final, expected });
            source.start();
            return source;
        });
        packets?.expect(expected);
        packets?.follow(intervalMs, final, formIsNewer(formAt, lastStatusRead(packets.status.current)));
        return { packets, availability: "live" };
    }

    /** The names of the record the job is about, where the host has table metadata and a Web API; one read per record. */
    private syncRegarding(context: ComponentFramework.Context<IInputs>, regarding: Regarding): RegardingSource | undefined {
        const webAPI = webApiOf(context);
        const tableNames = tableNamesReader(context);
        if (regarding.kind !== "link" || !webAPI || !tableNames) {
            this.regardingNames.dispose();
            return undefined;
        }
        const { entityName, id } = regarding;
        return this.regardingNames.sync(`${entityName}|${id}`, () => {
            const source = new RegardingSource({ entityName, id, tableNames, webAPI });
            source.start();
            return source;
        });
    }

    /** The system jobs regarding the job: a loop per record id, none without a Web API or a saved record. */
    private syncJobs(context: ComponentFramework.Context<IInputs>): RefreshSource<SystemJob[]> | undefined {
        const api = webApiOf(context);
        const record = api ? recordOf(context) : undefined;
        if (!api || !record) {
            this.jobs.dispose();
            return undefined;
        }
        const intervalMs = refreshIntervalMs(readNumber(context.parameters.refreshSeconds).value);
        const jobs = this.jobs.sync(record.id, () => {
            const source = systemJobsSource({ api, regardingId: record.id, intervalMs });
            source.start();
            return source;
        });
        jobs?.setIntervalMs(intervalMs);
        return jobs;
    }

    /** The sync errors regarding the job: one source per record id, none without a Web API or a saved record. */
    private syncSyncErrors(context: ComponentFramework.Context<IInputs>, final: boolean): SyncErrorSource | undefined {
        const webAPI = webApiOf(context);
        const record = webAPI ? recordOf(context) : undefined;
        if (!webAPI || !record) {
            this.syncErrors.dispose();
            return undefined;
        }
        const intervalMs = refreshIntervalMs(readNumber(context.parameters.refreshSeconds).value);
        const endedOnServer = (): boolean => this.packets.current?.endedOnServer === true;
        const source = this.syncErrors.sync(record.id, () => {
            const created = new SyncErrorSource({ webAPI, jobId: record.id, intervalMs, final, endedOnServer });
            created.start();
            return created;
        });
        source?.follow(intervalMs, final);
        return source;
    }

    /**
     * "Mark as failed" only where the host can call the bound action (Xrm.WebApi.online.execute in a
     * model-driven app), on a saved job, with a Web API and a control that is not disabled.
     */
    private syncMarkFailed(context: ComponentFramework.Context<IInputs>): MarkFailedSource | undefined {
        const webAPI = webApiOf(context);
        const record = webAPI ? recordOf(context) : undefined;
        const execute = clientExecute();
        if (!webAPI || !record || !execute || context.mode?.isControlDisabled === true) {
            this.marking.dispose();
            return undefined;
        }
        // After Dataverse accepted the call, the job is read again to show its new status.
        return this.marking.sync(record.id, () => new MarkFailedSource(execute, record.id, () => this.packets.current?.refreshNow()));
    }
}
