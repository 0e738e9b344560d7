import * as React from "react";
import { useTheme } from "@fluentui/react/lib/Theme";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import type { ResolvedOption, Tone } from "../model/options";
import { readableOn } from "../model/color";
import { useSharedStyles } from "./styles";

export function toneColor(theme: Theme, tone: Tone): string {
    switch (tone) {
        case "success":
            return theme.semanticColors.successIcon;
        case "error":
            return theme.semanticColors.errorIcon;
        case "warning":
            return theme.semanticColors.warningIcon;
        case "progress":
        case "info":
            return theme.palette.themePrimary;
        default:
            return theme.palette.neutralSecondary;
    }
}

/**
 * The color that marks an option: the maker's metadata color, moved just far enough towards the text
 * color to stay visible (3:1) on the control's background (a maker's "#498205" is about 3:1 on white but
 * far less on a dark form), or the tone's color when the option has none.
 */
export function optionColor(theme: Theme, option: Pick<ResolvedOption, "color" | "tone">): string {
    if (!option.color) return toneColor(theme, option.tone);
    return readableOn(option.color, theme.palette.white, 3, theme.palette.neutralPrimary);
}

export interface StatusBadgeProps {
    option: ResolvedOption;
    /** Accessible prefix such as "Status"; the label follows it. */
    caption?: string;
}

/**
 * An option value as a pill: the metadata color (or the tone's) as a marker, the label as text. The label
 * is isolated from the layout's direction: a maker's label ("Running (Sales)") keeps its brackets in
 * an Arabic form, and "Unknown (77)" its number.
 */
export const StatusBadge = React.memo(function StatusBadge({ option, caption }: StatusBadgeProps) {
    const theme = useTheme();
    const styles = useSharedStyles();
    const color = optionColor(theme, option);
    return (
        <span
            className={`aops-badge ${styles.badge}`}
            data-tone={option.tone}
            data-known={option.known ? "true" : "false"}
            style={{ border: `1px solid ${color}` }}
        >
            <span aria-hidden="true" className={styles.badgeDot} style={{ background: color }} />
            {caption ? <span className={`aops-visually-hidden ${styles.visuallyHidden}`}>{caption} </span> : null}
            <bdi>{option.label}</bdi>
        </span>
    );
});
