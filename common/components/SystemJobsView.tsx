import * as React from "react";
import { numberText } from "../model/text";
import { FactLine } from "./FactLine";
import { Text } from "@fluentui/react/lib/Text";
import { Link } from "@fluentui/react/lib/Link";
import { useHost } from "./HostContext";
import { StatusBadge } from "./StatusBadge";
import { useStore } from "./useStore";
import { RefreshStatus } from "./RefreshStatus";
import { useSharedStyles } from "./styles";
import { VisibleText } from "./VisibleText";
import { LtrText } from "./LtrText";
import { fillNodes } from "./Sentence";
import type { RefreshSource } from "../sources/refreshSource";
import { failureReason } from "../model/dataverseErrors";
import { formatDateTime } from "../model/dates";
import { resolveOption } from "../model/options";
import { ASYNC_OPERATION_STATUS } from "../model/optionTables";
import { errorCodeText, type SystemJob } from "../model/systemJobs";

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
    const styles = useSharedStyles();
    const snapshot = useStore(source);
    if (!snapshot) return null;
    const jobs = snapshot.data;
    // Gone or refused after jobs were shown: the last list stays, with a note that it will not change any more.
    const stopped = snapshot.phase === "gone" ? t("Jobs_Gone") : snapshot.phase === "denied" ? t("Jobs_Forbidden") : undefined;
    return (
        <section className={`aops-system-jobs ${styles.stack}`} aria-label={t("Jobs_Title")}>
            <div className={styles.row}>
                <span role="heading" aria-level={3} className={styles.sectionTitle}>
                    {t("Jobs_Title")}
                </span>
                {/* Before the first list, the line below says what is going on. */}
                {!stopped && (jobs !== undefined || snapshot.phase === "paused") ? (
                    <RefreshStatus source={source} snapshot={snapshot} subject={t("Jobs_Title")} />
                ) : null}
            </div>
            {jobs === undefined ? (
                <Text role="status">{stopped ?? (snapshot.failures > 0 ? t("Jobs_Failed", failureReason(snapshot.lastError, t)) : t("Jobs_Loading"))}</Text>
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
                        <ul className={styles.plainList}>
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
    const styles = useSharedStyles();
    const name = job.name || t("Jobs_Unnamed");
    const status = resolveOption(job.status, ASYNC_OPERATION_STATUS, t);
    const facts: React.ReactNode[] = [];
    if (job.createdOn) facts.push(t("Jobs_Created", formatDateTime(job.createdOn, clock)));
    if (job.startedOn) facts.push(t("Jobs_Started", formatDateTime(job.startedOn, clock)));
    if (job.completedOn) facts.push(t("Jobs_Completed", formatDateTime(job.completedOn, clock)));
    if (job.retryCount !== undefined && job.retryCount > 0) facts.push(t("Jobs_Retries", numberText(job.retryCount, clock.locale)));
    // A signed code and its hex stay in their order in right-to-left languages.
    if (job.errorCode !== undefined && job.errorCode !== 0)
        facts.push(
            fillNodes(t("Jobs_ErrorCode"), [
                <LtrText key="code" className={styles.errorCode}>
                    {errorCodeText(job.errorCode)}
                </LtrText>,
            ]),
        );
    return (
        <li className={`aops-system-job ${styles.accentItem}`} data-system-job={job.id}>
            <div className={compact ? styles.rowCompact : styles.row}>
                {job.id ? (
                    <Link
                        onClick={() => onOpenRecord(SYSTEM_JOB_ENTITY, job.id)}
                        aria-label={t("Jobs_Open", name)}
                        className={`${styles.strong} ${styles.wrap}`}
                    >
                        <VisibleText text={name} />
                    </Link>
                ) : (
                    <Text className={styles.strong}>
                        <VisibleText text={name} />
                    </Text>
                )}
                <StatusBadge option={status} caption={t("Jobs_Status")} />
            </div>
            <FactLine facts={facts} />
            {job.message ? (
                <div className={styles.message}>
                    <VisibleText text={job.message} />
                </div>
            ) : null}
            {job.detail ? (
                <div className={styles.messageSecondary}>
                    <VisibleText text={job.detail} />
                </div>
            ) : null}
        </li>
    );
});
