import * as React from "react";
import { numberText } from "../model/text";
import { normalizeGuid } from "../model/guid";
import type { PacketState } from "../sources/packetCounts";
import { useHost } from "./HostContext";
import { useSharedStyles } from "./styles";

export interface PacketProgressProps {
    /** The integration job's id, as the packet counts are keyed. */
    jobId: string;
    /** The job's expected packets (msdyn_numberofpackets), when the row carries it. */
    expected: number | undefined;
    /** The counts read so far; undefined where no count can be read (no Web API here). */
    state: PacketState | undefined;
}

/**
 * Received of expected packets as a small bar and its text; or what stands in for the count while it is
 * read, when it cannot be read (no Web API, throttled, a server error, an answer of another shape), when
 * the user may not read packets, or when a job has too many packets to count in one query.
 */
export const PacketProgress = React.memo(function PacketProgress({ jobId, expected, state }: PacketProgressProps) {
    const { t, clock } = useHost();
    const styles = useSharedStyles();
    const key = normalizeGuid(jobId) ?? jobId;
    const received = state?.counts.get(key);
    const format = (n: number): string => numberText(n, clock.locale);
    const muted = (text: string): React.ReactElement => (
        <span className={styles.muted} title={text}>
            {text}
        </span>
    );
    if (state?.tooMany.has(key)) return muted(t("PacketCount_TooMany"));
    if (received === undefined) {
        if (state?.phase === "denied") return muted(t("PacketCount_Denied"));
        if (!state || state.phase === "failed")
            return muted(expected === undefined ? t("PacketCount_UnavailableAlone") : t("PacketCount_Unavailable", format(expected)));
        if (expected === undefined) return null;
        return muted(t("PacketCount_Expected", format(expected)));
    }
    if (expected === undefined || expected <= 0) return <span>{t("PacketCount_Received", format(received))}</span>;
    const percent = Math.min(100, Math.round((received / expected) * 100));
    const text = t("PacketCount_Of", format(received), format(expected));
    return (
        <span className={styles.bar} title={text}>
            <span
                className={styles.barTrack}
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                aria-valuetext={text}
                aria-label={t("PacketCount_Label")}
            >
                <span className={styles.barFill} style={{ width: `${percent}%` }} />
            </span>
            <span>{text}</span>
        </span>
    );
});
