import { themedStyles } from "../../common/components/styles";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import type { StepState } from "../model/timelineModel";

const MONOSPACE = "Consolas, Menlo, monospace";

/** The timeline's own layout: the step track, the error card, the details list and the parameters table. */
function timelineStyles(theme: Theme) {
    const { palette, semanticColors } = theme;
    const stepLabel = (color: string, fontWeight: 400 | 600, textDecoration?: string) => ({ color, fontWeight, textDecoration });
    return mergeStyleSets({
        // No inset of its own: the form section gives it, as for every control (docs/design.md); 2 px keep focus outlines whole.
        timeline: { padding: 2 },
        timelineCompact: { padding: 2 },
        /** Title and badges at the start, the cancel button at the end. */
        header: { display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap", justifyContent: "space-between" },

        steps: { listStyle: "none", margin: "8px 0", padding: 0, display: "flex", flexWrap: "wrap", gap: 4 },
        stepsCompact: { listStyle: "none", margin: "8px 0", padding: 0, display: "flex", flexWrap: "nowrap", gap: 6 },
        /** Horizontal: the marker and the line to the next step on top, the text below. */
        step: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: 4, flex: "1 1 0", minWidth: 96 },
        stepCompact: { display: "flex", flexDirection: "row", alignItems: "flex-start", gap: 8, flex: "none" },
        track: { display: "flex", alignItems: "center", alignSelf: "stretch", gap: 4, paddingTop: 4, paddingInlineStart: 4 },
        trackCompact: { display: "flex", alignItems: "center", gap: 4, paddingTop: 2, paddingInlineStart: 0 },
        marker: {
            width: 16,
            height: 16,
            borderRadius: 8,
            flex: "none",
            boxSizing: "border-box",
            display: "inline-flex",
            alignItems: "center",
            justifyContent: "center",
        },
        /** Every passed step looks the same, whatever its status color: filled with the theme color and checked. */
        markerDone: { border: `2px solid ${palette.themePrimary}`, background: palette.themePrimary },
        /** The step the run is at: a ring in the status's own color (set per step). */
        markerCurrent: { borderWidth: 2, borderStyle: "solid", background: "transparent" },
        markerNotReached: { border: `2px dashed ${palette.neutralSecondaryAlt}`, background: "transparent" },
        /** A step the run passed over without doing it: hollow, dotted, with a dash. */
        markerSkipped: { border: `2px dotted ${palette.neutralSecondaryAlt}`, background: "transparent" },
        markerIconDone: { fontSize: 9, color: palette.white },
        markerIconSkipped: { fontSize: 9, color: palette.neutralSecondary },
        connector: { flex: "1 1 auto", minWidth: 12, marginInlineEnd: 4, borderTop: `2px dotted ${palette.neutralSecondaryAlt}` },
        connectorDone: { borderTopStyle: "solid", borderTopColor: palette.themePrimary },
        stepText: { display: "flex", flexDirection: "column", paddingInlineEnd: 8, minWidth: 0 },
        labelDone: stepLabel(palette.neutralPrimary, 400),
        labelCurrent: stepLabel(palette.neutralPrimary, 600),
        labelNotReached: stepLabel(palette.neutralSecondary, 400),
        labelSkipped: stepLabel(palette.neutralSecondary, 400, "line-through"),
        stateLine: { margin: "2px 0 0" },
        retries: {
            fontSize: 12,
            marginTop: 2,
            alignSelf: "flex-start",
            padding: "0 6px",
            borderRadius: 8,
            border: `1px solid ${semanticColors.warningIcon}`,
            color: palette.neutralPrimary,
        },

        detailLabel: { color: palette.neutralSecondary, margin: 0 },
        detailLabelCompact: { color: palette.neutralSecondary, margin: 0, marginTop: 4 },
        detailValue: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },

        errorCard: {
            border: "1px solid",
            borderInlineStartWidth: 4,
            borderRadius: 4,
            padding: "8px 12px",
            margin: "8px 0",
            color: semanticColors.messageText,
            minWidth: 0,
        },
        error_failed: { borderColor: semanticColors.errorIcon, background: semanticColors.errorBackground },
        error_attempt: { borderColor: semanticColors.severeWarningIcon, background: semanticColors.warningBackground },
        error_earlier: { borderColor: palette.neutralSecondaryAlt, background: palette.white },
        error_recorded: { borderColor: palette.neutralSecondaryAlt, background: palette.white },
        /** The card's title and, at its end on the same line however narrow the form, the copy button. */
        errorHeader: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: 8 },
        errorTitle: { display: "inline-flex", alignItems: "center", gap: 8, minWidth: 0, flex: "1 1 auto", paddingTop: 6 },
        errorIcon_failed: { color: semanticColors.errorIcon, fontSize: 16 },
        errorIcon_attempt: { color: semanticColors.severeWarningIcon, fontSize: 16 },
        errorIcon_earlier: { color: palette.neutralSecondary, fontSize: 16 },
        errorIcon_recorded: { color: palette.neutralSecondary, fontSize: 16 },
        copy: { display: "inline-flex", alignItems: "center" },
        muted: { color: semanticColors.bodySubtext },
        errorCodeLine: { display: "flex", flexWrap: "wrap", columnGap: 8, alignItems: "baseline", marginTop: 4, minWidth: 0 },
        errorCode: { overflowWrap: "anywhere", minWidth: 0 },
        errorCodeValue: { fontFamily: MONOSPACE, whiteSpace: "nowrap" },
        errorMessage: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", marginTop: 4, overflow: "auto" },
        errorMessageExpanded: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", marginTop: 4, overflow: "auto", maxHeight: 400 },

        /** The cancel confirmation asked inside the control. */
        question: {
            border: `1px solid ${palette.neutralSecondaryAlt}`,
            borderRadius: 4,
            padding: "8px 12px",
            margin: "8px 0",
            display: "flex",
            flexDirection: "column",
            gap: 6,
        },
        questionButtons: { display: "flex", flexWrap: "wrap", gap: 8 },

        parameters: { margin: "6px 0" },
        parametersHeading: { margin: 0, fontSize: 14, fontWeight: 600 },
        parametersToggle: { height: 28, padding: "0 2px", fontSize: 14, fontWeight: 600, color: palette.neutralPrimary },
        parametersBody: { paddingInlineStart: 4, minWidth: 0 },
        pairScroll: { overflow: "auto" },
        pairTable: { borderCollapse: "collapse", width: "100%", fontSize: 12, tableLayout: "fixed" },
        pairKeyColumn: { padding: "4px 8px", borderBottom: `1px solid ${palette.neutralLight}`, verticalAlign: "top", textAlign: "start", width: "30%" },
        pairValueColumn: { padding: "4px 8px", borderBottom: `1px solid ${palette.neutralLight}`, verticalAlign: "top", textAlign: "start" },
        pairKey: {
            padding: "4px 8px",
            borderBottom: `1px solid ${palette.neutralLight}`,
            verticalAlign: "top",
            textAlign: "start",
            fontWeight: 600,
            overflowWrap: "anywhere",
        },
        pairValue: {
            padding: "4px 8px",
            borderBottom: `1px solid ${palette.neutralLight}`,
            verticalAlign: "top",
            textAlign: "start",
            overflowWrap: "anywhere",
        },
        pairPreview: { fontFamily: MONOSPACE, overflowWrap: "anywhere" },
        pairJson: { display: "flex", alignItems: "flex-start", gap: 2, minWidth: 0 },
        pairText: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
    });
}

/** The timeline's class names for the theme in scope (built once per theme object). */
export const useTimelineStyles = themedStyles(timelineStyles).useStyles;

/** The class of a step's label in each state: the current step bold, steps not reached or skipped muted. */
export const STEP_LABEL: Readonly<Record<StepState, "labelDone" | "labelCurrent" | "labelNotReached" | "labelSkipped">> = {
    done: "labelDone",
    current: "labelCurrent",
    notReached: "labelNotReached",
    skipped: "labelSkipped",
};
