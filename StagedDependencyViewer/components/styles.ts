import { themedStyles } from "../../common/components/styles";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import type { ISearchBoxStyles } from "@fluentui/react/lib/SearchBox";

/** Every row of the list has this height, so the list never has to measure pages. */
export const ROW_HEIGHT = 32;
/** The list scrolls inside this height (a scrolling element needs one for Fluent's virtualization). */
export const LIST_MAX_HEIGHT = 400;
/** Entry rows are indented past the chevron of their group's header. */
const ROW_INDENT = 26;

/** The staged dependency viewer's own classes, built once per theme; the shared ones are in common/components/styles.ts. */
function dependencyStyles(theme: Theme) {
    const { palette } = theme;
    const ellipsis = { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" } as const;
    return mergeStyleSets({
        /** The whole control: the operation, the list, the system jobs. */
        root: { display: "flex", flexDirection: "column", gap: 8, minWidth: 0 },
        /** The operation's name, component type and job status, side by side. */
        operation: { display: "flex", flexDirection: "row", flexWrap: "wrap", gap: 16, margin: 0 },
        operationCompact: { display: "flex", flexDirection: "column", flexWrap: "wrap", gap: 4, margin: 0 },
        operationItem: { display: "flex", gap: 6, alignItems: "center", minWidth: 0 },
        /** Copy and download, kept together when the toolbar wraps. */
        actions: { display: "inline-flex", alignItems: "center" },
        /** The box the virtualized list scrolls in (its height is set per list). */
        scroll: { overflowY: "auto", border: `1px solid ${palette.neutralLight}`, borderRadius: 2 },
        groupHeader: {
            display: "flex",
            alignItems: "center",
            gap: 6,
            width: "100%",
            height: ROW_HEIGHT,
            padding: "0 8px",
            border: 0,
            borderBottom: `1px solid ${palette.neutralLight}`,
            background: palette.neutralLighter,
            color: palette.neutralPrimary,
            font: "inherit",
            fontWeight: 600,
            textAlign: "start",
            cursor: "pointer",
        },
        chevron: { display: "inline-block", width: 12 },
        /** A collapsed group's chevron points along the reading direction. */
        chevronClosed: { transform: "rotate(-90deg)" },
        chevronClosedRtl: { transform: "rotate(90deg)" },
        groupLabel: ellipsis,
        entryRow: {
            display: "flex",
            alignItems: "baseline",
            gap: 8,
            height: ROW_HEIGHT,
            lineHeight: `${ROW_HEIGHT}px`,
            paddingTop: 0,
            paddingBottom: 0,
            paddingInlineStart: ROW_INDENT,
            paddingInlineEnd: 8,
            borderBottom: `1px solid ${palette.neutralLighter}`,
            overflow: "hidden",
            whiteSpace: "nowrap",
            boxSizing: "border-box",
        },
        entryName: { fontWeight: 600, overflow: "hidden", textOverflow: "ellipsis", flex: "0 1 auto", minWidth: 0 },
        entryDetail: { color: palette.neutralSecondary, fontSize: 12, overflow: "hidden", textOverflow: "ellipsis", flex: "0 1 auto", minWidth: 0 },
        /** The part of a name that matches the search. */
        match: { background: palette.yellowLight, color: palette.black, padding: 0 },
    });
}

/** The search box grows with the toolbar, within bounds. */
export const SEARCH_BOX_STYLES: Partial<ISearchBoxStyles> = { root: { flex: "1 1 200px", minWidth: 160, maxWidth: 420 } };

/** The viewer's class names for the theme in scope. */
export const useDependencyStyles = themedStyles(dependencyStyles).useStyles;
