import * as React from "react";
import { Text } from "@fluentui/react/lib/Text";
import { StatusBadge } from "../../common/components/StatusBadge";
import { useHost } from "../../common/components/HostContext";
import type { JobModel } from "../model/jobModel";

export const ProgressView = React.memo(function ProgressView({ model }: { model: JobModel }) {
    const { t, clock } = useHost();
    const { expected } = model;
    return (
        <div className="aops-progress" style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
            <Text variant="mediumPlus">
                {expected.state === "masked"
                    ? t("Field_Masked")
                    : expected.state === "empty"
                      ? t("Field_Empty")
                      : t("Progress_Expected", (expected.value ?? 0).toLocaleString(clock.locale))}
            </Text>
            {model.status ? <StatusBadge option={model.status} caption={t("Progress_Status")} /> : null}
        </div>
    );
});
