import * as React from "react";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { StatusBadge } from "../../common/components/StatusBadge";
import { RefreshStatus } from "../../common/components/RefreshStatus";
import { FieldValue } from "../../common/components/FieldValue";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";
import { useClock, useStore } from "../../common/components/useStore";
import { useFlowFocus } from "../../common/components/useFlowFocus";
import { VisibleText } from "../../common/components/VisibleText";
import { TechnicalDetails } from "../../common/components/TechnicalDetails";
import { fillNodes, Sentence } from "../../common/components/Sentence";
import { userMessage } from "../../common/model/dataverseErrors";
import { formIsNewer } from "../../common/model/freshness";
import type { OptionMetadataLike } from "../../common/model/options";
import type { Translate } from "../../common/model/text";
import type { RefreshSource } from "../../common/sources/refreshSource";
import type { ReadonlyStore } from "../../common/sources/store";
import { keepUnchanged, rowStamp, valuesFromRow, type OperationRow, type OperationValues } from "../model/operationValues";
import { timelineModel, withCancelRequested, STATUS, type TimelineModel, type TimelineWarning } from "../model/timelineModel";
import type { CancelRequest, CancelSnapshot } from "../sources/cancelRequest";
import { StepList } from "./StepList";
import { Details } from "./Details";
import { ErrorCard } from "./ErrorCard";
import { ParametersSection } from "./ParametersView";
import { CancelButton, CancelQuestion } from "./CancelButton";
import { useTimelineStyles } from "./styles";

interface TimelineViewProps {
    /** The values bound on the form. */
    values: OperationValues;
    /** When the form's values last changed (epoch ms): values newer than the last read win over it. */
    formAt: number;
    statusOptions?: readonly OptionMetadataLike[];
    stateOptions?: readonly OptionMetadataLike[];
    /** Re-reads of the row, when the host allows them. */
    refresh?: RefreshSource<OperationRow>;
    /** The cancel request, when the user may make it. */
    cancel?: CancelRequest;
    /** The host can read the row (webAPI and a record id). */
    live: boolean;
    /** The control's live clock, for the elapsed time of a running operation. */
    clock?: ReadonlyStore<number>;
    /** The name of the user the run executes as, once read (the id stands until then, or for good). */
    runAsName?: ReadonlyStore<string | undefined>;
}

const FIELD_LABEL = { createdOn: "Time_Created", startTime: "Time_Started", endTime: "Time_Ended" } as const;

function warningText(t: Translate, warning: TimelineWarning): string {
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

export const TimelineView = React.memo(function TimelineView({
    values,
    formAt,
    statusOptions,
    stateOptions,
    refresh,
    cancel,
    live,
    clock,
    runAsName,
}: TimelineViewProps) {
    const { t, compact } = useHost();
    const shared = useSharedStyles();
    const styles = useTimelineStyles();
    const snapshot = useStore(refresh);
    const cancelSnapshot = useStore(cancel);
    const row = snapshot?.data;
    const requested = cancelSnapshot?.phase === "requested";
    // A read that brings nothing new hands the views the same values, so they do not re-render.
    const previous = React.useRef<OperationValues | undefined>(undefined);
    // The newest values win: a read over the form's values, unless the form changed after that read.
    const readAt = snapshot?.readAt;
    const fromRead = row !== undefined && !formIsNewer(formAt, { data: row, readAt }, { read: rowStamp(row) });
    const current = React.useMemo(() => {
        const read = fromRead && row ? valuesFromRow(row, values) : values;
        return keepUnchanged(previous.current, requested ? withCancelRequested(read) : read);
    }, [fromRead, row, values, requested]);
    React.useEffect(() => {
        previous.current = current;
    });
    const gone = snapshot?.phase === "gone";
    // A vanished row keeps its last values, but nothing about it is live any more; nor after destroy().
    const running = !gone && snapshot?.phase !== "disposed" && current.statusReason.value === STATUS.inProgress && current.startTime.state === "value";
    const now = useClock(clock, running);
    const model = React.useMemo(() => timelineModel(current, { t, statusOptions, stateOptions, now }), [current, t, statusOptions, stateOptions, now]);
    const announcement = useStatusAnnouncement(model);
    // A host without a confirm dialog: the control asks itself, in place of the button, while the run waits.
    const asking = cancel !== undefined && cancelSnapshot?.phase === "asking" && !gone && model.phase === "waiting";
    // After a cancel: back to the button when declined; to the status (now Canceling) or the refusal when answered.
    const cancelPhase = cancelSnapshot?.phase;
    const cancelFocus = useFlowFocus(
        cancelPhase === "confirming" || cancelPhase === "asking" || cancelPhase === "saving",
        cancelPhase === "requested" || cancelPhase === "refused",
    );

    return (
        <div className={`aops-timeline ${compact ? styles.timelineCompact : styles.timeline}`} data-phase={model.phase}>
            <div className={styles.header}>
                <div className={shared.row} ref={cancelFocus.result as React.RefObject<HTMLDivElement>} tabIndex={-1}>
                    <span role="heading" aria-level={3} className={shared.title}>
                        {model.title ? <VisibleText text={model.title} /> : t("Timeline_Label")}
                    </span>
                    <FieldValue read={current.statusReason}>{() => <StatusBadge option={model.status} caption={t("Timeline_Status")} />}</FieldValue>
                </div>
                {cancel && cancelSnapshot && !gone && !asking ? (
                    <CancelButton action={cancel} snapshot={cancelSnapshot} phase={model.phase} focus={cancelFocus} />
                ) : null}
            </div>
            {model.state ? (
                <div className={shared.secondary}>
                    <Sentence template={t("State_Line")} args={[<bdi key="state">{model.state.label}</bdi>]} />
                </div>
            ) : null}
            <div role="status" aria-live="polite" aria-atomic="true" className={shared.visuallyHidden}>
                {announcement}
            </div>
            {gone ? (
                // The row was deleted (its time to live ran out): said first and clearly, since it changes the
                // meaning of every value below, not as a quiet refresh note.
                <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                    {t("Gone_Message")}
                </MessageBar>
            ) : null}
            {asking && cancel ? <CancelQuestion action={cancel} /> : null}
            {cancelSnapshot?.phase === "refused" ? <CancelRefusal snapshot={cancelSnapshot} /> : null}
            {model.phase === "masked" ? <p className={`aops-steps-masked ${shared.restricted}`}>{t("Steps_Masked")}</p> : <StepList steps={model.steps} />}
            {model.warnings.map((warning) => (
                <MessageBar key={warning.kind + ("field" in warning ? warning.field : "")} messageBarType={MessageBarType.warning} isMultiline>
                    {warningText(t, warning)}
                </MessageBar>
            ))}
            <Details model={model} live={!gone} priority={current.priority} runAs={current.runAs} runAsName={runAsName} />
            {model.error ? <ErrorCard error={model.error} /> : null}
            <ParametersSection label={t("Property_inputParameters")} read={current.inputParameters} />
            <ParametersSection label={t("Property_outputParameters")} read={current.outputParameters} />
            {!gone && (snapshot || (!live && !model.terminal)) ? <RefreshStatus source={refresh} snapshot={snapshot} /> : null}
        </div>
    );
});

/** Dataverse's refusal of a cancel in its own words; anything else as a sentence, the details behind a toggle. */
function CancelRefusal({ snapshot }: { snapshot: CancelSnapshot }) {
    const { t } = useHost();
    const reason = userMessage(snapshot.error);
    return (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {reason ? (
                fillNodes(t("Cancel_Refused"), [<VisibleText key="reason" text={reason} />])
            ) : (
                <>
                    {t("Cancel_RefusedGeneric")} <TechnicalDetails error={snapshot.error} />
                </>
            )}
        </MessageBar>
    );
}

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
