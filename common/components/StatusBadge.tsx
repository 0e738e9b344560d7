import * as React from "react";
import { useControlTheme } from "./useControlTheme";
import { mergeStyles, type ITheme as Theme } from "@fluentui/react/lib/Styling";
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

/** The tone colors of Fluent's light theme (common/host/theme.ts), by the tone they stand for. */
const LIGHT_TONE_COLORS: Readonly<Record<string, Tone>> = {
    "#0078d4": "progress",
    "#107c10": "success",
    "#a80000": "error",
    "#a4262c": "error",
    "#797775": "warning",
};

/** Graphics (a badge's dot and border) need 3:1 against what they sit on (WCAG 1.4.11). */
const GRAPHIC_CONTRAST = 3;

/**
 * The color an option shows in: the maker's color from the option set's metadata, moved just far enough
 * towards the theme's text color to stay visible on the theme's background (a dark navy chosen for light
 * forms would vanish on a dark one), else the tone's color.
 */
export function optionColor(theme: Theme, option: Pick<ResolvedOption, "color" | "tone">): string {
    if (!option.color) return toneColor(theme, option.tone);
    // A light theme's own tone color (Dataverse's default blue for In Progress, say) is that tone, as the
    // theme in scope draws it: In Progress is then one blue in every control, with metadata or without.
    const tone = LIGHT_TONE_COLORS[option.color.toLowerCase()];
    if (tone) return toneColor(theme, tone);
    // A grid asks for the same few colors thousands of times: each is worked out once per theme.
    let colors = readableColors.get(theme);
    if (!colors) {
        colors = new Map();
        readableColors.set(theme, colors);
    }
    let color = colors.get(option.color);
    if (color === undefined) {
        color = readableOn(option.color, theme.semanticColors.bodyBackground, GRAPHIC_CONTRAST, theme.semanticColors.bodyText);
        colors.set(option.color, color);
    }
    return color;
}

const readableColors = new WeakMap<Theme, Map<string, string>>();

export interface StatusBadgeProps {
    option: ResolvedOption;
    /** Accessible prefix such as "Status"; the label follows it. */
    caption?: string;
}

const colorClasses = new Map<string, string>();

/**
 * The class that paints a badge's border and marker in `color`, one per color for the page's lifetime
 * (a handful: the tones of two themes and the makers' colors). A class rather than an inline style:
 * a grid draws thousands of badges, and an inline style costs each of them more than the rest of it.
 */
function colorClass(color: string): string {
    let name = colorClasses.get(color);
    if (name === undefined) {
        name = mergeStyles({ borderColor: color, selectors: { "::before": { background: color } } });
        colorClasses.set(color, name);
    }
    return name;
}

/**
 * An option value as a pill: the metadata color (or the tone's) as a marker, the label as text. The label
 * is isolated from the layout's direction (by the badge's own class where it stands alone, by a bdi after a caption): a maker's label ("Running (Sales)") keeps its brackets in
 * an Arabic form, and "Unknown (77)" its number. A plain element for a given theme, for places that
 * draw thousands of badges without a component per badge (grid cells); StatusBadge everywhere else.
 */
export function statusBadgeElement(theme: Theme, option: ResolvedOption, { caption, title }: { caption?: string; title?: string } = {}): React.ReactElement {
    const styles = stylesFor(theme);
    const color = optionColor(theme, option);
    return (
        <span className={`aops-badge ${styles.badge} ${colorClass(color)}`} title={title}>
            {caption ? <span className={`aops-visually-hidden ${styles.visuallyHidden}`}>{caption} </span> : null}
            {caption ? <bdi>{option.label}</bdi> : option.label}
        </span>
    );
}

/** The badge of the theme in scope. */
export const StatusBadge = React.memo(function StatusBadge({ option, caption }: StatusBadgeProps) {
    return statusBadgeElement(useControlTheme(), option, { caption });
});
