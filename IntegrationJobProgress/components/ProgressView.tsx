import * as React from "react";
import { Link } from "@fluentui/react/lib/Link";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { Text } from "@fluentui/react/lib/Text";
import { useTheme } from "@fluentui/react/lib/Theme";
import { StatusBadge } from "../../common/components/StatusBadge";
import { useHost } from "../../common/components/HostContext";
import { JsonView } from "../../common/components/JsonView";
import { RefreshStatus } from "../../common/components/RefreshStatus";
import { useStore } from "../../common/components/useStore";
import type { RefreshSource } from "../../common/sources/refreshSource";
import type { JobModel, Regarding } from "../model/jobModel";
import type { PacketRow } from "../model/packetRows";
import { PacketsPanel } from "./PacketsPanel";

/** Why packets are or are not read: a live Web API and saved record, or one of them missing. */
export type PacketAvailability = "live" | "noWebApi" | "noRecord";

export interface ProgressViewProps {
    model: JobModel;
    /** Reads the job's packets; owned by the control, absent when they cannot be read here. */
    packets: RefreshSource<PacketRow[]> | undefined;
    availability: PacketAvailability;
    onOpenRecord(entityName: string, id: string): void;
}

export const ProgressView = React.memo(function ProgressView({ model, packets, availability, onOpenRecord }: ProgressViewProps) {
    const { t, compact } = useHost();
    const theme = useTheme();
    const snapshot = useStore(packets);
    const response = model.response;
    const responseError = response !== "masked" ? response.error : undefined;
    const gone = snapshot?.phase === "gone";
    const denied = snapshot?.phase === "denied";
    const firstRead = snapshot !== undefined && snapshot.data === undefined && snapshot.failures === 0 && !gone && !denied;

    return (
        <div className="aops-progress" style={{ display: "flex", flexDirection: "column", gap: 8, padding: compact ? 4 : 8 }}>
            {responseError ? (
                <MessageBar messageBarType={MessageBarType.error} isMultiline className="aops-response-error">
                    {t("Response_Error", responseError)}
                </MessageBar>
            ) : null}
            <div style={{ display: "flex", gap: 8, alignItems: compact ? "flex-start" : "center", flexDirection: compact ? "column" : "row", flexWrap: "wrap" }}>
                {model.status ? <StatusBadge option={model.status} caption={t("Progress_Status")} /> : null}
                {model.statusMasked ? (
                    <Text>
                        {t("Progress_Status")}: {t("Field_Masked")}
                    </Text>
                ) : null}
                {model.type || model.typeMasked ? (
                    <Text style={{ color: theme.palette.neutralSecondary }}>
                        {t("Progress_Type")}: {model.type ? model.type.label : t("Field_Masked")}
                    </Text>
                ) : null}
                <RegardingLine regarding={model.regarding} onOpenRecord={onOpenRecord} />
            </div>
            <PacketsPanel expected={model.expected} packets={snapshot?.data} look={model.look} processing={model.processing} readAt={snapshot?.readAt} />
            {firstRead ? <Text>{t("Packets_Counting")}</Text> : null}
            {availability !== "live" ? (
                <MessageBar messageBarType={MessageBarType.info} isMultiline className="aops-not-counted">
                    {t("Packets_NotCounted")}
                </MessageBar>
            ) : null}
            {gone ? (
                <MessageBar messageBarType={MessageBarType.info} isMultiline>
                    {t("Packets_Unavailable")}
                </MessageBar>
            ) : null}
            {denied ? (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline className="aops-packets-forbidden">
                    {t("Packets_Forbidden")}
                </MessageBar>
            ) : null}
            {snapshot && !gone && !denied && !firstRead ? <RefreshStatus source={packets} snapshot={snapshot} labelledButton /> : null}
            {response === "masked" || response.read.kind !== "empty" ? (
                <section className="aops-response" aria-label={t("Response_Label")}>
                    <Text variant="mediumPlus" block style={{ fontWeight: 600, marginBottom: 4 }}>
                        {t("Response_Label")}
                    </Text>
                    {response === "masked" ? <Text>{t("Field_Masked")}</Text> : <JsonView source={response.read} label={t("Response_Label")} initialDepth={1} />}
                </section>
            ) : null}
        </div>
    );
});

const RegardingLine = React.memo(function RegardingLine({ regarding, onOpenRecord }: { regarding: Regarding; onOpenRecord(entityName: string, id: string): void }) {
    const { t, dark } = useHost();
    const theme = useTheme();
    if (regarding.kind === "none") return null;
    // The host's dark brand color is a background shade, too dim for link text on a dark form.
    const linkStyles = dark ? { root: { color: theme.palette.themeDarker, selectors: { ":hover, :active:hover": { color: theme.palette.neutralPrimary } } } } : undefined;
    let value: React.ReactNode;
    if (regarding.kind === "masked") value = t("Field_Masked");
    else if (regarding.kind === "text") value = regarding.text;
    else {
        const { entityName, id } = regarding;
        value = (
            <Link onClick={() => onOpenRecord(entityName, id)} title={t("Regarding_Open")} styles={linkStyles}>
                {entityName} {id}
            </Link>
        );
    }
    return (
        <Text className="aops-regarding" style={{ wordBreak: "break-word" }}>
            {t("Regarding_Label")}: {value}
        </Text>
    );
});
