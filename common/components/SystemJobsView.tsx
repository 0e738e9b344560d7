import * as React from "react";
import { Text } from "@fluentui/react/lib/Text";
import { Link } from "@fluentui/react/lib/Link";
import { useTheme } from "@fluentui/react/lib/Theme";
import { useHost } from "./HostContext";
import { StatusBadge } from "./StatusBadge";
import { useStore } from "./useStore";
import { RefreshStatus } from "./RefreshStatus";
import type { RefreshSource } from "../sources/refreshSource";
import { errorText } from "../model/dataverseErrors";
import { formatDateTime } from "../model/dates";
import { resolveOption } from "../model/options";
import { ASYNC_OPERATION_STATUS } from "../model/optionTables";
import type { SystemJob } from "../model/systemJobs";

/** The entity name of system jobs, for opening one. */
export const SYSTEM_JOB_ENTITY = "asyncoperation";

export interface SystemJobsViewProps {
    /** The refresh loop of the jobs (common/sources/systemJobsSource.ts). */
    source: RefreshSource<SystemJob[]>;
    /** Opens a record's form (HostNavigation.openRecord); a job's name links to its form. */
    onOpenRecord(entityName: string, id: string): void;
}

/** The system jobs regarding the record, newest first, refreshed by their source while any is running. */
export const SystemJobsView = React.memo(function SystemJobsView({ source, onOpenRecord }: SystemJobsViewProps) {
    const { t } = useHost();
    const snapshot = useStore(source);
    if (!snapshot) return null;
    const jobs = snapshot.data;
    // Gone or refused after jobs were shown: the last list stays, with a note that it will not change any more.
    const stopped = snapshot.phase === "gone" ? t("Jobs_Gone") : snapshot.phase === "denied" ? t("Jobs_Forbidden") : undefined;
    return (
        <section className="aops-system-jobs" aria-label={t("Jobs_Title")} style={{ display: "flex", flexDirection: "column", gap: 6 }}>
            <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
                <Text variant="mediumPlus" role="heading" aria-level={3} style={{ fontWeight: 600 }}>
                    {t("Jobs_Title")}
                </Text>
                {/* Before the first list, the line below says what is going on. */}
                {!stopped && (jobs !== undefined || snapshot.phase === "paused") ? <RefreshStatus source={source} snapshot={snapshot} /> : null}
            </div>
            {jobs === undefined ? (
                <Text role="status">{stopped ?? (snapshot.failures > 0 ? t("Jobs_Failed", errorText(snapshot.lastError) || t("Error_Unknown")) : t("Jobs_Loading"))}</Text>
            ) : (
                <>
                    {stopped ? (
                        <Text role="status" className="aops-jobs-stopped">
                            {stopped}
                        </Text>
                    ) : null}
                    {jobs.length === 0 ? (
                        <Text>{t("Jobs_None")}</Text>
                    ) : (
                        <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 8 }}>
                            {jobs.map((job) => (
                                <SystemJobItem key={job.id || job.name} job={job} onOpenRecord={onOpenRecord} />
                            ))}
                        </ul>
                    )}
                </>
            )}
        </section>
    );
});

interface SystemJobItemProps {
    job: SystemJob;
    onOpenRecord(entityName: string, id: string): void;
}

const SystemJobItem = React.memo(function SystemJobItem({ job, onOpenRecord }: SystemJobItemProps) {
    const { t, clock, compact } = useHost();
    const theme = useTheme();
    const name = job.name || t("Jobs_Unnamed");
    const status = resolveOption(job.status, ASYNC_OPERATION_STATUS, t);
    const facts: string[] = [];
    if (job.createdOn) facts.push(t("Jobs_Created", formatDateTime(job.createdOn, clock)));
    if (job.startedOn) facts.push(t("Jobs_Started", formatDateTime(job.startedOn, clock)));
    if (job.completedOn) facts.push(t("Jobs_Completed", formatDateTime(job.completedOn, clock)));
    if (job.retryCount !== undefined && job.retryCount > 0) facts.push(t("Jobs_Retries", job.retryCount.toLocaleString(clock.locale)));
    if (job.errorCode !== undefined && job.errorCode !== 0) facts.push(t("Jobs_ErrorCode", job.errorCode));
    return (
        <li
            className="aops-system-job"
            data-system-job={job.id}
            style={{ borderInlineStart: `3px solid ${theme.palette.neutralLight}`, paddingInlineStart: 8, display: "flex", flexDirection: "column", gap: 2 }}
        >
            <div style={{ display: "flex", flexDirection: compact ? "column" : "row", alignItems: compact ? "flex-start" : "center", gap: 8 }}>
                {job.id ? (
                    <Link onClick={() => onOpenRecord(SYSTEM_JOB_ENTITY, job.id)} aria-label={t("Jobs_Open", name)} style={{ fontWeight: 600, overflowWrap: "anywhere" }}>
                        {name}
                    </Link>
                ) : (
                    <Text style={{ fontWeight: 600 }}>{name}</Text>
                )}
                <StatusBadge option={status} caption={t("Jobs_Status")} />
            </div>
            {facts.length > 0 ? (
                <Text variant="small" style={{ color: theme.palette.neutralSecondary }}>
                    {facts.join(" · ")}
                </Text>
            ) : null}
            {job.message ? <MessageText text={job.message} /> : null}
            {job.detail ? <MessageText text={job.detail} secondary /> : null}
        </li>
    );
});

function MessageText({ text, secondary }: { text: string; secondary?: boolean }) {
    const theme = useTheme();
    return (
        <div
            style={{
                whiteSpace: "pre-wrap",
                overflowWrap: "anywhere",
                maxHeight: 120,
                overflowY: "auto",
                fontSize: secondary ? 12 : 14,
                color: secondary ? theme.palette.neutralSecondary : theme.palette.neutralPrimary,
            }}
        >
            {text}
        </div>
    );
}
