import * as React from "react";
import type { FieldRead } from "../../common/host/fields";
import { formatDateTime, isoInstant } from "../../common/model/dates";
import { useHost } from "../../common/components/HostContext";

/** A date column in the user's time zone and locale, or why there is none. */
export const DateText = React.memo(function DateText({ read }: { read: FieldRead<Date> }) {
    const { t, clock } = useHost();
    if (read.state === "masked") return <span title={t("Field_MaskedHint")}>{t("Field_Masked")}</span>;
    if (read.state === "empty" || !read.value) return <span>{t("Field_Empty")}</span>;
    return <time dateTime={isoInstant(read.value)}>{formatDateTime(read.value, clock)}</time>;
});
