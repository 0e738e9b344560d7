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
    let text: string | undefined;
    if (phase === "loading") text = t("Refresh_Loading");
    else if (failures > 0 && nextReadAt && phase === "idle") text = t("Refresh_Retrying", reason, formatRelative(nextReadAt.getTime() - Date.now(), clock.locale));
    else if (failures > 0) text = t("Refresh_Failed", reason);
    else if (phase === "paused") text = t("Refresh_Paused");
    else if (readAt) text = t("Refresh_ReadAt", formatDateTime(readAt, clock));
    const off = phase === "off" && failures === 0;
    const canRefresh = phase === "idle" || phase === "off" || phase === "paused";
    return (
        <div className="aops-refresh" style={{ display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap", color: failures > 0 ? theme.semanticColors.errorText : theme.palette.neutralSecondary, fontSize: 12 }}>
            <span role="status" aria-live="polite">
                {text}
                {off ? ` · ${t("Refresh_Off")}` : null}
            </span>
            {canRefresh ? (
                <ActionButton iconProps={{ iconName: "Refresh" }} onClick={onRefresh} styles={{ root: { height: 24, fontSize: 12 } }}>
                    {t("Refresh_Now")}
                </ActionButton>
            ) : null}
        </div>
    );
});
