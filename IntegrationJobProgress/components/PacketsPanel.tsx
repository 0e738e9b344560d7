import * as React from "react";
import { ProgressIndicator } from "@fluentui/react/lib/ProgressIndicator";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { Text } from "@fluentui/react/lib/Text";
import { useControlTheme } from "../../common/components/useControlTheme";
import { css } from "@fluentui/react/lib/Utilities";
import { formatDuration } from "../../common/model/dates";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";
import { toneColor } from "../../common/components/StatusBadge";
import type { Tone } from "../../common/model/options";
import { countText, percentText, type Translate, numberText } from "../../common/model/text";
import type { BarLook } from "../model/jobModel";
import { countPackets, formatRanges, progressOf, rateOf, type ExpectedPackets, type SequenceRange } from "../model/packets";
import type { PacketRow } from "../model/packetRows";
import { useJobStyles } from "./styles";

export interface PacketsPanelProps {
    expected: ExpectedPackets;
    /** The packets read, or undefined when they are not (yet) known. */
    packets: readonly PacketRow[] | undefined;
    look: BarLook;
    /** Rate and time left are shown only while the job is processing. */
    processing: boolean;
    /** When the packets were read. */
    readAt?: Date;
}

/** The bar takes the colors status badges use for the same kind of outcome. */
const BAR_TONE: Readonly<Record<BarLook, Tone>> = { done: "success", failed: "error", skipped: "warning", active: "progress", idle: "neutral" };

function expectedMessage(expected: ExpectedPackets, t: Translate, format: (n: number) => string): string | undefined {
    switch (expected.kind) {
        case "masked":
            return t("Expected_Masked");
        case "empty":
            return t("Expected_Empty");
        case "zero":
            return t("Expected_Zero");
        case "negative":
            return t("Expected_Negative", format(expected.value));
        case "absurd":
            return t("Expected_Absurd", format(expected.value));
        default:
            return undefined;
    }
}

function listWithMore(text: string, more: number, t: Translate, format: (n: number) => string): string {
    return more > 0 ? t("Packets_ListMore", text, format(more)) : text;
}

const ITEM_LIMIT = 20;

/** Packets received of expected as a bar with counts and percent, then what is missing, doubled or extra. */
export const PacketsPanel = React.memo(function PacketsPanel({ expected, packets, look, processing, readAt }: PacketsPanelProps) {
    const { t, clock } = useHost();
    const theme = useControlTheme();
    const format = React.useCallback((n: number) => numberText(n, clock.locale), [clock.locale]);
    // Sequence numbers are identifiers: locale digits, never grouped.
    const sequenceNumber = React.useMemo(() => new Intl.NumberFormat(clock.locale, { useGrouping: false }), [clock.locale]);
    const formatSequence = React.useCallback((n: number) => sequenceNumber.format(n), [sequenceNumber]);
    const expectedCount = expected.kind === "count" ? expected.value : null;
    const count = React.useMemo(() => (packets ? countPackets(packets, expectedCount) : undefined), [packets, expectedCount]);
    const progress = count && expectedCount !== null ? progressOf(count, expectedCount) : undefined;
    const remaining = progress ? progress.expected - progress.received : undefined;
    // The bar never reads complete while the job has not succeeded (more packets than expected included).
    const barFraction = progress ? (look === "done" ? progress.fraction : Math.min(progress.fraction, 0.99)) : 0;
    const readTime = readAt?.getTime();
    const rate = React.useMemo(() => (packets && processing ? rateOf(packets, remaining, readTime) : undefined), [packets, processing, remaining, readTime]);
    const problem = expectedMessage(expected, t, format);
    const color = toneColor(theme, BAR_TONE[look]);
    const percent = progress ? percentText(progress.percent / 100, clock.locale) : "";
    const { classes } = useJobStyles();
    // The bar's color follows the job's status, so these styles are per render rather than per theme.
    const barStyles = React.useMemo(
        () => ({
            progressBar: { backgroundColor: color, transition: "none" },
            // The counts under the bar are body text, as the missing line below them is: one size in the block.
            itemDescription: { ...theme.fonts.medium, color: theme.palette.neutralPrimary },
        }),
        [color, theme],
    );

    return (
        <div className={css("aops-packets", classes.packets)} data-look={look}>
            {progress ? (
                <ProgressIndicator
                    label={t("Packets_Label")}
                    description={
                        progress.over > 0
                            ? t("Packets_SummaryOver", format(progress.received + progress.over), format(progress.expected), format(progress.over))
                            : t("Packets_Summary", format(progress.received), format(progress.expected), percent)
                    }
                    percentComplete={barFraction}
                    ariaValueText={t("Packets_ValueText", format(progress.received), format(progress.expected))}
                    barHeight={6}
                    styles={barStyles}
                />
            ) : expectedCount !== null ? (
                <Text>{countText(t, "Progress_Expected", expectedCount, format(expectedCount))}</Text>
            ) : count ? (
                <Text>{countText(t, "Packets_Received", count.received, format(count.received))}</Text>
            ) : null}
            {problem ? (
                <MessageBar messageBarType={expected.kind === "masked" ? MessageBarType.info : MessageBarType.warning} isMultiline>
                    {problem}
                </MessageBar>
            ) : null}
            {progress && progress.over > 0 && count ? (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                    {t(
                        "Packets_Over",
                        format(progress.over),
                        format(progress.expected),
                        listWithMore(
                            count.unexpected.slice(0, ITEM_LIMIT).map(formatSequence).join(t("List_Separator")),
                            count.unexpected.length - ITEM_LIMIT,
                            t,
                            format,
                        ),
                    )}
                </MessageBar>
            ) : null}
            {count && count.missing.length > 0 && count.distinct === 0 && look !== "skipped" ? (
                <Text className="aops-none-yet">{t("Packets_NoneYet")}</Text>
            ) : null}
            {/* Nothing received yet lists no range of every number; a skipped job gets none, so none is missing. */}
            {count && count.missing.length > 0 && count.distinct > 0 && look !== "skipped" ? (
                <MissingLine ranges={count.missing} missingCount={count.missingCount} format={format} />
            ) : null}
            {count && count.duplicates.length > 0 ? (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline className="aops-duplicates">
                    {t(
                        "Packets_Duplicates",
                        listWithMore(
                            count.duplicates
                                .slice(0, ITEM_LIMIT)
                                .map((d) => t("Packets_DuplicateItem", formatSequence(d.sequence), format(d.count)))
                                .join(t("List_Separator")),
                            count.duplicates.length - ITEM_LIMIT,
                            t,
                            format,
                        ),
                    )}
                </MessageBar>
            ) : null}
            {count && count.unnumbered > 0 ? (
                <Text variant="small">{countText(t, "Packets_Unnumbered", count.unnumbered, format(count.unnumbered))}</Text>
            ) : null}
            {progress?.complete && progress.over === 0 ? <Text variant="small">{t("Packets_Complete")}</Text> : null}
            {rate && rate.stalledMs === undefined ? (
                <dl className={css("aops-rate", classes.rate)}>
                    <div>
                        <dt className={classes.rateLabel}>{t("Rate_Label")}: </dt>
                        <dd className={classes.rateValue}>
                            {t(
                                "Rate_Value",
                                new Intl.NumberFormat(clock.locale, { maximumFractionDigits: rate.perMinute < 10 ? 1 : 0 }).format(rate.perMinute),
                            )}
                        </dd>
                    </div>
                    {rate.remainingMs !== undefined ? (
                        <div>
                            <dt className={classes.rateLabel}>{t("Eta_Label")}: </dt>
                            <dd className={classes.rateValue}>{t("Eta_Value", formatDuration(rate.remainingMs, clock.locale) ?? "")}</dd>
                        </div>
                    ) : null}
                </dl>
            ) : null}
            {rate?.stalledMs !== undefined ? (
                // Packets stopped coming: a warning, and no rate or time left that no longer hold.
                <MessageBar messageBarType={MessageBarType.warning} isMultiline className="aops-stalled">
                    {t("Rate_Stalled", formatDuration(rate.stalledMs, clock.locale) ?? "")}
                </MessageBar>
            ) : null}
        </div>
    );
});

const MissingLine = React.memo(function MissingLine({
    ranges,
    missingCount,
    format,
}: {
    ranges: readonly SequenceRange[];
    missingCount: number;
    format: (n: number) => string;
}) {
    const { t, clock } = useHost();
    const { classes } = useJobStyles();
    const shared = useSharedStyles();
    const { text, more } = formatRanges(ranges, clock.locale, ITEM_LIMIT, t("List_Separator"));
    return (
        <Text className={css("aops-missing", classes.missing, shared.wrap)}>
            {t("Packets_Missing", format(missingCount), listWithMore(text, more, t, format))}
        </Text>
    );
});
