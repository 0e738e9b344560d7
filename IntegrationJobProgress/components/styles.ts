import { themedStyles } from "../../common/components/styles";
import { mergeStyleSets, type ITheme as Theme } from "@fluentui/react/lib/Styling";
import type { ILinkStyles } from "@fluentui/react/lib/Link";

/** The progress view's own layout; shared typography and pieces come from common/components/styles.ts. */
function jobStyles(theme: Theme) {
    const column = { display: "flex", flexDirection: "column" } as const;
    return {
        classes: mergeStyleSets({
            // No inset of its own: the form section gives it, as for every control (docs/design.md); 2 px keep focus outlines whole.
            progress: { ...column, gap: 8, padding: 2 },
            progressCompact: { ...column, gap: 8, padding: 2 },
            /** Status, type and regarding stacked on a phone-width form (the shared `row` otherwise). */
            headerCompact: { ...column, alignItems: "flex-start", flexWrap: "wrap", gap: 8, minWidth: 0 },
            /** The job type: secondary color at body size. */
            muted: { color: theme.palette.neutralSecondary },
            responseTitle: { display: "block", marginBottom: 4 },
            packets: { ...column, gap: 6 },
            missing: { color: theme.palette.neutralPrimary },
            rate: { display: "flex", flexWrap: "wrap", gap: "4px 16px", margin: 0 },
            rateLabel: { display: "inline", color: theme.palette.neutralSecondary },
            rateValue: { display: "inline", margin: 0 },
        }),
        /** The host's dark brand color is a background shade, too dim for link text on a dark form. */
        darkLink: {
            root: { color: theme.palette.themeDarker, selectors: { ":hover, :active:hover": { color: theme.palette.neutralPrimary } } },
        } as Partial<ILinkStyles>,
    };
}

/** The progress view's class names and Fluent style objects for the theme in scope (built once per theme). */
export const useJobStyles = themedStyles(jobStyles).useStyles;
