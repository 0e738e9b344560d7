import * as React from "react";
import { Text } from "@fluentui/react/lib/Text";
import { useHost } from "../../common/components/HostContext";
import type { FieldState } from "../../common/host/fields";
import type { DependencyList } from "../model/dependencies";

export interface DependencyViewProps {
    field: FieldState;
    list: DependencyList;
}

export const DependencyView = React.memo(function DependencyView({ field, list }: DependencyViewProps) {
    const { t, clock } = useHost();
    if (field === "masked") return <Text title={t("Field_MaskedHint")}>{t("Field_Masked")}</Text>;
    if (list.kind === "empty") return <Text>{t("Dependencies_None")}</Text>;
    if (list.kind === "raw") return <Text>{t("Json_Malformed")}</Text>;
    return <Text variant="mediumPlus">{t("Dependencies_Count", list.items.length.toLocaleString(clock.locale))}</Text>;
});
