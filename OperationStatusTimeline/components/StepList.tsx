import * as React from "react";
import { useTheme } from "@fluentui/react/lib/Theme";
import { Icon } from "@fluentui/react/lib/Icon";
import { useHost } from "../../common/components/HostContext";
import { toneColor, visuallyHidden } from "../../common/components/StatusBadge";
import { MAX_RETRIES, type TimelineStep } from "../model/timelineModel";
import { DateText } from "./DateText";

const STATE_TEXT = { done: "StepState_Done", current: "StepState_Current", notReached: "StepState_NotReached", skipped: "StepState_Skipped" } as const;

/** The run's steps in order; vertical on a phone-width form. */
export const StepList = React.memo(function StepList({ steps }: { steps: TimelineStep[] }) {
    const { t, compact } = useHost();
    return (
        <ol
            className="aops-steps"
            aria-label={t("Timeline_Steps")}
            style={{
                listStyle: "none",
                margin: "8px 0",
                padding: 0,
                display: "flex",
                flexDirection: compact ? "column" : "row",
                flexWrap: compact ? "nowrap" : "wrap",
                gap: compact ? 6 : 4,
            }}
        >
            {steps.map((step, index) => (
                <Step key={step.kind} step={step} last={index === steps.length - 1} />
            ))}
        </ol>
    );
});

function retryText(t: (key: string, ...args: (string | number)[]) => string, count: number): string {
    return count <= MAX_RETRIES ? t("Retry_Badge", count, MAX_RETRIES) : t("Retry_BadgeMore", count);
}

const Step = React.memo(function Step({ step, last }: { step: TimelineStep; last: boolean }) {
    const { t, compact } = useHost();
    const theme = useTheme();
    const reached = step.state === "done" || step.state === "current";
    const color = reached && step.option ? (step.option.color ?? toneColor(theme, step.option.tone)) : reached ? theme.palette.themePrimary : theme.palette.neutralTertiary;
    const marker: React.CSSProperties = {
        width: 16,
        height: 16,
        borderRadius: 8,
        flex: "none",
        boxSizing: "border-box",
        display: "inline-flex",
        alignItems: "center",
        justifyContent: "center",
        border: `2px ${step.state === "notReached" ? "dashed" : "solid"} ${color}`,
        background: step.state === "done" ? color : step.state === "skipped" ? theme.palette.neutralLighter : "transparent",
        boxShadow: step.state === "current" ? `0 0 0 3px ${theme.palette.white}, 0 0 0 5px ${color}` : undefined,
    };
    const muted = step.state === "notReached" || step.state === "skipped";
    return (
        <li
            className="aops-step"
            data-step={step.kind}
            data-state={step.state}
            aria-current={step.state === "current" ? "step" : undefined}
            style={{
                display: "flex",
                flexDirection: compact ? "row" : "column",
                alignItems: "flex-start",
                gap: compact ? 8 : 4,
                flex: compact ? "none" : "1 1 0",
                minWidth: compact ? undefined : 96,
            }}
        >
            {/* Horizontal: the marker and the line to the next step on top, the text below. */}
            <span aria-hidden="true" style={{ display: "flex", alignItems: "center", alignSelf: compact ? undefined : "stretch", gap: 4, paddingTop: compact ? 2 : 4, paddingInlineStart: compact ? 0 : 4 }}>
                <span style={marker}>
                    {step.state === "done" ? <Icon iconName="CheckMark" style={{ fontSize: 9, color: theme.palette.white }} /> : null}
                    {step.state === "skipped" ? <Icon iconName="Remove" style={{ fontSize: 9, color: theme.palette.neutralSecondary }} /> : null}
                </span>
                {!compact && !last ? (
                    <span style={{ flex: "1 1 auto", minWidth: 12, marginInlineEnd: 4, borderTop: `2px ${step.state === "done" ? "solid" : "dotted"} ${step.state === "done" ? color : theme.palette.neutralTertiaryAlt}` }} />
                ) : null}
            </span>
            <span style={{ display: "flex", flexDirection: "column", paddingInlineEnd: 8, minWidth: 0 }}>
                <span
                    style={{
                        fontWeight: step.state === "current" ? 600 : 400,
                        color: muted ? theme.palette.neutralSecondary : theme.palette.neutralPrimary,
                        textDecoration: step.state === "skipped" ? "line-through" : undefined,
                    }}
                >
                    {step.label}
                </span>
                <span style={visuallyHidden}>{t(STATE_TEXT[step.state])}</span>
                {step.state === "skipped" ? <span style={{ fontSize: 12, color: theme.palette.neutralSecondary }} aria-hidden="true">{t("StepState_Skipped")}</span> : null}
                {step.time && reached ? (
                    <span style={{ fontSize: 12, color: theme.palette.neutralSecondary }}>
                        <DateText read={step.time} />
                    </span>
                ) : null}
                {step.retries ? (
                    <span
                        className="aops-retries"
                        style={{
                            fontSize: 12,
                            marginTop: 2,
                            alignSelf: "flex-start",
                            padding: "0 6px",
                            borderRadius: 8,
                            border: `1px solid ${theme.semanticColors.warningIcon}`,
                            color: theme.palette.neutralPrimary,
                        }}
                    >
                        {retryText(t, step.retries)}
                    </span>
                ) : null}
            </span>
        </li>
    );
});
