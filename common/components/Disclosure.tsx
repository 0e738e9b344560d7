import * as React from "react";
import { ActionButton, IconButton, type IButtonStyles } from "@fluentui/react/lib/Button";
import { useControlTheme } from "./useControlTheme";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import { useHost } from "./HostContext";
import { useSharedStyles } from "./styles";

/**
 * The one expand/collapse idiom of the controls: a Fluent chevron that points down when open and
 * towards the reading direction when closed (right, or left in a right-to-left layout).
 */
export function chevronIconName(open: boolean, rtl: boolean): string {
    if (open) return "ChevronDown";
    return rtl ? "ChevronLeft" : "ChevronRight";
}

export interface DisclosureButtonProps {
    open: boolean;
    onToggle: () => void;
    /** The visible label; when absent, an icon-only button named by `ariaLabel`. */
    children?: React.ReactNode;
    ariaLabel?: string;
    /** Id of the region it opens. */
    controls?: string;
    className?: string;
    /** The direction the chevron points in when closed; the host's by default. */
    ltr?: boolean;
}

const ICON_ONLY = { root: { width: 24, height: 24 }, icon: { fontSize: 10 } };

const labelledStyles = new WeakMap<Theme, IButtonStyles>();

/**
 * The labelled toggle in the link color of message bars in every state (Fluent's action button turns
 * themePrimary on hover, which is too faint on a warning or error background in a dark theme).
 */
function disclosureStyles(theme: Theme): IButtonStyles {
    let styles = labelledStyles.get(theme);
    if (!styles) {
        const { messageLink, messageLinkHovered } = theme.semanticColors;
        styles = {
            root: { color: messageLink },
            rootHovered: { color: messageLinkHovered },
            rootPressed: { color: messageLinkHovered },
            rootExpanded: { color: messageLink },
            icon: { color: messageLink, fontSize: 10 },
            iconHovered: { color: messageLinkHovered },
            iconPressed: { color: messageLinkHovered },
        };
        labelledStyles.set(theme, styles);
    }
    return styles;
}

export const DisclosureButton = React.memo(function DisclosureButton({ open, onToggle, children, ariaLabel, controls, className, ltr }: DisclosureButtonProps) {
    const { rtl } = useHost();
    const styles = useSharedStyles();
    const theme = useControlTheme();
    const iconProps = React.useMemo(() => ({ iconName: chevronIconName(open, ltr ? false : rtl) }), [open, ltr, rtl]);
    if (children === undefined) {
        return (
            <IconButton
                iconProps={iconProps}
                title={ariaLabel}
                ariaLabel={ariaLabel}
                aria-expanded={open}
                aria-controls={controls}
                onClick={onToggle}
                styles={ICON_ONLY}
                className={className}
            />
        );
    }
    return (
        <ActionButton
            iconProps={iconProps}
            aria-expanded={open}
            aria-controls={controls}
            ariaLabel={ariaLabel}
            onClick={onToggle}
            className={className ?? styles.disclosure}
            styles={className ? undefined : disclosureStyles(theme)}
        >
            {children}
        </ActionButton>
    );
});
