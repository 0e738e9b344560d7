import * as React from "react";
import { numberText } from "../../common/model/text";
import { FactLine } from "../../common/components/FactLine";
import { Text } from "@fluentui/react/lib/Text";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";
import { useStore } from "../../common/components/useStore";
import { fillNodes } from "../../common/components/Sentence";
import { VisibleText } from "../../common/components/VisibleText";
import { failureReason } from "../../common/model/dataverseErrors";
import { formatDateTime } from "../../common/model/dates";
import type { RefreshSource } from "../../common/sources/refreshSource";
import type { SyncError, SyncErrors } from "../model/syncErrors";
import type { TableDisplayNames } from "../sources/tableDisplayNames";

export interface SyncErrorsViewProps {
    /** The read of the sync errors regarding the job (sources/syncErrorSource.ts). */
    source: RefreshSource<SyncErrors>;
    /** Tables by their display names, where the host's metadata gives them. */
    tableNames?: TableDisplayNames;
}

/**
 * The newest sync errors regarding the job, as plain text. Nothing while none are known; a refusal or a
 * missing table is a quiet note, a failed read a short line (the source tries again later).
 */
export const SyncErrorsView = React.memo(function SyncErrorsView({ source, tableNames }: SyncErrorsViewProps) {
    const { t, clock } = useHost();
    const styles = useSharedStyles();
    const snapshot = useStore(source);
    const names = useStore(tableNames);
    const errors = snapshot?.data?.errors;
    // The tables the errors name, by display name: asked for once each, when the errors arrive.
    React.useEffect(() => {
        if (errors && tableNames) tableNames.request(errors.map((error) => error.table));
    }, [errors, tableNames]);
    if (!snapshot) return null;
    const data = snapshot.data;
    if (data === undefined || data.errors.length === 0) {
        const note =
            snapshot.phase === "denied"
                ? t("SyncErrors_Forbidden")
                : snapshot.phase === "gone"
                  ? t("SyncErrors_Unavailable")
                  : data === undefined && snapshot.failures > 0
                    ? t("SyncErrors_Failed", failureReason(snapshot.lastError, t))
                    : undefined;
        return note ? (
            <Text variant="small" className={`aops-sync-errors-note ${styles.muted}`}>
                {note}
            </Text>
        ) : null;
    }
    return (
        <section className={`aops-sync-errors ${styles.stack}`} aria-label={t("SyncErrors_Title")}>
            <span role="heading" aria-level={3} className={styles.sectionTitle}>
                {t("SyncErrors_Title")}
            </span>
            <ul className={styles.plainList}>
                {data.errors.map((error, i) => (
                    <SyncErrorItem key={error.id || i} error={error} tableName={names?.get(error.table.trim().toLowerCase())} />
                ))}
            </ul>
            {data.more ? (
                <Text variant="small" className={styles.muted}>
                    {t("SyncErrors_Newest", numberText(data.errors.length, clock.locale))}
                </Text>
            ) : null}
        </section>
    );
});

const SyncErrorItem = React.memo(function SyncErrorItem({ error, tableName }: { error: SyncError; tableName: string | undefined }) {
    const { t, clock } = useHost();
    const styles = useSharedStyles();
    const facts: React.ReactNode[] = [];
    if (error.time) facts.push(formatDateTime(error.time, clock));
    // The failing record's table and the code come from the data: invisible characters show, codes stay left-to-right.
    if (error.table) {
        // The display name where the host gives it; the logical name is its title (and stands in without it).
        const table = tableName ? (
            <span key="table" title={error.table}>
                <VisibleText text={tableName} />
            </span>
        ) : (
            <VisibleText key="table" text={error.table} />
        );
        facts.push(fillNodes(t("SyncErrors_Table"), [table]));
    }
    if (error.code) facts.push(fillNodes(t("SyncErrors_Code"), [<VisibleText key="code" text={error.code} dir="ltr" className={styles.errorCode} />]));
    return (
        <li className={`aops-sync-error ${styles.accentItem}`}>
            <FactLine facts={facts} />
            {error.message ? (
                <div className={styles.message}>
                    <VisibleText text={error.message} />
                </div>
            ) : null}
        </li>
    );
});
