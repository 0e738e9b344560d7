import * as React from "react";
import { ActionButton, IconButton } from "@fluentui/react/lib/Button";
import { useTheme } from "@fluentui/react/lib/Theme";
import { errorText } from "../model/dataverseErrors";
import { formatDateTime, formatRelative } from "../model/dates";
import type { RefreshSnapshot, RefreshSource } from "../sources/refreshSource";
import { useHost } from "./HostContext";

export interface RefreshStatusProps {
    /** The refresh loop, for the "Refresh now" button; without it there is no button. */
    source?: Pick<RefreshSource<unknown>, "refreshNow">;
    /** Its current snapshot; undefined when nothing can be read live here ("showing the values on the form"). */
    snapshot: RefreshSnapshot<unknown> | undefined;
    /** "Refresh now" as a labelled button rather than an icon with a tooltip. */
    labelledButton?: boolean;
}

/**
 * One quiet line on the state of a refresh loop: when last read, refreshing, failing and retrying, paused, off,
 * stopped for lack of permission. Only news worth interrupting for (failures, pauses, a refusal) goes into the
 * live region; "Updated …" changes on every read and is not announced. A vanished row ("gone") is for the
 * control to say in its own words, so this line says nothing then.
 */
export const RefreshStatus = React.memo(function RefreshStatus({ source, snapshot, labelledButton }: RefreshStatusProps) {
    const { t, clock } = useHost();
    const theme = useTheme();
    const style: React.CSSProperties = { display: "flex", alignItems: "center", flexWrap: "wrap", gap: 8, fontSize: 12, margin: "4px 0", color: theme.palette.neutralSecondary };
    if (!snapshot) {
        return (
            <div className="aops-refresh" style={style}>
                {t("Refresh_Unavailable")}
            </div>
        );
    }
    const { phase, failures, lastError, nextReadAt, readAt } = snapshot;
    if (phase === "gone") return null;
    let alert: string | undefined;
    if (phase === "denied") alert = t("Refresh_Forbidden");
    else if (failures > 0 && phase !== "loading") {
        const reason = errorText(lastError) || t("Error_Unknown");
        alert = nextReadAt && phase === "idle" ? t("Refresh_Retrying", reason, formatRelative(nextReadAt.getTime() - Date.now(), clock.locale)) : t("Refresh_Failed", reason);
    } else if (phase === "paused") alert = t("Refresh_Paused");
    let quiet: string | undefined;
    if (phase === "loading") quiet = t("Refresh_Loading");
    else if (readAt && failures === 0) quiet = t("Refresh_ReadAt", formatDateTime(readAt, clock));
    if (phase === "off" && failures === 0) quiet = [quiet, t("Refresh_Off")].filter(Boolean).join(" · ");
    const canRefresh = source !== undefined && (phase === "idle" || phase === "off" || phase === "paused");
    const refresh = (): void => source?.refreshNow();
    return (
        <div className="aops-refresh" data-phase={phase} style={failures > 0 || phase === "denied" ? { ...style, color: theme.semanticColors.errorText } : style}>
            {quiet ? <span>{quiet}</span> : null}
            <span role="status" aria-live="polite">
                {alert}
            </span>
            {!canRefresh ? null : labelledButton ? (
                <ActionButton iconProps={REFRESH_ICON} onClick={refresh} styles={{ root: { height: 24, fontSize: 12 } }}>
                    {t("Refresh_Now")}
                </ActionButton>
            ) : (
                <IconButton iconProps={REFRESH_ICON} title={t("Refresh_Now")} ariaLabel={t("Refresh_Now")} onClick={refresh} styles={{ root: { width: 24, height: 24 }, icon: { fontSize: 12 } }} />
            )}
        </div>
    );
});

const REFRESH_ICON = { iconName: "Refresh" };
