import * as React from "react";
import { getTheme, type ITheme as Theme } from "@fluentui/react/lib/Styling";
import { ThemeContext } from "@fluentui/react/lib/Theme";

/**
 * The theme in scope: the one ControlRoot (or a grid cell's frame) provides, read from the context
 * alone. Fluent's own useTheme also subscribes every caller to the global customizations (a state, an
 * effect and an observer per component), which a grid of thousands of cells pays for on mount and unmount;
 * the controls never change the theme through customizations, so a context read is all they need.
 */
export function useControlTheme(): Theme {
    return React.useContext(ThemeContext) ?? getTheme();
}
