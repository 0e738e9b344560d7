import * as React from "react";
import { DefaultButton } from "@fluentui/react/lib/Button";
import { TooltipHost } from "@fluentui/react/lib/Tooltip";
import { getId } from "@fluentui/react/lib/Utilities";
import { useHost } from "../../common/components/HostContext";
import { visuallyHidden } from "../../common/components/StatusBadge";
import type { CancelRequest, CancelSnapshot } from "../sources/cancelRequest";
import type { Phase } from "../model/timelineModel";

export interface CancelButtonProps {
    action: CancelRequest;
    snapshot: CancelSnapshot;
    phase: Phase;
}

/**
 * Offered while the operation waits for resources. Once it runs Dataverse no longer stops it, so the
 * button stays visible but disabled, with the reason as its tooltip and description.
 */
export const CancelButton = React.memo(function CancelButton({ action, snapshot, phase }: CancelButtonProps) {
    const { t } = useHost();
    const [reasonId] = React.useState(() => getId("aops-cancel-reason"));
    if (phase === "inProgress") {
        return (
            <TooltipHost content={t("Cancel_Started")}>
                <DefaultButton text={t("Cancel_Button")} disabled allowDisabledFocus aria-describedby={reasonId} iconProps={{ iconName: "Cancel" }} />
                <span id={reasonId} style={visuallyHidden}>
                    {t("Cancel_Started")}
                </span>
            </TooltipHost>
        );
    }
    if (phase !== "waiting") return null;
    const busy = snapshot.phase === "confirming" || snapshot.phase === "saving";
    return (
        <DefaultButton
            text={snapshot.phase === "saving" ? t("Cancel_Pending") : t("Cancel_Button")}
            iconProps={{ iconName: "Cancel" }}
            disabled={busy}
            onClick={() =>
                void action.run({
                    title: t("Cancel_ConfirmTitle"),
                    text: t("Cancel_ConfirmText"),
                    confirmButtonLabel: t("Cancel_ConfirmYes"),
                    cancelButtonLabel: t("Cancel_ConfirmNo"),
                })
            }
        />
    );
});
