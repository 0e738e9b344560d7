import * as React from "react";
import { Text } from "@fluentui/react/lib/Text";
import { StatusBadge } from "../../common/components/StatusBadge";
import { useHost } from "../../common/components/HostContext";
import type { StatusModel } from "../model/statusModel";

export interface TimelineViewProps {
    model: StatusModel;
}

export const TimelineView = React.memo(function TimelineView({ model }: TimelineViewProps) {
    const { t } = useHost();
    return (
        <div className="aops-timeline" style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
            <Text variant="mediumPlus">{t("Timeline_Status")}</Text>
            {model.field === "masked" ? (
                <span title={t("Field_MaskedHint")}>{t("Field_Masked")}</span>
            ) : model.field === "empty" ? (
                <span>{t("Field_Empty")}</span>
            ) : (
                <StatusBadge option={model.status} />
            )}
            {model.state ? <StatusBadge option={model.state} /> : null}
        </div>
    );
});
