import * as React from "react";
import { numberText } from "../../common/model/text";
import { useControlTheme } from "../../common/components/useControlTheme";
import { Icon } from "@fluentui/react/lib/Icon";
import { css } from "@fluentui/react/lib/Utilities";
import { useHost } from "../../common/components/HostContext";
import { optionColor } from "../../common/components/StatusBadge";
import { useSharedStyles } from "../../common/components/styles";
import type { Translate } from "../../common/model/text";
import { MAX_RETRIES, type TimelineStep } from "../model/timelineModel";
import { DateText } from "./DateText";
import { STEP_LABEL, useTimelineStyles } from "./styles";

const STATE_TEXT = { done: "StepState_Done", current: "StepState_Current", notReached: "StepState_NotReached", skipped: "StepState_Skipped" } as const;

/** The run's steps in order; vertical on a phone-width form. */
export const StepList = React.memo(function StepList({ steps }: { steps: TimelineStep[] }) {
    const { t, compact } = useHost();
    const styles = useTimelineStyles();
    return (
        <ol
            className={`aops-steps ${compact ? styles.stepsCompact : styles.steps}`}
            aria-label={t("Timeline_Steps")}
            style={{ flexDirection: compact ? "column" : "row" }}
        >
            {steps.map((step, index) => (
                <Step key={step.kind} step={step} last={index === steps.length - 1} />
            ))}
        </ol>
    );
});

/** "Retry 2 of 3", counted in the user's digits. */
function retryText(t: Translate, count: number, locale: string): string {
    const n = (value: number): string => numberText(value, locale);
    return count <= MAX_RETRIES ? t("Retry_Badge", n(count), n(MAX_RETRIES)) : t("Retry_BadgeMore", n(count));
}

/** One step: its marker (colored as the option set colors the status) and the line to the next, then its text. */
export const Step = React.memo(function Step({ step, last }: { step: TimelineStep; last: boolean }) {
    const { t, compact, clock } = useHost();
    const theme = useControlTheme();
    const shared = useSharedStyles();
    const styles = useTimelineStyles();
    const reached = step.state === "done" || step.state === "current";
    // Passed steps all look passed (the theme color, filled and checked), whatever their status color; only
    // the current step wears its status's own color, from the option set's metadata.
    const color = step.option ? optionColor(theme, step.option) : theme.palette.themePrimary;
    const markerClass = { done: styles.markerDone, current: styles.markerCurrent, notReached: styles.markerNotReached, skipped: styles.markerSkipped }[
        step.state
    ];
    const current: React.CSSProperties | undefined =
        step.state === "current" ? { borderColor: color, boxShadow: `0 0 0 3px ${theme.palette.white}, 0 0 0 5px ${color}` } : undefined;
    return (
        <li
            className={`aops-step ${compact ? styles.stepCompact : styles.step}`}
            data-step={step.kind}
            data-state={step.state}
            aria-current={step.state === "current" ? "step" : undefined}
        >
            <span aria-hidden="true" className={compact ? styles.trackCompact : styles.track}>
                <span className={css(styles.marker, markerClass)} style={current}>
                    {step.state === "done" ? <Icon iconName="CheckMark" className={styles.markerIconDone} /> : null}
                    {step.state === "skipped" ? <Icon iconName="Remove" className={styles.markerIconSkipped} /> : null}
                </span>
                {!compact && !last ? <span className={css(styles.connector, step.state === "done" && styles.connectorDone)} /> : null}
            </span>
            <span className={styles.stepText}>
                <bdi className={styles[STEP_LABEL[step.state]]}>{step.label}</bdi>
                <span className={shared.visuallyHidden}>{t(STATE_TEXT[step.state])}</span>
                {step.state === "skipped" ? (
                    <span className={shared.secondary} aria-hidden="true">
                        {t("StepState_Skipped")}
                    </span>
                ) : null}
                {step.time && reached ? (
                    <span className={shared.secondary}>
                        <DateText read={step.time} />
                    </span>
                ) : null}
                {step.retries ? <span className={`aops-retries ${styles.retries}`}>{retryText(t, step.retries, clock.locale)}</span> : null}
            </span>
        </li>
    );
});
