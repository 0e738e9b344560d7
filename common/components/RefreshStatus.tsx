import * as React from "react";
import { css } from "@fluentui/react/lib/Utilities";
import { isTimeout, userMessage } from "../model/dataverseErrors";
import { formatDateTime, formatRelative } from "../model/dates";
import type { RefreshSnapshot, RefreshSource } from "../sources/refreshSource";
import { Ticker } from "../sources/ticker";
import { useHost } from "./HostContext";
import { fillNodes } from "./Sentence";
import { RefreshButton } from "./RefreshButton";
import { useSharedStyles } from "./styles";
import { useClock } from "./useStore";
import { TechnicalDetails } from "./TechnicalDetails";
import { VisibleText } from "./VisibleText";

export interface RefreshStatusProps {
    /** The refresh loop, for the "Refresh now" button; without it there is no button. */
    source?: Pick<RefreshSource<unknown>, "refreshNow">;
    /** Its current snapshot; undefined when nothing can be read live here ("showing the values on the form"). */
    snapshot: RefreshSnapshot<unknown> | undefined;
    /** What it refreshes, where a control has more than one refresh (the section's title). */
    subject?: string;
}

/**
 * One quiet line on the state of a refresh loop: when last read, refreshing, failing and retrying, paused, off,
 * stopped for lack of permission. Only news worth interrupting for (failures, pauses, a refusal) goes into the
 * live region; "Updated …" changes on every read and is not announced. A vanished row ("gone") is for the
 * control to say in its own words, so this line says nothing then. A failure shows Dataverse's own message
 * (isolated, in the user's language); any other failure a localized sentence, its technical text behind a
 * toggle.
 */
export const RefreshStatus = React.memo(function RefreshStatus({ source, snapshot, subject }: RefreshStatusProps) {
    const { t, clock } = useHost();
    const styles = useSharedStyles();
    if (!snapshot) {
        return <div className={`aops-refresh ${styles.refreshLine}`}>{t("Refresh_Unavailable")}</div>;
    }
    const { phase, failures, lastError, nextReadAt, readAt } = snapshot;
    if (phase === "gone") return null;
    let alert: React.ReactNode;
    let details: React.ReactNode;
    let retryAt: number | undefined;
    if (phase === "denied") alert = t("Refresh_Forbidden");
    else if (failures > 0 && phase !== "loading") {
        // A read that got no answer in time is said in the user's language, like Dataverse's own messages.
        const reason = userMessage(lastError) ?? (isTimeout(lastError) ? t("Error_Timeout") : undefined);
        // The failure is announced once; when the next try comes counts down beside it, outside the live region.
        if (nextReadAt && phase === "idle") retryAt = nextReadAt.getTime();
        if (reason) {
            alert = fillNodes(t("Refresh_Failed"), [<VisibleText key="reason" text={reason} />]);
        } else {
            alert = t("Refresh_FailedGeneric");
            details = <TechnicalDetails error={lastError} />;
        }
    } else if (phase === "paused") alert = t("Refresh_Paused");
    let quiet: string | undefined;
    if (phase === "loading") quiet = t("Refresh_Loading");
    else if (readAt && failures === 0) quiet = t("Refresh_ReadAt", formatDateTime(readAt, clock));
    if (phase === "off" && failures === 0) quiet = [quiet, t("Refresh_Off")].filter(Boolean).join(" · ");
    const canRefresh = source !== undefined && (phase === "idle" || phase === "off" || phase === "paused");
    const refresh = (): void => source?.refreshNow();
    return (
        <div className={css("aops-refresh", styles.refreshLine, (failures > 0 || phase === "denied") && styles.refreshLineAlert)} data-phase={phase}>
            {quiet ? <span>{quiet}</span> : null}
            <span role="status" aria-live="polite" className={styles.wrap}>
                {alert}
            </span>
            {retryAt !== undefined ? <RetryCountdown at={retryAt} /> : null}
            {details}
            {canRefresh ? <RefreshButton onRefresh={refresh} subject={subject} /> : null}
        </div>
    );
});

/**
 * "Trying again in 25 seconds", counting down once a second on a live clock (the one Ticker kind, on the
 * host's timers) that runs only while it shows; not a live region, so it is not announced every second.
 */
const RetryCountdown = React.memo(function RetryCountdown({ at }: { at: number }) {
    const { t, clock, timers } = useHost();
    const ticker = React.useMemo(() => new Ticker(1000, timers), [timers]);
    React.useEffect(() => () => ticker.dispose(), [ticker]);
    const now = useClock(ticker, true);
    const left = Math.max(0, at - now);
    return <span className="aops-refresh-retry">{t("Refresh_RetryIn", formatRelative(Math.ceil(left / 1000) * 1000, clock.locale))}</span>;
});
