import * as React from "react";
import { numberText } from "../../common/model/text";
import { CopyButton } from "../../common/components/CopyButton";
import { Link } from "@fluentui/react/lib/Link";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { Text } from "@fluentui/react/lib/Text";
import { css } from "@fluentui/react/lib/Utilities";
import { StatusBadge } from "../../common/components/StatusBadge";
import { useHost } from "../../common/components/HostContext";
import { JsonView } from "../../common/components/JsonView";
import { RefreshStatus } from "../../common/components/RefreshStatus";
import { RestrictedValue } from "../../common/components/FieldValue";
import { useSharedStyles } from "../../common/components/styles";
import { useStore } from "../../common/components/useStore";
import { SystemJobsView } from "../../common/components/SystemJobsView";
import { fillNodes } from "../../common/components/Sentence";
import { LtrText } from "../../common/components/LtrText";
import { VisibleText } from "../../common/components/VisibleText";
import type { SystemJob } from "../../common/model/systemJobs";
import type { RefreshSource } from "../../common/sources/refreshSource";
import type { ReadonlyStore } from "../../common/sources/store";
import { newestStatus, type JobModel, type LiveStatus, type Regarding, type RegardingNames } from "../model/jobModel";
import type { PacketRow } from "../model/packetRows";
import type { SyncErrors } from "../model/syncErrors";
import type { TableDisplayNames } from "../sources/tableDisplayNames";
import { PacketsPanel } from "./PacketsPanel";
import { SyncErrorsView } from "./SyncErrorsView";
import { MarkFailedAction } from "./MarkFailedAction";
import type { MarkFailedSource } from "../sources/markFailed";
import type { PacketCap } from "../sources/packetSource";
import { rateOf } from "../model/packets";
import { useJobStyles } from "./styles";

/** Why packets are or are not read: a live Web API and saved record, or one of them missing. */
export type PacketAvailability = "live" | "noWebApi" | "noRecord";

export interface ProgressViewProps {
    model: JobModel;
    /** Reads the job's packets; owned by the control, absent when they cannot be read here. */
    packets: RefreshSource<PacketRow[]> | undefined;
    availability: PacketAvailability;
    /** The job's status as Dataverse last answered it, read with the packets. */
    liveStatus?: ReadonlyStore<LiveStatus | undefined>;
    /** Set when the page cap stopped the last packet read before its end. */
    capped?: ReadonlyStore<PacketCap | undefined>;
    /** When the form's status last changed (epoch milliseconds), to tell whether it or the last read is newer. */
    formAt: number;
    /** The system jobs regarding the job (common/sources/systemJobsSource.ts); absent where they cannot be read. */
    jobs?: RefreshSource<SystemJob[]>;
    /** The sync errors regarding the job (sources/syncErrorSource.ts); absent where they cannot be read. */
    syncErrors?: RefreshSource<SyncErrors>;
    /** The sync errors' tables by display name, where the host's metadata gives them. */
    tableNames?: TableDisplayNames;
    /** "Mark as failed", where the host can call the action; offered only on a stalled job that has not ended. */
    markFailed?: MarkFailedSource;
    /** The regarding record's table and primary name, read where the host can (sources/regardingSource.ts). */
    regardingNames?: ReadonlyStore<RegardingNames | undefined>;
    onOpenRecord(entityName: string, id: string): void;
}

export const ProgressView = React.memo(function ProgressView({
    model: formModel,
    packets,
    availability,
    liveStatus,
    formAt,
    capped: cappedStore,
    jobs,
    syncErrors,
    tableNames,
    markFailed,
    regardingNames,
    onOpenRecord,
}: ProgressViewProps) {
    const { t, compact, clock } = useHost();
    const live = useStore(liveStatus);
    const model = React.useMemo(() => newestStatus(formModel, formAt, live, t), [formModel, formAt, live, t]);
    const { classes } = useJobStyles();
    const shared = useSharedStyles();
    const snapshot = useStore(packets);
    const capped = useStore(cappedStore);
    const response = model.response;
    const responseError = response !== "masked" ? response.error : undefined;
    const gone = snapshot?.phase === "gone";
    const denied = snapshot?.phase === "denied";
    const packetRows = snapshot?.data;
    const readTime = snapshot?.readAt?.getTime();
    // Stalled by the same rule the packets panel uses: no packet for many usual gaps, and at least a minute.
    const stalled = React.useMemo(() => (packetRows ? rateOf(packetRows, undefined, readTime)?.stalledMs !== undefined : false), [packetRows, readTime]);
    const firstRead = snapshot !== undefined && snapshot.data === undefined && snapshot.failures === 0 && !gone && !denied;

    return (
        <div className={css("aops-progress", compact ? classes.progressCompact : classes.progress)}>
            {responseError ? (
                <MessageBar
                    messageBarType={MessageBarType.error}
                    isMultiline
                    className="aops-response-error"
                    actions={<CopyButton text={() => responseError} label={t("Error_Copy")} />}
                >
                    {fillNodes(t("Response_Error"), [<VisibleText key="error" text={responseError} />])}
                </MessageBar>
            ) : null}
            <div className={compact ? classes.headerCompact : shared.row}>
                {model.status ? <StatusBadge option={model.status} caption={t("Progress_Status")} /> : null}
                {model.statusMasked ? (
                    <Text>
                        {t("Progress_Status")}: <RestrictedValue />
                    </Text>
                ) : null}
                {model.type || model.typeMasked ? (
                    <Text className={classes.muted}>
                        {t("Progress_Type")}: {model.type ? model.type.label : <RestrictedValue />}
                    </Text>
                ) : null}
                <RegardingLine regarding={model.regarding} names={regardingNames} onOpenRecord={onOpenRecord} />
                {markFailed ? <MarkFailedAction source={markFailed} offered={!model.final && stalled} /> : null}
            </div>
            <PacketsPanel expected={model.expected} packets={snapshot?.data} look={model.look} processing={model.processing} readAt={snapshot?.readAt} />
            {firstRead ? <Text>{t("Packets_Counting")}</Text> : null}
            {capped ? (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline className="aops-packets-capped">
                    {t("Packets_Capped", numberText(capped.counted, clock.locale), numberText(capped.pages, clock.locale))}
                </MessageBar>
            ) : null}
            {availability !== "live" ? (
                <MessageBar messageBarType={MessageBarType.info} isMultiline className="aops-not-counted">
                    {t("Packets_NotCounted")}
                </MessageBar>
            ) : null}
            {gone ? (
                <MessageBar messageBarType={MessageBarType.info} isMultiline>
                    {t("Packets_Unavailable")}
                </MessageBar>
            ) : null}
            {denied ? (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline className="aops-packets-forbidden">
                    {t("Packets_Forbidden")}
                </MessageBar>
            ) : null}
            {snapshot && !gone && !denied && !firstRead ? <RefreshStatus source={packets} snapshot={snapshot} /> : null}
            {response === "masked" || response.read.kind !== "empty" ? (
                <section className="aops-response" aria-label={t("Response_Label")}>
                    <span role="heading" aria-level={3} className={`${shared.sectionTitle} ${classes.responseTitle}`}>
                        {t("Response_Label")}
                    </span>
                    {response === "masked" ? (
                        <Text>
                            <RestrictedValue />
                        </Text>
                    ) : (
                        <JsonView source={response.read} label={t("Response_Label")} initialDepth={1} />
                    )}
                </section>
            ) : null}
            {syncErrors ? <SyncErrorsView source={syncErrors} tableNames={tableNames} /> : null}
            {jobs ? <SystemJobsView source={jobs} onOpenRecord={onOpenRecord} /> : null}
        </div>
    );
});

const RegardingLine = React.memo(function RegardingLine({
    regarding,
    names: namesStore,
    onOpenRecord,
}: {
    regarding: Regarding;
    names?: ReadonlyStore<RegardingNames | undefined>;
    onOpenRecord(entityName: string, id: string): void;
}) {
    const { t, dark } = useHost();
    const { darkLink } = useJobStyles();
    const shared = useSharedStyles();
    const names = useStore(namesStore);
    if (regarding.kind === "none") return null;
    let value: React.ReactNode;
    if (regarding.kind === "masked") value = <RestrictedValue />;
    else if (regarding.kind === "text") value = <VisibleText text={regarding.text} />;
    else {
        const { entityName, id } = regarding;
        // The table's display name and the record's name where Dataverse gave them; the GUID only without a name.
        const text = names ? (
            fillNodes(t("Regarding_Record"), [
                <LtrText key="table" dir="auto">
                    {names.table}
                </LtrText>,
                names.name !== undefined ? <VisibleText text={names.name} /> : <LtrText>{id}</LtrText>,
            ])
        ) : (
            <LtrText>
                {entityName} {id}
            </LtrText>
        );
        value = (
            <Link onClick={() => onOpenRecord(entityName, id)} title={t("Regarding_Open")} styles={dark ? darkLink : undefined}>
                {text}
            </Link>
        );
    }
    return (
        <Text className={css("aops-regarding", shared.wrap)}>
            {t("Regarding_Label")}: {value}
        </Text>
    );
});
