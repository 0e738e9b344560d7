import * as React from "react";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { HostEnvironmentCache } from "../common/host/environment";
import { ControlRoot } from "../common/components/ControlRoot";
import { RefreshSource, refreshIntervalMs } from "../common/sources/refreshSource";
import { recordOf, webApiOf } from "../common/host/dataAccess";
import { isForbidden, isNotFound } from "../common/model/dataverseErrors";
import { readNumber } from "../common/host/fields";
import { parseOnce } from "../common/model/parseOnce";
import { DEFAULT_STRINGS } from "./strings/defaults";
import { jobModel } from "./model/jobModel";
import { readResponse } from "./model/response";
import { readAllPackets, type PacketRow } from "./model/packetReader";
import { ProgressView, type PacketAvailability } from "./components/ProgressView";

/** Lifecycle adapter only: bound values → model → view; owns the packet refresh loop. */
export class IntegrationJobProgress implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private readonly environment = new HostEnvironmentCache(DEFAULT_STRINGS);
    private readonly parseResponse = parseOnce(readResponse);
    private packets: RefreshSource<PacketRow[]> | undefined;
    private packetsJobId: string | undefined;
    private availability: PacketAvailability = "noWebApi";
    /** The job's status says no more packets will come; read by the refresh loop after each read. */
    private final = false;
    private navigation: ComponentFramework.Navigation | undefined;
    private readonly openRecord = (entityName: string, id: string): void => {
        // A failed navigation (blocked pop-up, no access) leaves the form as it is.
        this.navigation?.openForm({ entityName, entityId: id }).catch(() => undefined);
    };

    public init(context: ComponentFramework.Context<IInputs>): void {
        context.mode.trackContainerResize(true);
    }

    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        const { host, theme } = this.environment.read(context);
        const model = jobModel(context.parameters, host.t, this.parseResponse);
        this.navigation = context.navigation;
        const becameFinal = model.final && !this.final;
        this.final = model.final;
        this.syncPackets(context, becameFinal);
        return React.createElement(
            ControlRoot,
            { host, theme, label: host.t("Progress_Label") },
            React.createElement(ProgressView, { model, packets: this.packets, availability: this.availability, onOpenRecord: this.openRecord }),
        );
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        this.packets?.dispose();
        this.packets = undefined;
        this.packetsJobId = undefined;
    }

    /** Starts, retargets or retunes the packet reads to match the context. */
    private syncPackets(context: ComponentFramework.Context<IInputs>, becameFinal: boolean): void {
        const webAPI = webApiOf(context);
        const record = recordOf(context);
        this.availability = !webAPI ? "noWebApi" : !record ? "noRecord" : "live";
        const intervalMs = refreshIntervalMs(readNumber(context.parameters.refreshSeconds).value);
        if (!webAPI || !record) {
            this.destroy();
            return;
        }
        // A job that ended and was queued again (Failed → Ready) gets packets again: start reading anew.
        const restarted = this.packets?.current.phase === "finished" && !this.final;
        if (this.packets && this.packetsJobId === record.id && !restarted) {
            this.packets.setIntervalMs(intervalMs);
            // One last read when the job ends, so the final count shows; that read stops the loop.
            if (becameFinal) this.packets.refreshNow();
            return;
        }
        this.destroy();
        const jobId = record.id;
        this.packetsJobId = jobId;
        this.packets = new RefreshSource<PacketRow[]>({
            load: () => readAllPackets(webAPI, jobId),
            intervalMs,
            isFinal: () => this.final,
            isGone: isNotFound,
            // No read privilege (e.g. on the job details) will not change by asking again.
            isForbidden,
        });
        this.packets.start();
    }
}
