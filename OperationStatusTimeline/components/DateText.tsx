import * as React from "react";
import type { FieldRead } from "../../common/model/fieldRead";
import { dateTimeParts, isoInstant } from "../../common/model/dates";
import { useHost } from "../../common/components/HostContext";
import { FieldValue } from "../../common/components/FieldValue";

const NO_BREAK: React.CSSProperties = { whiteSpace: "nowrap" };

/** A date column in the user's time zone and locale, or why there is none. */
export const DateText = React.memo(function DateText({ read }: { read: FieldRead<Date> }) {
    const { clock } = useHost();
    return (
        <FieldValue read={read}>
            {(date) => {
                const [day, time] = dateTimeParts(date, clock);
                // The line may break between the date and the time, never inside either.
                return (
                    <time dateTime={isoInstant(date)}>
                        <span style={NO_BREAK}>{time ? day.trimEnd() : day}</span>
                        {time ? " " : null}
                        {time ? <span style={NO_BREAK}>{time}</span> : null}
                    </time>
                );
            }}
        </FieldValue>
    );
});
