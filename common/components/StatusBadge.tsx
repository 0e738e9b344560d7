import * as React from "react";
import { useTheme } from "@fluentui/react/lib/Theme";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import type { ResolvedOption, Tone } from "../model/options";

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

export interface StatusBadgeProps {
    option: ResolvedOption;
    /** Accessible prefix such as "Status"; the label follows it. */
    caption?: string;
}

/** An option value as a pill: the metadata color (or the tone's) as a marker, the label as text. */
export const StatusBadge = React.memo(function StatusBadge({ option, caption }: StatusBadgeProps) {
    const theme = useTheme();
    const color = option.color ?? toneColor(theme, option.tone);
    return (
        <span
            className="aops-badge"
            data-tone={option.tone}
            data-known={option.known ? "true" : "false"}
            style={{
                display: "inline-flex",
                alignItems: "center",
                gap: 6,
                padding: "2px 10px",
                borderRadius: 12,
                border: `1px solid ${color}`,
                color: theme.palette.neutralPrimary,
                background: theme.palette.white,
                fontWeight: 600,
                whiteSpace: "nowrap",
            }}
        >
            <span aria-hidden="true" style={{ width: 8, height: 8, borderRadius: 4, background: color, flex: "none" }} />
            {caption ? <span className="aops-visually-hidden" style={visuallyHidden}>{caption} </span> : null}
            <span>{option.label}</span>
        </span>
    );
});

export const visuallyHidden: React.CSSProperties = {
    position: "absolute",
    width: 1,
    height: 1,
    margin: -1,
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
};
