import * as React from "react";
import { IconButton } from "@fluentui/react/lib/Button";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { useTheme } from "@fluentui/react/lib/Theme";
import { useHost } from "../../common/components/HostContext";
import { errorText } from "../../common/host/dataAccess";
import { formatDateTime, formatRelative } from "../../common/host/dates";
import type { RefreshSnapshot, RefreshSource } from "../../common/host/refreshSource";
import type { OperationRow } from "../host/operationLink";

export interface RefreshStatusProps {
    source: RefreshSource<OperationRow> | undefined;
    snapshot: RefreshSnapshot<OperationRow> | undefined;
    /** The host can read the row (webAPI and a record id). */
    live: boolean;
    terminal: boolean;
}

/** When the values were read and what the refresh is doing, said quietly; a vanished row said clearly. */
export const RefreshStatus = React.memo(function RefreshStatus({ source, snapshot, live, terminal }: RefreshStatusProps) {
    const { t, clock } = useHost();
    const theme = useTheme();
    if (!snapshot) {
        return !live && !terminal ? <p className="aops-refresh" style={{ fontSize: 12, color: theme.palette.neutralSecondary, margin: "4px 0" }}>{t("Refresh_Unavailable")}</p> : null;
    }
    if (snapshot.phase === "gone") {
        return <MessageBar messageBarType={MessageBarType.warning}>{t("Gone_Message")}</MessageBar>;
    }
    const readAt = snapshot.readAt ? t("Refresh_ReadAt", formatDateTime(snapshot.readAt, clock)) : "";
    let text: string;
    if (snapshot.phase === "loading") text = t("Refresh_Loading");
    else if (snapshot.failures > 0) {
        const reason = errorText(snapshot.lastError) || t("Error_Unknown");
        text = snapshot.nextReadAt
            ? t("Refresh_Retrying", reason, formatRelative(snapshot.nextReadAt.getTime() - Date.now(), clock.locale))
            : t("Refresh_Failed", reason);
    } else if (snapshot.phase === "paused") text = [readAt, t("Refresh_Paused")].filter(Boolean).join(" · ");
    else if (snapshot.phase === "off") text = [readAt, t("Refresh_Off")].filter(Boolean).join(" · ");
    else text = readAt;
    const canRefresh = source && snapshot.phase !== "loading" && snapshot.phase !== "finished" && snapshot.phase !== "disposed";
    return (
        <p className="aops-refresh" data-phase={snapshot.phase} style={{ display: "flex", alignItems: "center", gap: 4, fontSize: 12, color: theme.palette.neutralSecondary, margin: "4px 0" }}>
            <span>{text}</span>
            {canRefresh ? (
                <IconButton
                    iconProps={{ iconName: "Refresh" }}
                    title={t("Refresh_Now")}
                    ariaLabel={t("Refresh_Now")}
                    onClick={() => source.refreshNow()}
                    styles={{ root: { width: 24, height: 24 }, icon: { fontSize: 12 } }}
                />
            ) : null}
        </p>
    );
});
