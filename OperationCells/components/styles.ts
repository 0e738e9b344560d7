import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { themedStyles } from "../../common/components/styles";

/**
 * A cell's frame: one line at the grid's row height, cut with an ellipsis where the column is narrow
 * (the whole text is the cell's tooltip), in the grid's own font size.
 */
function cellStyles(theme: Theme) {
    return mergeStyleSets({
        frame: {
            display: "flex",
            alignItems: "center",
            minWidth: 0,
            maxWidth: "100%",
            overflow: "hidden",
            whiteSpace: "nowrap",
            fontSize: 14,
            color: theme.palette.neutralPrimary,
        },
        text: { overflow: "hidden", textOverflow: "ellipsis", minWidth: 0 },
        /** A live duration, drawn without a frame: its own one line, cut with an ellipsis. */
        live: {
            display: "block",
            maxWidth: "100%",
            overflow: "hidden",
            textOverflow: "ellipsis",
            whiteSpace: "nowrap",
            fontSize: 14,
            color: theme.palette.neutralPrimary,
        },
        muted: { color: theme.palette.neutralSecondary },
        code: { fontFamily: "Consolas, Menlo, monospace", fontSize: 12, overflow: "hidden", textOverflow: "ellipsis" },
        tooltipTarget: {
            display: "inline-flex",
            minWidth: 0,
            maxWidth: "100%",
            overflow: "hidden",
            selectors: { ":focus": { outline: `1px solid ${theme.palette.neutralSecondary}`, outlineOffset: 1 } },
        },
    });
}

const styles = themedStyles(cellStyles);
export const cellStylesFor = styles.stylesFor;
