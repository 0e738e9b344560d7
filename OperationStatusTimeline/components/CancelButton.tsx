import * as React from "react";
import { DefaultButton } from "@fluentui/react/lib/Button";
import { TooltipHost } from "@fluentui/react/lib/Tooltip";
import { getId } from "@fluentui/react/lib/Utilities";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";
import type { CancelRequest, CancelSnapshot } from "../sources/cancelRequest";
import type { Phase } from "../model/timelineModel";

interface CancelButtonProps {
    action: CancelRequest;
    snapshot: CancelSnapshot;
    phase: Phase;
}

const CANCEL_ICON = { iconName: "Cancel" };

/**
 * Offered while the operation waits for resources. Once it runs Dataverse no longer stops it, so the
 * button stays visible but disabled, with the reason as its tooltip and description.
 */
export const CancelButton = React.memo(function CancelButton({ action, snapshot, phase }: CancelButtonProps) {
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
    const ask = () =>
        void action.run({
            title: t("Cancel_ConfirmTitle"),
            text: t("Cancel_ConfirmText"),
            confirmButtonLabel: t("Cancel_ConfirmYes"),
            cancelButtonLabel: t("Cancel_ConfirmNo"),
        });
    return <DefaultButton text={snapshot.phase === "saving" ? t("Cancel_Pending") : t("Cancel_Button")} iconProps={CANCEL_ICON} disabled={busy} onClick={ask} />;
});
