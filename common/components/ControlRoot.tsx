import * as React from "react";
import { ThemeProvider } from "@fluentui/react/lib/Theme";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import { ErrorBoundary } from "./ErrorBoundary";
import { HostEnvironmentContext, type HostEnvironment } from "./HostContext";

export interface ControlRootProps {
    host: HostEnvironment;
    theme: Theme;
    /** Accessible name of the whole control (a resx string). */
    label: string;
    children?: React.ReactNode;
}

/** Theme scoped to the control, direction, compact layout and the error boundary, for every control. */
export const ControlRoot = React.memo(function ControlRoot({ host, theme, label, children }: ControlRootProps) {
    return (
        <HostEnvironmentContext.Provider value={host}>
            <ThemeProvider
                theme={theme}
                dir={host.rtl ? "rtl" : "ltr"}
                role="region"
                aria-label={label}
                className={host.compact ? "aops-root aops-compact" : "aops-root"}
                data-compact={host.compact ? "true" : "false"}
                style={{ fontFamily: theme.fonts.medium.fontFamily, color: theme.palette.neutralPrimary, background: theme.palette.white }}
            >
                <ErrorBoundary message={host.t("Error_Render")}>{children}</ErrorBoundary>
            </ThemeProvider>
        </HostEnvironmentContext.Provider>
    );
});
