import * as React from "react";
import { ActionButton, type IButtonStyles } from "@fluentui/react/lib/Button";
import { useHost } from "./HostContext";

export interface RefreshButtonProps {
    onRefresh(): void;
    /** What it refreshes, where a control has more than one: it goes into the accessible name ("Refresh now: System jobs"). */
    subject?: string;
}

/**
 * The one "Refresh now" of every control and section: the refresh icon and its label, small enough for a
 * status line, the same look and accessible name wherever a refresh loop offers it.
 */
export const RefreshButton = React.memo(function RefreshButton({ onRefresh, subject }: RefreshButtonProps) {
    const { t } = useHost();
    const label = t("Refresh_Now");
    // The visible label starts the accessible name, so speech input finds the button by what it shows.
    const name = subject ? t("Refresh_NowOf", subject) : label;
    return (
        <ActionButton className="aops-refresh-now" iconProps={REFRESH_ICON} onClick={onRefresh} ariaLabel={name} styles={STYLES}>
            {label}
        </ActionButton>
    );
});

const REFRESH_ICON = { iconName: "Refresh" };
const STYLES: IButtonStyles = {
    root: { height: 24, padding: "0 4px", fontSize: 12, flexShrink: 0 },
    // A gap rather than a side margin keeps icon and label apart in right-to-left layouts too.
    flexContainer: { gap: 4 },
    icon: { fontSize: 12, margin: 0 },
    label: { margin: 0, whiteSpace: "nowrap" },
};
