import * as React from "react";
import { DefaultButton, PrimaryButton, type IButton } from "@fluentui/react/lib/Button";
import { TooltipHost } from "@fluentui/react/lib/Tooltip";
import { getId } from "@fluentui/react/lib/Utilities";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";
import type { FlowFocus } from "../../common/components/useFlowFocus";
import type { CancelRequest, CancelSnapshot } from "../sources/cancelRequest";
import type { Phase } from "../model/timelineModel";
import { useTimelineStyles } from "./styles";

interface CancelButtonProps {
    action: CancelRequest;
    snapshot: CancelSnapshot;
    phase: Phase;
    /** Where focus goes when the flow ends (TimelineView's useFlowFocus). */
    focus: FlowFocus;
}

const CANCEL_ICON = { iconName: "Cancel" };

/**
 * Offered while the operation waits for resources. Once it runs Dataverse no longer stops it, so the
 * button stays visible but disabled, with the reason as its tooltip and description.
 */
export const CancelButton = React.memo(function CancelButton({ action, snapshot, phase, focus }: CancelButtonProps) {
    const { t } = useHost();
    const shared = useSharedStyles();
    const [reasonId] = React.useState(() => getId("aops-cancel-reason"));
    if (phase === "inProgress") {
        return (
            <TooltipHost content={t("Cancel_Started")}>
                <DefaultButton text={t("Cancel_Button")} disabled allowDisabledFocus aria-describedby={reasonId} iconProps={CANCEL_ICON} />
                <span id={reasonId} className={shared.visuallyHidden}>
                    {t("Cancel_Started")}
                </span>
            </TooltipHost>
        );
    }
    if (phase !== "waiting") return null;
    const busy = snapshot.phase === "confirming" || snapshot.phase === "saving";
    const ask = () => {
        focus.begin();
        void action.run({
            title: t("Cancel_ConfirmTitle"),
            text: t("Cancel_ConfirmText"),
            confirmButtonLabel: t("Cancel_ConfirmYes"),
            cancelButtonLabel: t("Cancel_ConfirmNo"),
        });
    };
    return (
        <DefaultButton
            elementRef={focus.opener}
            text={snapshot.phase === "saving" ? t("Cancel_Pending") : t("Cancel_Button")}
            iconProps={CANCEL_ICON}
            disabled={busy}
            onClick={ask}
        />
    );
});

/**
 * The confirmation asked inside the control where the host has no dialog (canvas apps, custom pages) or
 * its dialog failed: the same question and buttons, with focus on the safe answer.
 */
export const CancelQuestion = React.memo(function CancelQuestion({ action }: { action: CancelRequest }) {
    const { t } = useHost();
    const shared = useSharedStyles();
    const styles = useTimelineStyles();
    const [titleId] = React.useState(() => getId("aops-cancel-question"));
    const keep = React.useRef<IButton>(null);
    React.useEffect(() => {
        keep.current?.focus();
    }, []);
    return (
        <div role="group" aria-labelledby={titleId} className={`aops-cancel-question ${styles.question}`}>
            <div id={titleId} className={shared.strong}>
                {t("Cancel_ConfirmTitle")}
            </div>
            <div className={shared.body}>{t("Cancel_ConfirmText")}</div>
            <div className={styles.questionButtons}>
                <PrimaryButton text={t("Cancel_ConfirmYes")} onClick={() => void action.answer(true)} />
                <DefaultButton componentRef={keep} text={t("Cancel_ConfirmNo")} onClick={() => void action.answer(false)} />
            </div>
        </div>
    );
});
