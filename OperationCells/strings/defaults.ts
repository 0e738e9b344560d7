// Generated from OperationCells.1033.resx by scripts/strings.mjs: edit the resx, then run `npm run strings`.
// English strings of this control only, for hosts whose resource lookup is missing or empty; the shared
// ones are in common/strings/defaults.ts.
export const DEFAULT_STRINGS: Readonly<Record<string, string>> = {
    "Control_DisplayName": "AsyncOps operation cells",
    "Duration_Ran": "ran for {0}",
    "Error_Cell": "Cannot show this value",
    "Cells_NotInGrid": "These status cells work inside the Power Apps grid: set this control as the grid control’s Customizer control. On its own it shows nothing.",
};
