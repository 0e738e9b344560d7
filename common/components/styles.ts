import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { useControlTheme } from "./useControlTheme";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";

/**
 * The one typography and layout vocabulary of the controls, as Fluent class names built once per theme:
 * section titles, key figures, secondary text, label/value lists, and the pieces every control repeats.
 * Views use these classes instead of inline style objects, so the three controls look alike and a theme
 * change restyles everything at once.
 */
const MONOSPACE = "Consolas, Menlo, monospace";

function sharedStyles(theme: Theme) {
    const secondary = theme.palette.neutralSecondary;
    const message = { whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxHeight: 120, overflowY: "auto" } as const;
    return mergeStyleSets({
        /** A section's heading (level 3), the same in every control: 14 px semibold (docs/design.md). */
        sectionTitle: { fontSize: 14, fontWeight: 600, lineHeight: 20, margin: 0, color: theme.palette.neutralPrimary },
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
        code: { fontFamily: MONOSPACE, fontSize: 12, overflowWrap: "anywhere" },
        /** An error code, "-2147220937 (0x80040237)": one piece that moves to the next line whole, never split in two. */
        errorCode: { whiteSpace: "nowrap" },
        /** Text that must wrap rather than widen the form. */
        wrap: { overflowWrap: "anywhere", minWidth: 0 },
        /** A label/value grid; one column at phone width. */
        pairs: { display: "grid", gridTemplateColumns: "max-content minmax(0, 1fr)", columnGap: 12, rowGap: 2, margin: "8px 0", fontSize: 13 },
        pairsCompact: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: 0, margin: "8px 0", fontSize: 13 },
        pairLabel: { color: secondary, margin: 0 },
        pairValue: { margin: 0, fontWeight: 600, overflowWrap: "anywhere", minWidth: 0 },
        /** A control's action on its record (cancel, mark as failed): at the end of the header row. */
        headerAction: { marginInlineStart: "auto", flex: "none" },
        /** An item of a wrapping row that takes a line of its own (an action's outcome); nothing when empty. */
        fullLine: { flexBasis: "100%", minWidth: 0, selectors: { ":empty": { display: "none" } } },
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
        /** The marker of an invisible character (U+202E…): a small framed code point. */
        invisibleMarker: {
            display: "inline-block",
            fontFamily: MONOSPACE,
            fontSize: 10,
            lineHeight: 14,
            padding: "0 3px",
            margin: "0 1px",
            borderRadius: 3,
            border: `1px solid ${theme.semanticColors.warningIcon}`,
            color: theme.palette.neutralPrimary,
            background: theme.semanticColors.warningBackground,
            verticalAlign: "baseline",
            whiteSpace: "nowrap",
        },
        /** A status pill (StatusBadge): wraps rather than widening a narrow form. */
        badge: {
            display: "inline-flex",
            alignItems: "center",
            gap: 6,
            maxWidth: "100%",
            padding: "2px 10px",
            borderRadius: 12,
            color: theme.palette.neutralPrimary,
            background: theme.palette.white,
            fontWeight: 600,
            overflowWrap: "anywhere",
            minWidth: 0,
            // The label's own direction, isolated from the layout's (as a bdi would, without an element per badge).
            unicodeBidi: "plaintext",
            // The border and the marker take the badge's color from its color class (StatusBadge); the marker has no element of its own.
            borderWidth: 1,
            borderStyle: "solid",
            selectors: { "::before": { content: '""', width: 8, height: 8, borderRadius: 4, flex: "none" } },
        },
        /** The quiet line under a live control: refresh state, retries, the refresh button. */
        refreshLine: {
            display: "flex",
            alignItems: "center",
            flexWrap: "wrap",
            gap: 8,
            fontSize: 12,
            lineHeight: 16,
            margin: "4px 0",
            color: secondary,
            minWidth: 0,
        },
        refreshLineAlert: { color: theme.semanticColors.errorText },
        /** Technical text behind a "Technical details" toggle. */
        details: {
            display: "block",
            fontFamily: MONOSPACE,
            fontSize: 12,
            whiteSpace: "pre-wrap",
            overflowWrap: "anywhere",
            margin: "2px 0 0",
            maxHeight: 200,
            overflow: "auto",
            color: theme.palette.neutralPrimary,
        },
        /**
         * A disclosure (expand/collapse) button: a Fluent chevron and a label, compact. Its color is the one
         * links take in message bars, readable on the page and on every message background alike.
         */
        disclosure: { height: 24, padding: "0 4px", fontSize: 12, color: theme.semanticColors.messageLink },
        /** The copy button and its passing feedback bubble, which never pushes the layout. */
        copyWrap: { position: "relative", display: "inline-flex", alignItems: "center" },
        copyFeedback: {
            position: "absolute",
            top: "100%",
            insetInlineEnd: 0,
            zIndex: 1,
            whiteSpace: "nowrap",
            fontSize: 12,
            lineHeight: 16,
        },
        copyFeedbackShown: { padding: "2px 6px", borderRadius: 2, background: theme.palette.neutralPrimary, color: theme.palette.white },
        /** JSON: a tree of keys and values, and raw text. */
        jsonTree: { fontFamily: MONOSPACE, fontSize: 12, lineHeight: 20 },
        jsonItem: {
            display: "flex",
            alignItems: "flex-start",
            gap: 2,
            minWidth: 0,
            outline: "none",
            selectors: { ":focus-visible, :focus": { outline: `2px solid ${theme.palette.neutralPrimary}`, outlineOffset: -2 } },
        },
        jsonToggle: { cursor: "pointer" },
        jsonMore: { color: theme.semanticColors.link },
        jsonChevron: { flex: "none", width: 16, fontSize: 10, lineHeight: 20, textAlign: "center", color: secondary },
        jsonSpacer: { flex: "none", width: 16 },
        jsonText: { overflowWrap: "anywhere", minWidth: 0 },
        jsonKey: { color: theme.palette.themeDarkAlt },
        jsonString: { color: theme.palette.greenDark },
        jsonValue: { color: theme.palette.neutralPrimary },
        jsonSummary: { color: secondary },
        rawNote: { color: secondary, marginBottom: 4 },
        raw: { fontFamily: MONOSPACE, fontSize: 12, whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0, maxHeight: 320, overflow: "auto" },
        /** A progress bar beside its text (packets received of expected). */
        bar: { display: "inline-flex", alignItems: "center", gap: 6, minWidth: 0, maxWidth: "100%" },
        barTrack: { position: "relative", width: 64, height: 6, borderRadius: 3, background: theme.palette.neutralLight, overflow: "hidden", flex: "none" },
        barFill: { position: "absolute", insetBlock: 0, insetInlineStart: 0, background: theme.palette.themePrimary },
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

/**
 * A style set built once per theme object, and the hook that reads it for the theme in scope. Every
 * control's style module is made with this, so class names are generated once per theme, not per render.
 */
export function themedStyles<S>(build: (theme: Theme) => S): { stylesFor(theme: Theme): S; useStyles(): S } {
    const cache = new WeakMap<Theme, S>();
    const stylesFor = (theme: Theme): S => {
        let styles = cache.get(theme);
        if (styles === undefined) {
            styles = build(theme);
            cache.set(theme, styles);
        }
        return styles;
    };
    function useStyles(): S {
        return stylesFor(useControlTheme());
    }
    return { stylesFor, useStyles };
}

const shared = themedStyles(sharedStyles);

/** The shared class names for a theme (built once per theme object). */
export const stylesFor = shared.stylesFor;

/** The shared class names for the theme in scope. */
export const useSharedStyles = shared.useStyles;
