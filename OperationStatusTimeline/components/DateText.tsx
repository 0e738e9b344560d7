import * as React from "react";
import type { FieldRead } from "../../common/model/fieldRead";
import { formatDateTime, isoInstant } from "../../common/model/dates";
import { useHost } from "../../common/components/HostContext";
import { FieldValue } from "../../common/components/FieldValue";

/** A date column in the user's time zone and locale, or why there is none. */
export const DateText = React.memo(function DateText({ read }: { read: FieldRead<Date> }) {
    const { clock } = useHost();
    return <FieldValue read={read}>{(date) => <time dateTime={isoInstant(date)}>{formatDateTime(date, clock)}</time>}</FieldValue>;
});
