import * as React from "react";
import { ActionButton } from "@fluentui/react/lib/Button";
import { useTheme } from "@fluentui/react/lib/Theme";
import type { RefreshSnapshot } from "../../common/host/refreshSource";
import { errorText } from "../../common/host/dataAccess";
import { formatDateTime, formatRelative } from "../../common/host/dates";
import { useHost } from "../../common/components/HostContext";

export interface RefreshStatusProps {
    snapshot: RefreshSnapshot<unknown>;
    onRefresh(): void;
}

/** One line on the state of the packet reads: when last read, failing and retrying, paused, off. */
export const RefreshStatus = React.memo(function RefreshStatus({ snapshot, onRefresh }: RefreshStatusProps) {
    const { t, clock } = useHost();
    const theme = useTheme();
    const { phase, failures, lastError, nextReadAt, readAt } = snapshot;
    const reason = errorText(lastError) || t("Error_Unknown");
    // Only news worth interrupting for goes into the live region; "Updated …" changes on every read.
    let alert: string | undefined;
    if (failures > 0 && nextReadAt && phase === "idle") alert = t("Refresh_Retrying", reason, formatRelative(nextReadAt.getTime() - Date.now(), clock.locale));
    else if (failures > 0 && phase !== "loading") alert = t("Refresh_Failed", reason);
    else if (phase === "paused") alert = t("Refresh_Paused");
    let quiet: string | undefined;
    if (phase === "loading") quiet = t("Refresh_Loading");
    else if (!alert && readAt) quiet = t("Refresh_ReadAt", formatDateTime(readAt, clock));
    if (phase === "off" && failures === 0) quiet = [quiet, t("Refresh_Off")].filter(Boolean).join(" · ");
    const canRefresh = phase === "idle" || phase === "off" || phase === "paused";
    return (
        <div className="aops-refresh" style={{ display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap", color: failures > 0 ? theme.semanticColors.errorText : theme.palette.neutralSecondary, fontSize: 12 }}>
            {quiet ? <span>{quiet}</span> : null}
            <span role="status" aria-live="polite">
                {alert}
            </span>
            {canRefresh ? (
                <ActionButton iconProps={{ iconName: "Refresh" }} onClick={onRefresh} styles={{ root: { height: 24, fontSize: 12 } }}>
                    {t("Refresh_Now")}
                </ActionButton>
            ) : null}
        </div>
    );
});
