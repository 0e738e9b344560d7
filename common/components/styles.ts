import * as React from "react";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { useTheme } from "@fluentui/react/lib/Theme";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";

/**
 * The one typography and layout vocabulary of the controls, as Fluent class names built once per theme:
 * section titles, key figures, secondary text, label/value lists, and the pieces every control repeats.
 * Views use these classes instead of inline style objects, so the three controls look alike and a theme
 * change restyles everything at once.
 */
function sharedStyles(theme: Theme) {
    const secondary = theme.palette.neutralSecondary;
    const message = { whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxHeight: 120, overflowY: "auto" } as const;
    return mergeStyleSets({
        /** A section's heading (h3 level). */
        sectionTitle: { fontSize: 14, fontWeight: 600, lineHeight: 20, margin: "12px 0 4px", color: theme.palette.neutralPrimary },
        /** The control's own title (the operation's name). */
        title: { fontSize: 16, fontWeight: 600, lineHeight: 22, overflowWrap: "anywhere" },
        /** A number the user came for (packets received, entries). */
        keyFigure: { fontSize: 20, fontWeight: 600, lineHeight: 28 },
        /** Explanations, times, hints. */
        secondary: { fontSize: 12, lineHeight: 16, color: secondary },
        /** The secondary color alone, for text whose size a Fluent variant sets. */
        muted: { color: secondary },
        /** Body text of a row or card. */
        body: { fontSize: 13, lineHeight: 18 },
        strong: { fontWeight: 600 },
        /** Code and data: ids, JSON, messages from Dataverse; wraps anywhere so long tokens never widen the form. */
        code: { fontFamily: "Consolas, Menlo, monospace", fontSize: 12, overflowWrap: "anywhere" },
        /** Text that must wrap rather than widen the form. */
        wrap: { overflowWrap: "anywhere", minWidth: 0 },
        /** A label/value grid; one column at phone width. */
        pairs: { display: "grid", gridTemplateColumns: "max-content minmax(0, 1fr)", columnGap: 12, rowGap: 2, margin: "8px 0", fontSize: 13 },
        pairsCompact: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: 0, margin: "8px 0", fontSize: 13 },
        pairLabel: { color: secondary, margin: 0 },
        pairValue: { margin: 0, fontWeight: 600, overflowWrap: "anywhere", minWidth: 0 },
        /** A row of items that wraps on narrow containers. */
        row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: 8, minWidth: 0 },
        /** The same items one under the other, at phone width. */
        rowCompact: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: 8, minWidth: 0 },
        /** Blocks one under the other: a section's title, lines and lists. */
        stack: { display: "flex", flexDirection: "column", gap: 6, minWidth: 0 },
        /** A list without bullets or indent whose items stand apart. */
        plainList: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 8 },
        /** An item of such a list, marked by a bar at its start edge. */
        accentItem: { borderInlineStart: `3px solid ${theme.palette.neutralLight}`, paddingInlineStart: 8, display: "flex", flexDirection: "column", gap: 2 },
        /** A message from Dataverse as plain text: its line breaks kept, scrolling beyond a few lines. */
        message: { ...message, fontSize: 14, color: theme.palette.neutralPrimary },
        /** A technical message under a friendly one. */
        messageSecondary: { ...message, fontSize: 12, color: secondary },
        /** Text that reports a failure. */
        errorText: { color: theme.semanticColors.errorText },
        /** A restricted (field-security) value. */
        restricted: { color: secondary, fontStyle: "italic" },
        /** Read by screen readers only. */
        visuallyHidden: {
            position: "absolute",
            width: 1,
            height: 1,
            margin: -1,
            padding: 0,
            overflow: "hidden",
            clip: "rect(0 0 0 0)",
            whiteSpace: "nowrap",
            border: 0,
        },
    });
}


const cache = new WeakMap<Theme, ReturnType<typeof sharedStyles>>();

/** The shared class names for a theme (built once per theme object). */
export function stylesFor(theme: Theme): ReturnType<typeof sharedStyles> {
    let styles = cache.get(theme);
    if (!styles) {
        styles = sharedStyles(theme);
        cache.set(theme, styles);
    }
    return styles;
}

/** The shared class names for the theme in scope. */
export function useSharedStyles(): ReturnType<typeof sharedStyles> {
    const theme = useTheme();
    return React.useMemo(() => stylesFor(theme), [theme]);
}
