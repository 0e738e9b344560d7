import * as React from "react";
import { elapsedText } from "../model/dates";
import type { ReadonlyStore } from "../sources/store";
import { useHost } from "./HostContext";
import { useSharedStyles } from "./styles";
import { useStore } from "./useStore";

export interface LiveDurationProps {
    /** When the wait or the run began. */
    since: Date;
    /** A resx key with one placeholder for the duration: "Duration_Running" ("Running for {0}"). */
    label: string;
    /** The control's one live clock (common/sources/ticker.ts); listening keeps it ticking. */
    clock: ReadonlyStore<number>;
    /** Always the whole sentence, for a place where nothing beside it says waiting or running (a date column). */
    sentence?: boolean;
}

/**
 * A duration that counts up once a second from `since`, for a queued or running operation. Where the
 * status beside it already says waiting or running (a grid cell), the duration shows alone, which fits
 * any column in any language; the sentence is read by screen readers and is the tooltip. At phone width
 * (cards) the sentence shows.
 */
export const LiveDuration = React.memo(function LiveDuration({ since, label, clock, sentence: whole = false }: LiveDurationProps) {
    const { t, clock: userClock, compact } = useHost();
    const shared = useSharedStyles();
    const now = useStore(clock) ?? clock.current;
    const text = elapsedText(since, now, userClock.locale);
    if (text === null) return null;
    const sentence = t(label, text);
    if (compact || whole) return <span title={sentence}>{sentence}</span>;
    return (
        <span title={sentence} data-live-duration="true">
            <span aria-hidden="true">{text}</span>
            <span className={shared.visuallyHidden}>{sentence}</span>
        </span>
    );
});
