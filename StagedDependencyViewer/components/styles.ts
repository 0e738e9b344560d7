import { themedStyles } from "../../common/components/styles";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import type { ISearchBoxStyles } from "@fluentui/react/lib/SearchBox";

/** Every row of the list has this height, so the list never has to measure pages. */
export const ROW_HEIGHT = 32;
/** An entry at phone width: its name on one line, its id, then its type and parent, each line readable. */
export const COMPACT_ROW_HEIGHT = 64;
/** The same for a list without types: its name, then its id and parent. */
export const COMPACT_TWO_LINE_ROW_HEIGHT = 46;
/** The list scrolls inside this height (a scrolling element needs one for Fluent's virtualization). */
export const LIST_MAX_HEIGHT = 400;
/** Entry rows are indented past the chevron of their group's header. */
const ROW_INDENT = 26;
/**
 * The grid's columns: name, type, id, parent. The name gets the most room; the id takes at most what a
 * GUID needs and at most a fifth of the width, so in a 600 px section it shows its start (the whole id
 * is its title, and in the entry's details and the copy).
 */
const COLUMNS = "minmax(0, 4fr) minmax(0, 1.5fr) minmax(0, min(260px, 20%)) minmax(0, 1.5fr)";
/** A list without types (ids, delimited): the id is what tells the entries apart, so it gets a GUID's whole width. */
const UNTYPED_COLUMNS = "minmax(0, 2fr) minmax(0, 0.5fr) minmax(0, min(260px, 45%)) minmax(0, 1.5fr)";

/**
 * The toolbar's buttons: every icon in the one theme color for icons (Fluent gives the icon button and the
 * action button two different blues) and labels in the text color, in light and dark themes alike.
 */
function toolbarSelectors(theme: Theme) {
    const { palette } = theme;
    return {
        "& .ms-Button": { color: palette.neutralPrimary },
        "& .ms-Button-icon": { color: palette.themePrimary },
        "& .ms-Button:hover .ms-Button-icon": { color: palette.themeDarkAlt },
        "& .ms-Button.is-checked": { background: palette.neutralLighter },
        // A button that waits (an export being prepared) must look it, icon included.
        "& .ms-Button.is-disabled, & .ms-Button.is-disabled .ms-Button-icon": { color: palette.neutralTertiary },
    };
}

/** The staged dependency viewer's own classes, built once per theme; the shared ones are in common/components/styles.ts. */
function dependencyStyles(theme: Theme) {
    const { palette } = theme;
    const ellipsis = { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" } as const;
    // What every entry row has at any width: values that never wrap inside a cell, a rule below, a focus ring inside.
    const entryBox = {
        paddingInlineEnd: 8,
        borderBottom: `1px solid ${palette.neutralLighter}`,
        overflow: "hidden",
        whiteSpace: "nowrap",
        boxSizing: "border-box",
        outlineOffset: -2,
    } as const;
    return mergeStyleSets({
        /** The whole control: the operation, the list, the system jobs. */
        root: { display: "flex", flexDirection: "column", gap: 8, minWidth: 0, padding: 2 },
        /** The operation's name, component type and job status, side by side. */
        operation: { display: "flex", flexDirection: "row", flexWrap: "wrap", gap: 16, margin: 0 },
        operationCompact: { display: "flex", flexDirection: "column", flexWrap: "wrap", gap: 4, margin: 0 },
        /** A label and its value; the value (a status badge) moves under a long label rather than being squeezed. */
        operationItem: {
            display: "flex",
            flexWrap: "wrap",
            columnGap: 6,
            rowGap: 2,
            alignItems: "center",
            minWidth: 0,
            selectors: { "& > dd": { flex: "0 0 auto", maxWidth: "100%" } },
        },
        /** Copy and download, kept together when the toolbar wraps. */
        // Wraps on a narrow form: the export's progress goes below the buttons rather than squeezing them.
        actions: { display: "inline-flex", flexWrap: "wrap", maxWidth: "100%", alignItems: "center", columnGap: 8, selectors: toolbarSelectors(theme) },
        /** The box the virtualized list scrolls in (its height is set per list). */
        scroll: { overflowY: "auto", border: `1px solid ${palette.neutralLight}`, borderRadius: 2 },
        groupHeader: {
            display: "flex",
            boxSizing: "border-box",
            outlineOffset: -2,
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
        groupCell: { display: "flex", alignItems: "center", gap: 6, minWidth: 0 },
        chevron: { display: "inline-block", width: 12, fontSize: 12 },
        groupLabel: ellipsis,
        /** The column headers, kept at the top of the scrolling box. */
        columnHeaders: {
            display: "grid",
            gridTemplateColumns: COLUMNS,
            columnGap: 8,
            position: "sticky",
            top: 0,
            zIndex: 1,
            height: ROW_HEIGHT,
            lineHeight: `${ROW_HEIGHT}px`,
            paddingInlineStart: ROW_INDENT,
            paddingInlineEnd: 8,
            boxSizing: "border-box",
            background: palette.white,
            borderBottom: `1px solid ${palette.neutralQuaternary}`,
            fontSize: 12,
            fontWeight: 600,
            color: palette.neutralPrimary,
        },
        columnHeader: ellipsis,
        entryRow: {
            display: "grid",
            gridTemplateColumns: COLUMNS,
            columnGap: 8,
            alignItems: "baseline",
            height: ROW_HEIGHT,
            lineHeight: `${ROW_HEIGHT}px`,
            paddingTop: 0,
            paddingBottom: 0,
            paddingInlineStart: ROW_INDENT,
            ...entryBox,
        },
        /** At phone width: the name on the first line, the id on the second, type and parent on the third. */
        entryRowCompact: {
            display: "grid",
            gridTemplateColumns: "minmax(0, auto) minmax(0, 1fr)",
            gridTemplateAreas: '"name name" "id id" "type parent"',
            columnGap: 8,
            alignContent: "center",
            height: COMPACT_ROW_HEIGHT,
            lineHeight: "18px",
            paddingInlineStart: 12,
            ...entryBox,
        },
        entryRowCompactTwo: {
            display: "grid",
            gridTemplateColumns: "minmax(0, auto) minmax(0, 1fr)",
            gridTemplateAreas: '"name name" "id parent"',
            columnGap: 8,
            alignContent: "center",
            height: COMPACT_TWO_LINE_ROW_HEIGHT,
            lineHeight: "18px",
            paddingInlineStart: 12,
            ...entryBox,
            // A list without types has an empty type cell: it takes no place.
            selectors: { "& > .aops-dependency-type": { display: "none" } },
        },
        areaName: { gridArea: "name" },
        areaType: { gridArea: "type" },
        areaId: { gridArea: "id" },
        areaParent: { gridArea: "parent" },
        /** One value of an entry: cut with an ellipsis when too long, the whole value in its tooltip. */
        cell: { display: "flex", alignItems: "baseline", minWidth: 0, overflow: "hidden" },
        /** Header and rows of a list without types (see UNTYPED_COLUMNS); after the rows' own classes, so it wins over their columns. */
        untypedColumns: { gridTemplateColumns: UNTYPED_COLUMNS },
        value: { ...ellipsis, minWidth: 0, flex: "0 1 auto" },
        entryName: { fontWeight: 600, color: palette.neutralPrimary },
        entryDetail: { color: palette.neutralSecondary, fontSize: 12 },
        /** An entry known only by its id: "No name", quietly, in the name's place (the id is in the id column). */
        entryNoName: { color: palette.neutralSecondary, fontStyle: "italic" },
        /** How often a repeated entry appears, beside its name. */
        duplicate: {
            display: "inline-block",
            flex: "none",
            marginInlineStart: 6,
            padding: "0 4px",
            fontSize: 11,
            lineHeight: "16px",
            fontWeight: 600,
            borderRadius: 2,
            border: `1px solid ${palette.neutralSecondary}`,
            color: palette.neutralPrimary,
        },
        duplicatesNote: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: 8, selectors: toolbarSelectors(theme) },
        selectable: { cursor: "pointer" },
        selected: { background: palette.neutralLighter },
        /** The chosen entry's values in full, below the list. */
        details: {
            display: "flex",
            flexDirection: "column",
            alignItems: "flex-start",
            padding: "4px 8px",
            border: `1px solid ${palette.neutralLight}`,
            borderRadius: 2,
            minWidth: 0,
            selectors: { "& > dl": { margin: 0, alignSelf: "stretch" } },
        },
        /** The part of a value that matches the search: the theme's highlight, readable in light and dark. */
        match: { background: palette.yellowLight, color: palette.black, padding: 0 },
    });
}

/** The search box grows with the toolbar, within bounds. */
export const SEARCH_BOX_STYLES: Partial<ISearchBoxStyles> = { root: { flex: "1 1 200px", minWidth: 160, maxWidth: 420 } };

/** The viewer's class names for the theme in scope. */
export const useDependencyStyles = themedStyles(dependencyStyles).useStyles;
