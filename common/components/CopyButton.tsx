import * as React from "react";
import { IconButton } from "@fluentui/react/lib/Button";
import { useHost } from "./HostContext";

export interface CopyButtonProps {
    /** The text to copy, computed only when the user clicks. */
    text: () => string;
    /** Accessible name, such as "Copy error message". */
    label: string;
}

/** Writes to the clipboard and says in a live region whether it worked (clipboard access can be refused). */
export const CopyButton = React.memo(function CopyButton({ text, label }: CopyButtonProps) {
    const { t } = useHost();
    const [status, setStatus] = React.useState<"" | "copied" | "failed">("");
    const mounted = React.useRef(true);
    React.useEffect(() => () => {
        mounted.current = false;
    }, []);
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
        <>
            <IconButton iconProps={{ iconName: "Copy" }} title={label} ariaLabel={label} onClick={copy} />
            <span role="status" aria-live="polite" style={{ fontSize: 12 }}>
                {status === "copied" ? t("Copy_Done") : status === "failed" ? t("Copy_Failed") : ""}
            </span>
        </>
    );
});
