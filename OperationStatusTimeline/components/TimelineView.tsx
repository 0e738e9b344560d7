import * as React from "react";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { useTheme } from "@fluentui/react/lib/Theme";
import { StatusBadge, visuallyHidden } from "../../common/components/StatusBadge";
import { RefreshStatus } from "../../common/components/RefreshStatus";
import { useHost } from "../../common/components/HostContext";
import { useNow, useStore } from "../../common/components/useStore";
import { formatDateTime, formatDuration, formatRelative, isoInstant } from "../../common/model/dates";
import type { RefreshSource } from "../../common/sources/refreshSource";
import type { OptionMetadataLike } from "../../common/model/options";
import { keepUnchanged, valuesFromRow, type OperationRow, type OperationValues } from "../model/operationValues";
import { timelineModel, withCancelRequested, STATUS, type TimelineModel, type TimelineWarning } from "../model/timelineModel";
import type { CancelRequest } from "../sources/cancelRequest";
import { StepList } from "./StepList";
import { DateText } from "./DateText";
import { ErrorCard } from "./ErrorCard";
import { ParametersView } from "./ParametersView";
import { CancelButton } from "./CancelButton";

export interface TimelineViewProps {
    /** The values bound on the form. */
    values: OperationValues;
    statusOptions?: readonly OptionMetadataLike[];
    stateOptions?: readonly OptionMetadataLike[];
    /** Re-reads of the row, when the host allows them. */
    refresh?: RefreshSource<OperationRow>;
    /** The cancel request, when the user may make it. */
    cancel?: CancelRequest;
    /** The host can read the row (webAPI and a record id). */
    live: boolean;
}

const FIELD_LABEL = { createdOn: "Time_Created", startTime: "Time_Started", endTime: "Time_Ended" } as const;

function warningText(t: (key: string, ...args: (string | number)[]) => string, warning: TimelineWarning): string {
    switch (warning.kind) {
        case "endBeforeStart":
            return t("Warning_EndBeforeStart");
        case "endWithoutStart":
            return t("Warning_EndWithoutStart");
        case "startBeforeCreated":
            return t("Warning_StartBeforeCreated");
        case "future":
            return t("Warning_Future", t(FIELD_LABEL[warning.field]));
    }
}

export const TimelineView = React.memo(function TimelineView({ values, statusOptions, stateOptions, refresh, cancel, live }: TimelineViewProps) {
    const { t, clock, compact } = useHost();
    const snapshot = useStore(refresh);
    const cancelSnapshot = useStore(cancel);
    const row = snapshot?.data;
    const requested = cancelSnapshot?.phase === "requested";
    // A read that brings nothing new hands the views the same values, so they do not re-render.
    const previous = React.useRef<OperationValues | undefined>(undefined);
    const current = React.useMemo(() => {
        const read = row ? valuesFromRow(row, values) : values;
        return keepUnchanged(previous.current, requested ? withCancelRequested(read) : read);
    }, [row, values, requested]);
    previous.current = current;
    const gone = snapshot?.phase === "gone";
    // A vanished row keeps its last values, but nothing about it is live any more; nor after destroy().
    const running = !gone && snapshot?.phase !== "disposed" && current.statusReason.value === STATUS.inProgress && current.startTime.state === "value";
    const now = useNow(running);
    const model = React.useMemo(() => timelineModel(current, { t, statusOptions, stateOptions, now }), [current, t, statusOptions, stateOptions, now]);
    const announcement = useStatusAnnouncement(model);

    return (
        <div className="aops-timeline" data-phase={model.phase} style={{ padding: compact ? 4 : 8 }}>
            <div style={{ display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap", justifyContent: "space-between" }}>
                <div style={{ display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap", minWidth: 0 }}>
                    <span role="heading" aria-level={3} style={{ fontSize: 16, fontWeight: 600, wordBreak: "break-word" }}>
                        {model.title ?? t("Timeline_Label")}
                    </span>
                    {model.statusField === "masked" ? (
                        <span title={t("Field_MaskedHint")}>{t("Field_Masked")}</span>
                    ) : model.statusField === "empty" ? (
                        <span>{t("Field_Empty")}</span>
                    ) : (
                        <StatusBadge option={model.status} caption={t("Timeline_Status")} />
                    )}
                    {model.state ? <StatusBadge option={model.state} caption={t("Property_state")} /> : null}
                </div>
                {cancel && cancelSnapshot && !gone ? <CancelButton action={cancel} snapshot={cancelSnapshot} phase={model.phase} /> : null}
            </div>
            <div role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden}>
                {announcement}
            </div>
            {cancelSnapshot?.phase === "refused" ? (
                <MessageBar messageBarType={MessageBarType.error}>{t("Cancel_Refused", cancelSnapshot.error || t("Error_Unknown"))}</MessageBar>
            ) : null}
            <StepList steps={model.steps} />
            {model.warnings.map((warning) => (
                <MessageBar key={warning.kind + ("field" in warning ? warning.field : "")} messageBarType={MessageBarType.warning} isMultiline>
                    {warningText(t, warning)}
                </MessageBar>
            ))}
            <Details model={model} compact={compact} locale={clock.locale} live={!gone} />
            {model.error ? <ErrorCard error={model.error} /> : null}
            <Parameters label={t("Property_inputParameters")} read={current.inputParameters} />
            <Parameters label={t("Property_outputParameters")} read={current.outputParameters} />
            {gone ? (
                // The row was deleted (its time to live ran out): said clearly, not as a quiet refresh note.
                <MessageBar messageBarType={MessageBarType.warning}>{t("Gone_Message")}</MessageBar>
            ) : snapshot || (!live && !model.terminal) ? (
                <RefreshStatus source={refresh} snapshot={snapshot} />
            ) : null}
        </div>
    );
});

/** Announces status changes (not the first status) through the live region. */
function useStatusAnnouncement(model: TimelineModel): string {
    const { t } = useHost();
    const label = model.statusField === "value" ? model.status.label : "";
    const previous = React.useRef(label);
    const [text, set] = React.useState("");
    React.useEffect(() => {
        if (label && previous.current !== label) set(t("Status_Changed", label));
        previous.current = label;
    }, [label, t, set]);
    return text;
}

interface DetailsProps {
    model: TimelineModel;
    compact: boolean;
    locale: string;
    /** Whether the row still exists (a live counter makes no sense for a vanished one). */
    live: boolean;
}

const Details = React.memo(function Details({ model, compact, locale, live }: DetailsProps) {
    const { t, clock } = useHost();
    const theme = useTheme();
    const rows: { label: string; content: React.ReactNode }[] = [
        { label: t("Time_Created"), content: <DateText read={model.times.createdOn} /> },
        { label: t("Time_Started"), content: <DateText read={model.times.startTime} /> },
        { label: t("Time_Ended"), content: <DateText read={model.times.endTime} /> },
    ];
    const duration = (ms: number | undefined) => (ms === undefined ? undefined : formatDuration(ms, locale) ?? undefined);
    const queue = duration(model.queueMs);
    const run = duration(model.runMs);
    const elapsed = live ? duration(model.elapsedMs) : undefined;
    if (queue) rows.push({ label: t("Duration_Queue"), content: queue });
    if (run) rows.push({ label: t("Duration_Run"), content: run });
    if (elapsed) rows.push({ label: t("Duration_Elapsed"), content: <span className="aops-elapsed">{elapsed}</span> });
    const ttl = model.timeToLive;
    if (ttl) {
        const length = formatDuration(ttl.seconds * 1000, locale) ?? String(ttl.seconds);
        let text = length;
        if (ttl.expiresAt && ttl.remainingMs !== undefined) {
            const when = formatDateTime(ttl.expiresAt, clock);
            const relative = formatRelative(ttl.remainingMs, locale);
            text = ttl.remainingMs >= 0 ? t("Ttl_Expires", length, when, relative) : t("Ttl_Expired", length, when, relative);
        }
        rows.push({ label: t("Property_timeToLive"), content: <span className="aops-ttl">{ttl.expiresAt ? <time dateTime={isoInstant(ttl.expiresAt)}>{text}</time> : text}</span> });
    }
    return (
        <dl
            className="aops-details"
            style={{ display: "grid", gridTemplateColumns: compact ? "1fr" : "max-content 1fr", columnGap: 12, rowGap: compact ? 0 : 2, margin: "8px 0", fontSize: 13 }}
        >
            {rows.map(({ label, content }) => (
                <React.Fragment key={label}>
                    <dt style={{ color: theme.palette.neutralSecondary, marginTop: compact ? 4 : 0 }}>{label}</dt>
                    <dd style={{ margin: 0 }}>{content}</dd>
                </React.Fragment>
            ))}
        </dl>
    );
});

interface ParametersProps {
    label: string;
    read: OperationValues["inputParameters"];
}

/** A parameters column under a collapsible heading; open by default when it has a value. */
const Parameters = React.memo(function Parameters({ label, read }: ParametersProps) {
    const { t } = useHost();
    const theme = useTheme();
    if (read.state === "empty") return null;
    return (
        <details className="aops-parameters" open style={{ margin: "6px 0" }}>
            <summary style={{ cursor: "pointer", fontWeight: 600, color: theme.palette.neutralPrimary }}>{label}</summary>
            {read.state === "masked" ? <span title={t("Field_MaskedHint")}>{t("Field_Masked")}</span> : <ParametersView text={read.value} label={label} />}
        </details>
    );
});
