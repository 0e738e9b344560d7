import * as React from "react";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { HostEnvironmentCache } from "../common/host/environment";
import { tableNamesReader } from "../common/host/hostApis";
import { ControlLifecycle } from "../common/host/controlLifecycle";
import { recordOf, webApiOf } from "../common/host/dataAccess";
import { readNumber } from "../common/host/fields";
import { StableRoot } from "../common/components/stableElement";
import { KeyedSource, started } from "../common/sources/keyedSource";
import { refreshIntervalMs, type RefreshSource } from "../common/sources/refreshSource";
import { systemJobsSource } from "../common/sources/systemJobsSource";
import type { SystemJob } from "../common/model/systemJobs";
import { DEFAULT_STRINGS } from "./strings/defaults";
import { createJobModel, lastStatusRead, type Regarding } from "./model/jobModel";
import { readJob } from "./sources/jobFields";
import { formIsNewer } from "../common/model/freshness";
import { ChangeClock } from "../common/sources/changeClock";
import { PacketSource } from "./sources/packetSource";
import { SyncErrorSource } from "./sources/syncErrorSource";
import { TableDisplayNames } from "./sources/tableDisplayNames";
import { RegardingSource } from "./sources/regardingSource";
import { MarkFailedSource, clientExecute } from "./sources/markFailed";
import { ProgressView, type PacketAvailability } from "./components/ProgressView";

/** What the record-bound sources need: a Web API and a saved job, with the refresh interval the maker set. */
interface SavedJob {
    webAPI: ComponentFramework.WebApi;
    record: { id: string };
    intervalMs: number;
}

function savedJob(context: ComponentFramework.Context<IInputs>): SavedJob | undefined {
    const webAPI = webApiOf(context);
    const record = webAPI ? recordOf(context) : undefined;
    if (!webAPI || !record) return undefined;
    return { webAPI, record, intervalMs: refreshIntervalMs(readNumber(context.parameters.refreshSeconds).value) };
}

/** Lifecycle only: bound values → model → view, with the packet reads kept in step with the form. */
export class IntegrationJobProgress
    extends ControlLifecycle<IInputs, IOutputs, React.ReactElement>
    implements ComponentFramework.ReactControl<IInputs, IOutputs>
{
    private readonly environment = new HostEnvironmentCache(DEFAULT_STRINGS);
    private readonly jobModel = createJobModel();
    private readonly packets = this.own(new KeyedSource<PacketSource>());
    /** The refresh loop of the system jobs regarding the job, one per record id. */
    private readonly jobs = this.own(new KeyedSource<RefreshSource<SystemJob[]>>());
    /** The read of the sync errors regarding the job, one per record id. */
    private readonly syncErrors = this.own(new KeyedSource<SyncErrorSource>());
    /** "Mark as failed" of the job, where the host can call its action. */
    private readonly marking = this.own(new KeyedSource<MarkFailedSource>());
    /** Tables by display name, for the sync errors (each table read once). */
    private readonly tableNames = this.own(new KeyedSource<TableDisplayNames>());
    /** The names of the regarding record, read once per record. */
    private readonly regardingNames = this.own(new KeyedSource<RegardingSource>());
    /** When the form's status last changed: the newest of it and the last status read is shown. */
    private readonly formClock = new ChangeClock<number | null>();
    /** The same element while nothing it shows changed. */
    private readonly root = new StableRoot(ProgressView, "Progress_Label");
    /** Counts the job's runs on this form: a job that ended and was queued again gets a new packet source. */
    private run = 0;
    /** The status the form showed when the current packet source was created. */
    private runStatus: number | null = null;

    protected render(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        const { host, theme } = this.environment.read(context);
        const model = this.jobModel(readJob(context.parameters), host.t);
        const formAt = this.formClock.stamp(model.statusValue);
        const saved = savedJob(context);
        const { packets, availability } = this.syncPackets(
            context,
            saved,
            model.final,
            model.statusValue,
            formAt,
            model.expected.kind === "count" ? model.expected.value : null,
        );
        const jobs = this.syncJobs(saved);
        const syncErrors = this.syncSyncErrors(saved, model.final);
        const reader = syncErrors ? tableNamesReader(context) : undefined;
        const tableNames = this.tableNames.sync(reader ? "tables" : undefined, () => new TableDisplayNames(reader!));
        const markFailed = this.syncMarkFailed(saved, context.mode?.isControlDisabled === true);
        const regardingNames = this.syncRegarding(context, model.regarding);
        const onOpenRecord = this.navigation.openRecord;
        return this.root.of(host, theme, {
            model,
            packets,
            availability,
            liveStatus: packets?.status,
            formAt,
            capped: packets?.capped,
            jobs,
            syncErrors,
            tableNames,
            markFailed,
            regardingNames,
            onOpenRecord,
        });
    }

    /**
     * Keeps one packet source per saved job where a Web API is there: created when the record appears, retuned
     * while it stays, replaced when the record changes or an ended job is queued again (Failed → Ready), gone
     * without a Web API or record.
     */
    private syncPackets(
        context: ComponentFramework.Context<IInputs>,
        saved: SavedJob | undefined,
        final: boolean,
        status: number | null,
        formAt: number,
        expected: number | null,
    ): { packets: PacketSource | undefined; availability: PacketAvailability } {
        if (!saved) {
            // Nothing to read here (canvas apps, a job not saved yet): no source.
            this.packets.dispose();
            return { packets: undefined, availability: webApiOf(context) ? "noRecord" : "noWebApi" };
        }
        const { webAPI, record, intervalMs } = saved;
        // Queued again: the form now shows a status that is not final and is not the one the ended run began with
        // (a status read may have seen the job end while the form still shows it running).
        if (this.packets.current?.finished && !final && status !== this.runStatus) this.run += 1;
        const packets = this.packets.sync(`${record.id}|${this.run}`, () => {
            this.runStatus = status;
            return started(new PacketSource({ webAPI, jobId: record.id, intervalMs, final, expected }));
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
        return this.regardingNames.sync(`${entityName}|${id}`, () => started(new RegardingSource({ entityName, id, tableNames, webAPI })));
    }

    /** The system jobs regarding the job: a loop per record id, none without a Web API or a saved record. */
    private syncJobs(saved: SavedJob | undefined): RefreshSource<SystemJob[]> | undefined {
        const jobs = this.jobs.sync(saved?.record.id, () =>
            started(systemJobsSource({ api: saved!.webAPI, regardingId: saved!.record.id, intervalMs: saved!.intervalMs })),
        );
        if (saved) jobs?.setIntervalMs(saved.intervalMs);
        return jobs;
    }

    /** The sync errors regarding the job: one source per record id, none without a Web API or a saved record. */
    private syncSyncErrors(saved: SavedJob | undefined, final: boolean): SyncErrorSource | undefined {
        const endedOnServer = (): boolean => this.packets.current?.endedOnServer === true;
        const source = this.syncErrors.sync(saved?.record.id, () =>
            started(new SyncErrorSource({ webAPI: saved!.webAPI, jobId: saved!.record.id, intervalMs: saved!.intervalMs, final, endedOnServer })),
        );
        if (saved) source?.follow(saved.intervalMs, final);
        source?.watchJob(this.packets.current);
        return source;
    }

    /**
     * "Mark as failed" only where the host can call the bound action (Xrm.WebApi.online.execute in a
     * model-driven app), on a saved job, with a Web API and a control that is not disabled.
     */
    private syncMarkFailed(saved: SavedJob | undefined, disabled: boolean): MarkFailedSource | undefined {
        const execute = clientExecute();
        const key = saved && execute && !disabled ? saved.record.id : undefined;
        // After Dataverse accepted the call, the job is read again to show its new status.
        return this.marking.sync(key, () => new MarkFailedSource(execute!, saved!.record.id, () => this.packets.current?.refreshNow()));
    }
}
