import * as React from "react";
import { Text } from "@fluentui/react/lib/Text";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { ProgressIndicator } from "@fluentui/react/lib/ProgressIndicator";
import { useTheme } from "@fluentui/react/lib/Theme";
import { useHost } from "../../common/components/HostContext";
import { RawText } from "../../common/components/JsonView";
import { StatusBadge } from "../../common/components/StatusBadge";
import type { FieldState } from "../../common/host/fields";
import type { RefreshSource } from "../../common/sources/refreshSource";
import { MAX_DEPENDENCY_CHARS } from "../model/parseDependencies";
import type { OperationContext } from "../model/operationContext";
import { resolveOption } from "../../common/model/options";
import { ASYNC_OPERATION_STATUS } from "../../common/model/optionTables";
import { componentTypeLabel } from "./typeLabels";
import type { SystemJob } from "../../common/model/systemJobs";
import type { DependencyReading } from "../sources/dependencyReader";
import { DependencyListView, type ExportFile } from "./DependencyListView";
import { SystemJobsView } from "../../common/components/SystemJobsView";
import { useReadingState } from "./useReading";

export interface DependencyViewProps {
    field: FieldState;
    reading: DependencyReading;
    operation: OperationContext;
    /** The system jobs behind the operation; absent without Web API or record id. */
    jobs?: RefreshSource<SystemJob[]>;
    onOpenRecord(entityName: string, id: string): void;
    onExport: ExportFile;
}

export const DependencyView = React.memo(function DependencyView({ field, reading, operation, jobs, onOpenRecord, onExport }: DependencyViewProps) {
    return (
        <div className="aops-dependencies" style={{ display: "flex", flexDirection: "column", gap: 8, minWidth: 0 }}>
            <OperationHeader operation={operation} />
            <DependencyBody field={field} reading={reading} onExport={onExport} />
            {jobs ? <SystemJobsView source={jobs} onOpenRecord={onOpenRecord} /> : null}
        </div>
    );
});

const OperationHeader = React.memo(function OperationHeader({ operation }: { operation: OperationContext }) {
    const { t, compact } = useHost();
    const theme = useTheme();
    const { name, componentType, jobStatus } = operation;
    const status = React.useMemo(
        () => (jobStatus.value === null ? undefined : resolveOption(jobStatus.value, ASYNC_OPERATION_STATUS, t, jobStatus.metadata)),
        [jobStatus, t],
    );
    const masked = <span title={t("Field_MaskedHint")}>{t("Field_Masked")}</span>;
    const items: [string, React.ReactNode][] = [];
    if (name.state !== "empty") items.push([t("Context_Operation"), name.value ?? masked]);
    if (componentType.state !== "empty") items.push([t("Context_ComponentType"), componentType.value === null ? masked : componentTypeLabel(componentType.value, t)]);
    if (jobStatus.state !== "empty") items.push([t("Context_JobStatus"), status ? <StatusBadge option={status} /> : masked]);
    if (items.length === 0) return null;
    return (
        <dl
            className="aops-operation"
            style={{ display: "flex", flexDirection: compact ? "column" : "row", flexWrap: "wrap", gap: compact ? 4 : 16, margin: 0 }}
        >
            {items.map(([label, value]) => (
                <div key={label} style={{ display: "flex", gap: 6, alignItems: "center", minWidth: 0 }}>
                    <dt style={{ color: theme.palette.neutralSecondary }}>{label}</dt>
                    <dd style={{ margin: 0, fontWeight: 600, overflowWrap: "anywhere" }}>{value}</dd>
                </div>
            ))}
        </dl>
    );
});

interface DependencyBodyProps {
    field: FieldState;
    reading: DependencyReading;
    onExport: ExportFile;
}

const DependencyBody = React.memo(function DependencyBody({ field, reading, onExport }: DependencyBodyProps) {
    const { t, clock } = useHost();
    const state = useReadingState(reading);
    if (field === "masked") return <Text title={t("Field_MaskedHint")}>{t("Field_Masked")}</Text>;
    if (state.phase === "reading") {
        const percent = Math.floor(state.progress * 100);
        return (
            <ProgressIndicator
                label={t("Dependencies_Reading")}
                description={t("Dependencies_ReadingProgress", percent, state.length.toLocaleString(clock.locale))}
                percentComplete={state.progress}
            />
        );
    }
    const list = state.list;
    switch (list.kind) {
        case "empty":
            return <Text>{t("Dependencies_None")}</Text>;
        case "tooLarge":
            return (
                <MessageBar messageBarType={MessageBarType.warning}>
                    {t("Dependencies_TooLarge", list.length.toLocaleString(clock.locale), MAX_DEPENDENCY_CHARS.toLocaleString(clock.locale))}
                </MessageBar>
            );
        case "raw":
            return <RawText text={list.text} label={t("Dependencies_Label")} note={list.reason === "malformed" ? t("Dependencies_Malformed") : t("Dependencies_Raw")} />;
        default:
            return <DependencyListView list={list} onExport={onExport} />;
    }
});
