import { themedStyles } from "../../common/components/styles";
import { keyframes, mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";

/** The board's own classes: the scrolling grid, changed-row highlight, cards, packets bar and summary. */
function boardStyles(theme: Theme) {
    const highlight = keyframes({
        from: { backgroundColor: theme.palette.themeLighter },
        to: { backgroundColor: "transparent" },
    });
    const changedAnimation = { animationName: highlight, animationDuration: "2.5s", animationTimingFunction: "ease-out", animationFillMode: "both" };
    return mergeStyleSets({
        root: { display: "flex", flexDirection: "column", gap: 8, minWidth: 0, padding: 2 },
        toolbar: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: 8, minWidth: 0 },
        grow: { flex: "1 1 auto" },
        /** The grid scrolls inside this box (Fluent's virtualization needs a scrolling element with a height). */
        gridBox: { position: "relative", border: `1px solid ${theme.palette.neutralLight}`, borderRadius: 2, minWidth: 0 },
        /**
         * One element scrolls both ways, so the header (sticky on top, CSS only) follows the rows sideways
         * without a scroll listener, and the list finds it as its scrolling parent by data-is-scrollable.
         */
        scroller: { position: "absolute", inset: 0, overflow: "auto" },
        list: {
            selectors: {
                ".ms-DetailsList-headerWrapper": { position: "sticky", top: 0, zIndex: 2, background: theme.palette.white },
                ".ms-DetailsHeader": { paddingTop: 0 },
                // When the grid must scroll sideways (a host that does not say its width), the check
                // boxes and the names stay in view: sticky cells, painted with their row's background.
                ".ms-DetailsRow-fields": { background: "inherit" },
                ".ms-DetailsRow-cellCheck, .ms-DetailsHeader-cellIsCheck": { position: "sticky", insetInlineStart: 0, zIndex: 1, background: "inherit" },
                '.ms-DetailsRow-cell[data-automation-key="name"]': { position: "sticky", insetInlineStart: 48, zIndex: 1, background: "inherit" },
                '.ms-DetailsHeader-cell[data-item-key="name"]': { position: "sticky", insetInlineStart: 48, zIndex: 1, background: theme.palette.white },
                ".ms-DetailsHeader-cellIsCheck": { background: theme.palette.white },
            },
        },
        /** A row whose status just changed: a short fade of the brand tint (CSS only, no timer). */
        changed: [
            changedAnimation,
            // A grid row's own styles turn animation off; this one wins over them.
            { selectors: { "&.ms-DetailsRow": changedAnimation } },
        ],
        /** Grid cells: one line, centred on the row's height (the status badge is taller than text). */
        cell: {
            selectors: {
                "&.ms-DetailsRow-cell": { display: "flex", alignItems: "center", whiteSpace: "nowrap", overflow: "hidden", paddingTop: 0, paddingBottom: 0 },
                // What is too long for its column ends in an ellipsis; the grid gives it its whole text as a title.
                "&.ms-DetailsRow-cell > *": { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis" },
            },
        },
        /** Rows with folded columns are two lines: the name, then the facts that did not fit. */
        cellFolded: { selectors: { "&.ms-DetailsRow-cell": { height: 52 } } },
        /** The check box of a two-line row, centred as the cells are. */
        listFolded: { selectors: { ".ms-DetailsRow-cellCheck": { height: 52, display: "flex", alignItems: "center" } } },
        nameStack: { display: "flex", flexDirection: "column", justifyContent: "center", alignItems: "flex-start", gap: 2, minWidth: 0, maxWidth: "100%" },
        folded: {
            display: "block",
            alignSelf: "stretch",
            overflow: "hidden",
            textOverflow: "ellipsis",
            whiteSpace: "nowrap",
            fontSize: 12,
            lineHeight: "16px",
            color: theme.palette.neutralPrimary,
        },
        fold: { selectors: { "& + &::before": { content: '" · "', color: theme.palette.neutralSecondary } } },
        foldLabel: { color: theme.palette.neutralSecondary },
        muted: { color: theme.palette.neutralSecondary },
        code: { fontFamily: "Consolas, Menlo, monospace", fontSize: 12 },
        focusable: { selectors: { ":focus": { outline: `1px solid ${theme.palette.neutralSecondary}`, outlineOffset: 1 } } },
        summary: { display: "flex", flexWrap: "wrap", gap: 6, alignItems: "center" },
        cards: { selectors: { ".ms-List-cell": { paddingBottom: 8 } } },
        card: {
            border: `1px solid ${theme.palette.neutralLight}`,
            borderRadius: 4,
            padding: "8px 10px",
            background: theme.palette.white,
            display: "flex",
            flexDirection: "column",
            gap: 4,
            minWidth: 0,
        },
        /** A card's selection: Fluent's round check, as in the grid's rows, on a 32 px target. */
        cardCheck: {
            display: "inline-flex",
            alignItems: "center",
            justifyContent: "center",
            width: 32,
            height: 32,
            padding: 0,
            margin: -6,
            border: "none",
            background: "transparent",
            cursor: "pointer",
            flex: "none",
            selectors: { ":focus-visible": { outline: `2px solid ${theme.palette.neutralPrimary}`, outlineOffset: -2 } },
        },
        cardHead: { display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap", minWidth: 0 },
        cardPairs: { display: "grid", gridTemplateColumns: "max-content minmax(0, 1fr)", columnGap: 10, rowGap: 2, fontSize: 12, margin: 0 },
        cardLabel: { color: theme.palette.neutralSecondary, margin: 0 },
        cardValue: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
        more: { padding: "8px 12px", color: theme.palette.neutralSecondary },
    });
}

export const useBoardStyles = themedStyles(boardStyles).useStyles;
