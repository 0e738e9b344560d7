import * as React from "react";
import { IconButton } from "@fluentui/react/lib/Button";
import { css } from "@fluentui/react/lib/Utilities";
import { useHost } from "./HostContext";
import { useSharedStyles } from "./styles";
import { useTimeout } from "./useTimeout";

export interface CopyButtonProps {
    /** The text to copy, computed only when the user clicks. */
    text: () => string;
    /** Accessible name, such as "Copy error message". */
    label: string;
}

/** How long "Copied" stays on screen. */
export const COPY_FEEDBACK_MS = 3000;

const ICONS = { copy: { iconName: "Copy" }, copied: { iconName: "CheckMark" }, failed: { iconName: "Error" } } as const;

/**
 * Writes to the clipboard and says whether it worked (clipboard access can be refused): the icon turns
 * into a check mark and a small bubble under the button says "Copied" for a few seconds, then both go
 * away. The bubble floats, so it never pushes a toolbar; it is the live region screen readers hear.
 */
export const CopyButton = React.memo(function CopyButton({ text, label }: CopyButtonProps) {
    const { t } = useHost();
    const styles = useSharedStyles();
    const [status, setStatus] = React.useState<"" | "copied" | "failed">("");
    const mounted = React.useRef(true);
    React.useEffect(
        () => () => {
            mounted.current = false;
        },
        [],
    );
    // The feedback fades after a while; a new outcome shows for the whole while again.
    useTimeout(
        React.useMemo(() => (status === "" ? undefined : () => setStatus("")), [status]),
        COPY_FEEDBACK_MS,
    );
    const copy = React.useCallback(() => {
        const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
        if (!clipboard?.writeText) {
            setStatus("failed");
            return;
        }
        clipboard
            .writeText(text())
            .then(() => mounted.current && setStatus("copied"))
            .catch(() => mounted.current && setStatus("failed"));
    }, [text]);
    return (
        <span className={styles.copyWrap}>
            <IconButton iconProps={status === "" ? ICONS.copy : ICONS[status]} title={label} ariaLabel={label} onClick={copy} />
            <span role="status" aria-live="polite" className={css(styles.copyFeedback, status !== "" && styles.copyFeedbackShown)}>
                {status === "copied" ? t("Copy_Done") : status === "failed" ? t("Copy_Failed") : ""}
            </span>
        </span>
    );
});
