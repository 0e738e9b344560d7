import * as React from "react";
import type { FieldRead } from "../host/fields";
import { useHost } from "./HostContext";
import { useSharedStyles } from "./styles";

/**
 * A value field security hides: "Restricted", with the reason as a tooltip and, for screen readers, in the
 * accessible text (a tooltip alone is not announced).
 */
export const RestrictedValue = React.memo(function RestrictedValue() {
    const { t } = useHost();
    const styles = useSharedStyles();
    return (
        <span className={styles.restricted} title={t("Field_MaskedHint")}>
            {t("Field_Masked")}
            <span className={styles.visuallyHidden}> ({t("Field_MaskedHint")})</span>
        </span>
    );
});

export interface FieldValueProps<T> {
    read: FieldRead<T>;
    /** How a present value shows. */
    children: (value: T) => React.ReactNode;
    /** What an empty field shows; "Not set" by default. */
    empty?: React.ReactNode;
}

/** A bound value as the user may see it: the value, "Restricted" when field security hides it, or "Not set". */
export function FieldValue<T>({ read, children, empty }: FieldValueProps<T>): React.ReactElement {
    const { t } = useHost();
    if (read.state === "masked") return <RestrictedValue />;
    if (read.state === "empty" || read.value === null) return <>{empty ?? t("Field_Empty")}</>;
    return <>{children(read.value)}</>;
}
