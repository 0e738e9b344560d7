import * as React from "react";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";

/** Where a host gave the customizer no grid (a form field, the test harness): what it is for, instead of nothing. */
export const NotInGrid = React.memo(function NotInGrid() {
    const { t } = useHost();
    const styles = useSharedStyles();
    return <p className={`aops-cells-not-in-grid ${styles.secondary}`}>{t("Cells_NotInGrid")}</p>;
});
