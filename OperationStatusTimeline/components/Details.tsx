import * as React from "react";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";
import { formatDateTime, formatDuration, formatRelative, isoInstant } from "../../common/model/dates";
import type { TimelineModel } from "../model/timelineModel";
import { DateText } from "./DateText";
import { FieldValue } from "../../common/components/FieldValue";
import { LtrText } from "../../common/components/LtrText";
import { VisibleText } from "../../common/components/VisibleText";
import type { FieldRead } from "../../common/model/fieldRead";
import { useStore } from "../../common/components/useStore";
import type { ReadonlyStore } from "../../common/sources/store";
import { useTimelineStyles } from "./styles";

interface DetailsProps {
    model: TimelineModel;
    /** Priority and the identity the run executes as, shown when the form binds them. */
    priority: FieldRead<number>;
    runAs: FieldRead<string>;
    /** The user's name for the id in `runAs`, once read. */
    runAsName?: ReadonlyStore<string | undefined>;
    /** Whether the row still exists (a live counter makes no sense for a vanished one). */
    live: boolean;
}

/** A priority (0–10) in the user's digits, never grouped. */
function formatPriority(value: number, locale: string): string {
    return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 }).format(value);
}

/** Times, durations and the time to live as a label/value list; one column on a phone-width form. */
export const Details = React.memo(function Details({ model, live, priority, runAs, runAsName }: DetailsProps) {
    const { t, clock, compact } = useHost();
    const shared = useSharedStyles();
    const styles = useTimelineStyles();
    const locale = clock.locale;
    const rows: { label: string; content: React.ReactNode }[] = [
        { label: t("Time_Created"), content: <DateText read={model.times.createdOn} /> },
        { label: t("Time_Started"), content: <DateText read={model.times.startTime} /> },
        { label: t("Time_Ended"), content: <DateText read={model.times.endTime} /> },
    ];
    const duration = (ms: number | undefined) => (ms === undefined ? undefined : (formatDuration(ms, locale) ?? undefined));
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
        rows.push({
            label: t("Property_timeToLive"),
            content: <span className="aops-ttl">{ttl.expiresAt ? <time dateTime={isoInstant(ttl.expiresAt)}>{text}</time> : text}</span>,
        });
    }
    if (priority.state !== "empty") {
        rows.push({
            label: t("Property_priority"),
            content: <FieldValue read={priority}>{(value) => <LtrText>{formatPriority(value, locale)}</LtrText>}</FieldValue>,
        });
    }
    if (runAs.state !== "empty") {
        rows.push({
            label: t("Property_runAs"),
            content: <FieldValue read={runAs}>{(value) => <RunAs id={value} name={runAsName} />}</FieldValue>,
        });
    }
    return (
        <dl className={`aops-details ${compact ? shared.pairsCompact : shared.pairs}`}>
            {rows.map(({ label, content }) => (
                <React.Fragment key={label}>
                    <dt className={compact ? styles.detailLabelCompact : styles.detailLabel}>{label}</dt>
                    <dd className={styles.detailValue}>{content}</dd>
                </React.Fragment>
            ))}
        </dl>
    );
});

/** The user a run executes as: the name once read, the id as its title; the id itself until then. */
function RunAs({ id, name: source }: { id: string; name: ReadonlyStore<string | undefined> | undefined }) {
    const shared = useSharedStyles();
    const name = useStore(source);
    if (name === undefined) return <VisibleText text={id} dir="ltr" className={shared.code} />;
    return (
        <span title={id} className="aops-run-as">
            <VisibleText text={name} />
        </span>
    );
}
