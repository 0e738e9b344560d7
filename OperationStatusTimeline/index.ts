import * as React from "react";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { HostEnvironmentCache } from "../common/host/environment";
import { readNumber, readText, isReadOnly } from "../common/host/fields";
import { recordOf, webApiOf } from "../common/host/dataAccess";
import { ControlLifecycle } from "../common/host/controlLifecycle";
import { KeyedSource, started } from "../common/sources/keyedSource";
import { ChangeClock } from "../common/sources/changeClock";
import { Ticker } from "../common/sources/ticker";
import { formIsNewer } from "../common/model/freshness";
import { normalizeGuid } from "../common/model/guid";
import { refreshIntervalMs } from "../common/sources/refreshSource";
import { StableRoot } from "../common/components/stableElement";
import { DEFAULT_STRINGS } from "./strings/defaults";
import { ENTITY, rowStamp, type OperationValues } from "./model/operationValues";
import { isTerminalStatus } from "./model/timelineModel";
import { FormValues } from "./sources/formValues";
import { RunAsName } from "./sources/runAsName";
import { OperationSource, operationKey } from "./sources/operationSource";
import { TimelineView } from "./components/TimelineView";

/** Lifecycle only: reads the context, keeps the live source of the row on the form, returns the view. */
export class OperationStatusTimeline
    extends ControlLifecycle<IInputs, IOutputs, React.ReactElement>
    implements ComponentFramework.ReactControl<IInputs, IOutputs>
{
    private readonly environment = new HostEnvironmentCache(DEFAULT_STRINGS);
    private readonly form = new FormValues();
    /** When the form's values last changed: newer than the last read, they are what the control shows. */
    private readonly formClock = new ChangeClock<OperationValues>();
    /** Re-reads of the row on the form (and its cancel request), while there is one to read. */
    private readonly operation = this.own(new KeyedSource<OperationSource>());
    /** The name of the user the run executes as, read once per user id. */
    private readonly runAs = this.own(new KeyedSource<RunAsName>());
    /** The live clock of the elapsed time while the operation runs: one timer, stopped by destroy(). */
    private readonly clock = this.own(new Ticker());
    /** The same element while nothing it shows changed. */
    private readonly root = new StableRoot(TimelineView, "Timeline_Label");

    protected render(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        const { host, theme } = this.environment.read(context);
        const parameters = context.parameters;
        const { values, statusOptions, stateOptions } = this.form.read(parameters);
        const formAt = this.formClock.stamp(values);
        const api = webApiOf(context);
        const record = recordOf(context);
        const partitionId = readText(parameters.partitionId).value;
        const row = api && record?.entityName === ENTITY ? { api, id: record.id, partitionId, key: operationKey(record.id, partitionId) } : undefined;
        const intervalMs = refreshIntervalMs(readNumber(parameters.refreshSeconds).value);
        // Read live only while the run can still change (a finished run is final on the form already); a row
        // being read keeps its source, and another row or partition gets a new one.
        const status = values.statusReason;
        const canChange = status.state === "value" && !isTerminalStatus(status.value);
        const wanted = row && (canChange || this.operation.current?.key === row.key) ? row : undefined;
        let source: OperationSource | undefined;
        if (wanted) {
            source = this.operation.sync(wanted.key, () => this.open(wanted, intervalMs));
            source?.setIntervalMs(intervalMs);
            // The form shows a finished run that is newer than the last read: nothing left to refresh.
            if (
                source &&
                status.state === "value" &&
                isTerminalStatus(status.value) &&
                formIsNewer(formAt, source.current, { read: rowStamp(source.current.data) })
            )
                source.finish();
        } else {
            this.operation.dispose();
        }
        const runAsId = values.runAs.state === "value" ? normalizeGuid(values.runAs.value) : undefined;
        const runAsName = this.runAs.sync(api && runAsId ? runAsId : undefined, () => new RunAsName(api!, runAsId!));
        const canWrite = row !== undefined && typeof row.api.updateRecord === "function" && !isReadOnly(context, parameters.statusReason);
        return this.root.of(host, theme, {
            values,
            formAt,
            statusOptions,
            stateOptions,
            refresh: source,
            cancel: canWrite ? source?.cancel : undefined,
            live: row !== undefined,
            clock: this.clock,
            runAsName,
        });
    }

    /** A source for the row, reading at once. */
    private open(row: { api: ComponentFramework.WebApi; id: string; partitionId: string | null }, intervalMs: number): OperationSource {
        return started(new OperationSource({ api: row.api, id: row.id, partitionId: row.partitionId, intervalMs, confirm: this.navigation.confirm }));
    }
}
