import * as React from "react";
import { Link } from "@fluentui/react/lib/Link";
import { TooltipHost } from "@fluentui/react/lib/Tooltip";
import { useHost } from "../../common/components/HostContext";
import { StatusBadge } from "../../common/components/StatusBadge";
import { useStore } from "../../common/components/useStore";
import { useSharedStyles } from "../../common/components/styles";
import { formatDateTime, formatDuration, isoInstant } from "../../common/model/dates";
import { normalizeGuid } from "../../common/model/guid";
import type { ReadonlyStore } from "../../common/sources/store";
import { MAX_RETRIES, type BoardRow, type RowError } from "../model/rows";
import type { PacketState } from "../sources/packetCounts";
import { useBoardStyles } from "./styles";

/** What every cell may need, stable for the board's lifetime (so rows never re-render for it). */
export interface BoardServices {
    open?(id: string): void;
    /** Ticks once a second while a live counter shows. */
    ticker: ReadonlyStore<number>;
    packets?: ReadonlyStore<PacketState>;
}

export const BoardServicesContext = React.createContext<BoardServices | undefined>(undefined);

function useServices(): BoardServices {
    const services = React.useContext(BoardServicesContext);
    if (!services) throw new Error("BoardServicesContext missing");
    return services;
}

/** The row's name, as a link that opens the record where the host can. */
export const NameCell = React.memo(function NameCell({ row }: { row: BoardRow }) {
    const { t } = useHost();
    const { open } = useServices();
    const text = row.name !== "" ? row.name : t("Name_None");
    if (!open) return <span data-operation-id={row.id}>{text}</span>;
    return (
        <Link data-operation-id={row.id} data-selection-disabled="true" onClick={() => open(row.id)} title={t("Open_Record", text)}>
            {text}
        </Link>
    );
});

export const StatusCell = React.memo(function StatusCell({ row }: { row: BoardRow }) {
    return <StatusBadge option={row.status} />;
});

export const DateCell = React.memo(function DateCell({ date }: { date: Date | undefined }) {
    const { clock } = useHost();
    if (!date) return null;
    return <time dateTime={isoInstant(date)}>{formatDateTime(date, clock)}</time>;
});

/** A duration that counts up once a second from `since` (a queued or running row). */
const LiveDuration = React.memo(function LiveDuration({ since, label }: { since: Date; label: string }) {
    const { t, clock } = useHost();
    const { ticker } = useServices();
    const now = useStore(ticker) ?? Date.now();
    const text = formatDuration(Math.max(0, now - since.getTime()), clock.locale);
    if (text === null) return null;
    return <span title={t(label, text)}>{t(label, text)}</span>;
});

export const QueueCell = React.memo(function QueueCell({ row }: { row: BoardRow }) {
    const { clock } = useHost();
    if (row.queueMs !== undefined) return <span>{formatDuration(row.queueMs, clock.locale)}</span>;
    if (row.queueing && row.createdOn) return <LiveDuration since={row.createdOn} label="Duration_Waiting" />;
    return null;
});

export const RunCell = React.memo(function RunCell({ row }: { row: BoardRow }) {
    const { clock } = useHost();
    if (row.runMs !== undefined) return <span>{formatDuration(row.runMs, clock.locale)}</span>;
    if (row.running && row.startTime) return <LiveDuration since={row.startTime} label="Duration_Running" />;
    return null;
});

export const RetriesCell = React.memo(function RetriesCell({ row }: { row: BoardRow }) {
    const { t, clock } = useHost();
    if (row.retries === undefined) return null;
    return <span>{t("Retry_Count", row.retries.toLocaleString(clock.locale), MAX_RETRIES.toLocaleString(clock.locale))}</span>;
});

function errorLabel(error: RowError, t: ReturnType<typeof useHost>["t"]): string {
    if (error.code === undefined) return t("Error_MessageOnly");
    if (error.notFromDataverse) return t("Error_NotFromDataverse");
    return t("Error_Code", error.code, error.hex ?? "");
}

/** The error code in decimal and hex; its message shows on hover and on keyboard focus (and is read with the cell). */
export const ErrorCell = React.memo(function ErrorCell({ row }: { row: BoardRow }) {
    const { t } = useHost();
    const styles = useBoardStyles();
    const shared = useSharedStyles();
    const error = row.error;
    if (!error) return null;
    const label = errorLabel(error, t);
    if (!error.message)
        return (
            <span className={styles.code} dir="ltr">
                {label}
            </span>
        );
    return (
        <TooltipHost content={error.message} styles={{ root: { display: "inline-block", maxWidth: "100%" } }}>
            <span tabIndex={0} data-selection-disabled="true" className={`${styles.code} ${styles.focusable}`}>
                <bdi dir="ltr">{label}</bdi>
                <span className={shared.visuallyHidden}>{` ${error.message}`}</span>
            </span>
        </TooltipHost>
    );
});

/** Received of expected packets as a small bar; the count comes from the board's aggregate reading. */
export const PacketsCell = React.memo(function PacketsCell({ row }: { row: BoardRow }) {
    const { t, clock } = useHost();
    const styles = useBoardStyles();
    const { packets } = useServices();
    const state = useStore(packets);
    const key = normalizeGuid(row.id) ?? row.id;
    const received = state?.counts.get(key);
    const expected = row.expectedPackets ?? undefined;
    const format = (n: number): string => n.toLocaleString(clock.locale);
    if (state?.tooMany.has(key)) return <span className={styles.muted}>{t("Packets_TooMany")}</span>;
    if (received === undefined) {
        if (state?.phase === "denied") return <span className={styles.muted}>{t("Packets_Denied")}</span>;
        if (expected === undefined) return null;
        return <span className={styles.muted}>{t("Packets_Expected", format(expected))}</span>;
    }
    if (expected === undefined || expected <= 0) return <span>{t("Packets_Received", format(received))}</span>;
    const percent = Math.min(100, Math.round((received / expected) * 100));
    const text = t("Packets_Of", format(received), format(expected));
    return (
        <span className={styles.bar}>
            <span
                className={styles.track}
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                aria-valuetext={text}
                aria-label={t("Column_Packets")}
            >
                <span className={styles.fill} style={{ width: `${percent}%` }} />
            </span>
            <span>{text}</span>
        </span>
    );
});

/** A view column the board shows as the host formatted it. */
export const TextCell = React.memo(function TextCell({ text }: { text: string }) {
    return <span>{text}</span>;
});
