import * as React from "react";
import { Text } from "@fluentui/react/lib/Text";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { ProgressIndicator, type IProgressIndicatorStyles } from "@fluentui/react/lib/ProgressIndicator";
import { useHost } from "../../common/components/HostContext";
import { percentText, numberText } from "../../common/model/text";
import { RawText } from "../../common/components/JsonView";
import { StatusBadge } from "../../common/components/StatusBadge";
import { FieldValue, RestrictedValue } from "../../common/components/FieldValue";
import { SystemJobsView } from "../../common/components/SystemJobsView";
import { RefreshStatus } from "../../common/components/RefreshStatus";
import { isFinalOperationStatus } from "../model/operationStatus";
import { useSharedStyles } from "../../common/components/styles";
import type { FieldState } from "../../common/host/fields";
import { failureReason } from "../../common/model/dataverseErrors";
import { resolveOption } from "../../common/model/options";
import { ASYNC_OPERATION_STATUS } from "../../common/model/optionTables";
import type { SystemJob } from "../../common/model/systemJobs";
import type { RefreshSource } from "../../common/sources/refreshSource";
import { formIsNewer } from "../../common/model/freshness";
import type { ReadonlyStore } from "../../common/sources/store";
import { useStore } from "../../common/components/useStore";
import { MAX_DEPENDENCY_CHARS } from "../model/parseDependencies";
import type { OperationContext } from "../model/operationContext";
import type { DependencyReading } from "../sources/dependencyReader";
import type { StatusRead } from "../sources/operationRefresh";
import { DependencyListView, type CreateFile } from "./DependencyListView";
import { ReadingListView } from "./ReadingListView";
import { componentTypeLabel } from "./typeLabels";
import { useReadingState } from "./useReading";
import { useDependencyStyles } from "./styles";

export interface DependencyViewProps {
    field: FieldState;
    reading: DependencyReading;
    operation: OperationContext;
    /** When the form's job status last changed (epoch milliseconds). */
    statusAt: number;
    /** The job status the control's own refresh read; shown over the form's unless the form's is newer. */
    liveStatus?: ReadonlyStore<StatusRead | undefined>;
    /** Why the refresh's last status read failed (shown with the status); undefined while reads answer. */
    statusFailure?: ReadonlyStore<unknown>;
    /** The system jobs behind the operation; absent without Web API or record id. */
    jobs?: RefreshSource<SystemJob[]>;
    onOpenRecord(entityName: string, id: string): void;
    createFile: CreateFile;
}

export const DependencyView = React.memo(function DependencyView({
    field,
    reading,
    operation,
    statusAt,
    liveStatus,
    statusFailure,
    jobs,
    onOpenRecord,
    createFile,
}: DependencyViewProps) {
    const styles = useDependencyStyles();
    return (
        <div className={`aops-dependencies ${styles.root}`}>
            <OperationHeader operation={operation} statusAt={statusAt} liveStatus={liveStatus} />
            <StatusFailure failure={statusFailure} />
            {/* Without a Web API or a saved record nothing is read live: said as the other controls say it, while the run can still change. */}
            {!jobs && operation.jobStatus.state === "value" && !isFinalOperationStatus(operation.jobStatus.value) ? (
                <RefreshStatus snapshot={undefined} />
            ) : null}
            <DependencyBody
                field={field}
                reading={reading}
                createFile={createFile}
                operationName={operation.name.state === "value" ? operation.name.value : null}
            />
            {jobs ? <SystemJobsView source={jobs} onOpenRecord={onOpenRecord} /> : null}
        </div>
    );
});

/** The status read's failure, in the user's words, while reads fail (the jobs are read all the same). */
const StatusFailure = React.memo(function StatusFailure({ failure }: { failure?: ReadonlyStore<unknown> }) {
    const { t } = useHost();
    const shared = useSharedStyles();
    const error = useStore(failure);
    if (error === undefined) return null;
    return (
        <Text role="status" className={`aops-status-failed ${shared.refreshLine} ${shared.refreshLineAlert}`}>
            {t("Status_ReadFailed", failureReason(error, t))}
        </Text>
    );
});

interface OperationHeaderProps {
    operation: OperationContext;
    statusAt: number;
    liveStatus?: ReadonlyStore<StatusRead | undefined>;
}

const OperationHeader = React.memo(function OperationHeader({ operation, statusAt, liveStatus }: OperationHeaderProps) {
    const { t, compact } = useHost();
    const styles = useDependencyStyles();
    const { name, componentType } = operation;
    const read = useStore(liveStatus);
    // The newest value wins: the status a refresh read, unless the form's changed after that read.
    const fromRead = read !== undefined && read.data !== null && operation.jobStatus.state !== "masked" && !formIsNewer(statusAt, read);
    const jobStatus = React.useMemo(
        () =>
            fromRead && read
                ? { state: "value" as const, value: read.data, metadata: operation.jobStatus.metadata.filter((o) => o.Value === read.data) }
                : operation.jobStatus,
        [fromRead, read, operation.jobStatus],
    );
    const status = React.useMemo(
        () => (jobStatus.value === null ? undefined : resolveOption(jobStatus.value, ASYNC_OPERATION_STATUS, t, jobStatus.metadata)),
        [jobStatus, t],
    );
    if (name.state === "empty" && componentType.state === "empty" && jobStatus.state === "empty") return null;
    return (
        <dl className={`aops-operation ${compact ? styles.operationCompact : styles.operation}`}>
            {name.state !== "empty" ? (
                <OperationItem label={t("Context_Operation")}>
                    <FieldValue read={name}>{(text) => text}</FieldValue>
                </OperationItem>
            ) : null}
            {componentType.state !== "empty" ? (
                <OperationItem label={t("Context_ComponentType")}>
                    <FieldValue read={componentType}>{(code) => componentTypeLabel(code, t)}</FieldValue>
                </OperationItem>
            ) : null}
            {jobStatus.state !== "empty" ? (
                <OperationItem label={t("Context_JobStatus")}>{status ? <StatusBadge option={status} /> : <RestrictedValue />}</OperationItem>
            ) : null}
        </dl>
    );
});

function OperationItem({ label, children }: { label: string; children: React.ReactNode }) {
    const shared = useSharedStyles();
    const styles = useDependencyStyles();
    return (
        <div className={styles.operationItem}>
            <dt className={shared.pairLabel}>{label}</dt>
            <dd className={shared.pairValue}>{children}</dd>
        </div>
    );
}

interface DependencyBodyProps {
    field: FieldState;
    reading: DependencyReading;
    createFile: CreateFile;
    operationName: string | null;
}

/** Without the bar's width transition: updated a few times a second, it would animate (and repaint) the whole reading long. */
const progressStyles: Partial<IProgressIndicatorStyles> = { progressBar: { transition: "none" } };

const DependencyBody = React.memo(function DependencyBody({ field, reading, createFile, operationName }: DependencyBodyProps) {
    const { t, clock } = useHost();
    const state = useReadingState(reading);
    if (field === "masked") return <RestrictedValue />;
    if (state.phase === "reading") {
        return (
            <>
                <ProgressIndicator
                    label={t("Dependencies_Reading")}
                    description={t(
                        "Dependencies_ReadingProgress",
                        percentText(Math.floor(state.progress * 100) / 100, clock.locale),
                        numberText(state.length, clock.locale),
                    )}
                    percentComplete={state.progress}
                    styles={progressStyles}
                />
                {state.entries && state.count > 0 ? <ReadingListView entries={state.entries} count={state.count} /> : null}
            </>
        );
    }
    const list = state.list;
    switch (list.kind) {
        case "empty":
            return <Text>{t("Dependencies_None")}</Text>;
        case "tooLarge":
            return (
                <MessageBar messageBarType={MessageBarType.warning}>
                    {t("Dependencies_TooLarge", numberText(list.length, clock.locale), numberText(MAX_DEPENDENCY_CHARS, clock.locale))}
                </MessageBar>
            );
        case "raw":
            return (
                <RawText
                    text={list.text}
                    label={t("Dependencies_Label")}
                    note={list.reason === "malformed" ? t("Dependencies_Malformed") : t("Dependencies_Raw")}
                />
            );
        default:
            return <DependencyListView list={list} overview={state.overview} createFile={createFile} operationName={operationName} />;
    }
});
