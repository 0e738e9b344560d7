import * as React from "react";
import { numberText } from "../../common/model/text";
import { Link } from "@fluentui/react/lib/Link";
import { TooltipHost } from "@fluentui/react/lib/Tooltip";
import { useHost } from "../../common/components/HostContext";
import { LiveDuration } from "../../common/components/LiveDuration";
import { LtrText } from "../../common/components/LtrText";
import { PacketProgress } from "../../common/components/PacketProgress";
import { statusBadgeElement } from "../../common/components/StatusBadge";
import { useControlTheme } from "../../common/components/useControlTheme";
import { VisibleText } from "../../common/components/VisibleText";
import { useStore } from "../../common/components/useStore";
import { useSharedStyles } from "../../common/components/styles";
import { formatDateTime, formatDuration, formatShortDateTime, isoInstant } from "../../common/model/dates";
import type { Translate } from "../../common/model/text";
import { hasInvisible, revealedText } from "../../common/model/visibleText";
import type { ReadonlyStore } from "../../common/sources/store";
import { MAX_RETRIES, type BoardRow, type RowError } from "../model/rows";
import { withStatusOptions } from "../../common/model/optionMetadata";
import type { PacketState } from "../../common/sources/packetCounts";
import type { StatusOptionList } from "../../common/sources/statusOptions";
import { useBoardStyles } from "./styles";

/** What every cell may need, stable for the board's lifetime (so rows never re-render for it). */
export interface BoardServices {
    open?(id: string): void;
    /** Ticks once a second while a live counter shows. */
    ticker: ReadonlyStore<number>;
    packets?: ReadonlyStore<PacketState>;
    /** The status column's option metadata (labels and colors), once the host has answered. */
    statusOptions?: ReadonlyStore<StatusOptionList | undefined>;
}

export const BoardServicesContext = React.createContext<BoardServices | undefined>(undefined);

/** The status options the board read (one subscription for the board; a change re-renders only the status cells). */
export const StatusOptionsContext = React.createContext<StatusOptionList | undefined>(undefined);

function useServices(): BoardServices {
    const services = React.useContext(BoardServicesContext);
    if (!services) throw new Error("BoardServicesContext missing");
    return services;
}

/** Text as it is, or with its invisible characters shown as code points when it has any. */
function textOf(text: string): string | React.ReactElement {
    return hasInvisible(text) ? <VisibleText text={text} /> : text;
}

/** The row's name, as a link that opens the record where the host can. */
export const NameCell = React.memo(function NameCell({ row }: { row: BoardRow }) {
    const { t } = useHost();
    const { open } = useServices();
    const name = row.name !== "" ? textOf(row.name) : t("Name_None");
    if (!open) return <span data-operation-id={row.id}>{name}</span>;
    return (
        <Link
            data-operation-id={row.id}
            data-selection-disabled="true"
            onClick={() => open(row.id)}
            title={t("Open_Record", row.name !== "" ? revealedText(row.name) : t("Name_None"))}
        >
            {name}
        </Link>
    );
});

/** The status badge: the host's label, with the option's color from the metadata once it arrived. */
export const StatusCell = React.memo(function StatusCell({ row }: { row: BoardRow }) {
    const options = React.useContext(StatusOptionsContext);
    const option = React.useMemo(() => withStatusOptions(row.status, row.statusFromHost, options), [row.status, row.statusFromHost, options]);
    return statusBadgeElement(useControlTheme(), option, { title: option.label });
});

export const DateCell = React.memo(function DateCell({ date }: { date: Date | undefined }) {
    const { clock } = useHost();
    if (!date) return null;
    return (
        <time dateTime={isoInstant(date)} title={formatDateTime(date, clock)}>
            {formatShortDateTime(date, clock)}
        </time>
    );
});

export const QueueCell = React.memo(function QueueCell({ row }: { row: BoardRow }) {
    const { clock } = useHost();
    const { ticker } = useServices();
    if (row.queueMs !== undefined) return <span>{formatDuration(row.queueMs, clock.locale)}</span>;
    if (row.queueing && row.createdOn) return <LiveDuration since={row.createdOn} label="Duration_Waiting" clock={ticker} />;
    return null;
});

export const RunCell = React.memo(function RunCell({ row }: { row: BoardRow }) {
    const { clock } = useHost();
    const { ticker } = useServices();
    if (row.runMs !== undefined) return <span>{formatDuration(row.runMs, clock.locale)}</span>;
    if (row.running && row.startTime) return <LiveDuration since={row.startTime} label="Duration_Running" clock={ticker} />;
    return null;
});

export const RetriesCell = React.memo(function RetriesCell({ row }: { row: BoardRow }) {
    const { t, clock } = useHost();
    if (row.retries === undefined) return null;
    return <span>{t("Retries_OfMax", numberText(row.retries, clock.locale), numberText(MAX_RETRIES, clock.locale))}</span>;
});

/** The error code in decimal and hex, isolated left to right, or what stands in for it. */
function errorLabel(error: RowError, t: Translate, codeClass: string): React.ReactElement {
    if (error.text !== undefined) return <LtrText className={`aops-board-error-code ${codeClass}`}>{error.text}</LtrText>;
    return <span>{error.notFromDataverse ? t("ErrorCode_NotFromDataverse") : t("Error_MessageOnly")}</span>;
}

/** The error code; its message shows on hover and on keyboard focus (and is read with the cell). */
export const ErrorCell = React.memo(function ErrorCell({ row }: { row: BoardRow }) {
    const { t } = useHost();
    const styles = useBoardStyles();
    const shared = useSharedStyles();
    const error = row.error;
    if (!error) return null;
    const label = errorLabel(error, t, styles.code);
    if (!error.message) return label;
    return (
        <TooltipHost content={textOf(error.message)} styles={{ root: { display: "inline-block", maxWidth: "100%" } }}>
            {/* Focusable so the keyboard opens the message too; a button, as tooltip triggers are. */}
            <span role="button" tabIndex={0} data-selection-disabled="true" className={`aops-board-error ${styles.focusable}`}>
                {label}
                <span className={shared.visuallyHidden}> {textOf(error.message)}</span>
            </span>
        </TooltipHost>
    );
});

/** Received of expected packets as a small bar; the count comes from the board's aggregate reading. */
export const PacketsCell = React.memo(function PacketsCell({ row }: { row: BoardRow }) {
    const { packets } = useServices();
    const state = useStore(packets);
    return <PacketProgress jobId={row.id} expected={row.expectedPackets ?? undefined} state={state} />;
});

/** A view column the board shows as the host formatted it. */
export const TextCell = React.memo(function TextCell({ text }: { text: string }) {
    return <span>{text}</span>;
});
