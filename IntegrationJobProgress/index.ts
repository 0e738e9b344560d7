import * as React from "react";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { HostEnvironmentCache } from "../common/host/environment";
import { HostNavigation, trackContainerResize } from "../common/host/hostApis";
import { recordOf, webApiOf } from "../common/host/dataAccess";
import { readNumber } from "../common/host/fields";
import { ControlRoot } from "../common/components/ControlRoot";
import { parseOnce } from "../common/model/parseOnce";
import { KeyedSource } from "../common/sources/keyedSource";
import { refreshIntervalMs } from "../common/sources/refreshSource";
import { DEFAULT_STRINGS } from "./strings/defaults";
import { jobModel } from "./model/jobModel";
import { readResponse } from "./model/response";
import { PacketSource } from "./sources/packetSource";
import { ProgressView, type PacketAvailability } from "./components/ProgressView";

/** Lifecycle only: bound values → model → view, with the packet reads kept in step with the form. */
export class IntegrationJobProgress implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private readonly environment = new HostEnvironmentCache(DEFAULT_STRINGS);
    private readonly parseResponse = parseOnce(readResponse);
    private readonly navigation = new HostNavigation();
    private readonly packets = new KeyedSource<PacketSource>();
    /** Counts the job's runs on this form: a job that ended and was queued again gets a new packet source. */
    private run = 0;

    public init(context: ComponentFramework.Context<IInputs>): void {
        trackContainerResize(context);
    }

    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        this.navigation.update(context);
        const { host, theme } = this.environment.read(context);
        const model = jobModel(context.parameters, host.t, this.parseResponse);
        const { packets, availability } = this.syncPackets(context, model.final);
        const onOpenRecord = this.navigation.openRecord;
        return React.createElement(
            ControlRoot,
            { host, theme, label: host.t("Progress_Label") },
            React.createElement(ProgressView, { model, packets, availability, onOpenRecord }),
        );
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        this.packets.dispose();
    }

    /**
     * Keeps one packet source per saved job where a Web API is there: created when the record appears, retuned
     * while it stays, replaced when the record changes or an ended job is queued again (Failed → Ready), gone
     * without a Web API or record.
     */
    private syncPackets(context: ComponentFramework.Context<IInputs>, final: boolean): { packets: PacketSource | undefined; availability: PacketAvailability } {
        const webAPI = webApiOf(context);
        const record = recordOf(context);
        if (!webAPI || !record) {
            // Nothing to read here (canvas apps, a job not saved yet): no source.
            this.packets.dispose();
            return { packets: undefined, availability: webAPI ? "noRecord" : "noWebApi" };
        }
        const intervalMs = refreshIntervalMs(readNumber(context.parameters.refreshSeconds).value);
        if (this.packets.current?.finished && !final) this.run += 1;
        const packets = this.packets.sync(`${record.id}|${this.run}`, () => {
            const source = new PacketSource({ webAPI, jobId: record.id, intervalMs, final });
            source.start();
            return source;
        });
        packets?.follow(intervalMs, final);
        return { packets, availability: "live" };
    }
}
