import * as React from "react";
import { useControlTheme } from "./useControlTheme";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import { readableOn } from "../model/color";
import type { ResolvedOption, Tone } from "../model/options";
import { stylesFor } from "./styles";

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

/** Graphics (a badge's dot and border) need 3:1 against what they sit on (WCAG 1.4.11). */
const GRAPHIC_CONTRAST = 3;

/**
 * The color an option shows in: the maker's color from the option set's metadata, moved just far enough
 * towards the theme's text color to stay visible on the theme's background (a dark navy chosen for light
 * forms would vanish on a dark one), else the tone's color.
 */
export function optionColor(theme: Theme, option: Pick<ResolvedOption, "color" | "tone">): string {
    if (!option.color) return toneColor(theme, option.tone);
    return readableOn(option.color, theme.semanticColors.bodyBackground, GRAPHIC_CONTRAST, theme.semanticColors.bodyText);
}

export interface StatusBadgeProps {
    option: ResolvedOption;
    /** Accessible prefix such as "Status"; the label follows it. */
    caption?: string;
}

/**
 * An option value as a pill: the metadata color (or the tone's) as a marker, the label as text. The label
 * is isolated from the layout's direction: a maker's label ("Running (Sales)") keeps its brackets in
 * an Arabic form, and "Unknown (77)" its number. A plain element for a given theme, for places that
 * draw thousands of badges without a component per badge (grid cells); StatusBadge everywhere else.
 */
export function statusBadgeElement(
    theme: Theme,
    option: ResolvedOption,
    { caption, title, dir }: { caption?: string; title?: string; dir?: "ltr" | "rtl" } = {},
): React.ReactElement {
    const styles = stylesFor(theme);
    const color = optionColor(theme, option);
    return (
        <span
            className={`aops-badge ${styles.badge}`}
            data-tone={option.tone}
            data-known={option.known ? "true" : "false"}
            title={title}
            dir={dir}
            style={{ border: `1px solid ${color}`, ["--aops-badge-color" as string]: color } as React.CSSProperties}
        >
            {caption ? <span className={`aops-visually-hidden ${styles.visuallyHidden}`}>{caption} </span> : null}
            <bdi>{option.label}</bdi>
        </span>
    );
}

/** The badge of the theme in scope. */
export const StatusBadge = React.memo(function StatusBadge({ option, caption }: StatusBadgeProps) {
    return statusBadgeElement(useControlTheme(), option, { caption });
});
