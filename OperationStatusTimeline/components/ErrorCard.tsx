import * as React from "react";
import { ActionButton } from "@fluentui/react/lib/Button";
import { useHost } from "../../common/components/HostContext";
import { CopyButton } from "../../common/components/CopyButton";
import { FieldValue, RestrictedValue } from "../../common/components/FieldValue";
import { useSharedStyles } from "../../common/components/styles";
import type { ErrorInfo } from "../model/timelineModel";
import { useTimelineStyles } from "./styles";

/** Messages longer than this (or with more lines) start collapsed. */
const ERROR_PREVIEW_CHARS = 400;
const ERROR_PREVIEW_LINES = 6;

function preview(text: string): string | undefined {
    const lines = text.split("\n");
    if (text.length <= ERROR_PREVIEW_CHARS && lines.length <= ERROR_PREVIEW_LINES) return undefined;
    return lines.slice(0, ERROR_PREVIEW_LINES).join("\n").slice(0, ERROR_PREVIEW_CHARS);
}

/** The error code (decimal and hex) and the message as plain text, collapsible and copyable. */
export const ErrorCard = React.memo(function ErrorCard({ error }: { error: ErrorInfo }) {
    const { t } = useHost();
    const shared = useSharedStyles();
    const styles = useTimelineStyles();
    const [expanded, setExpanded] = React.useState(false);
    const message = error.message.state === "value" ? (error.message.value ?? "") : "";
    const short = React.useMemo(() => preview(message), [message]);
    const code = error.code.state === "value" ? error.code.value : null;
    const codeText = (value: number) => (error.notFromDataverse ? t("Error_NotFromDataverse") : error.hex ? t("Error_CodeValue", value, error.hex) : String(value));
    const copyText = React.useCallback(() => [code !== null ? (error.hex ? `${code} (${error.hex})` : String(code)) : "", message].filter(Boolean).join("\n"), [code, error.hex, message]);
    return (
        <section className={`aops-error ${styles.errorCard}`} aria-label={t("Error_Title")}>
            <div className={styles.header}>
                <span className={shared.strong}>{t("Error_Title")}</span>
                <span className={styles.copy}>
                    <CopyButton text={copyText} label={t("Error_Copy")} />
                </span>
            </div>
            <div>
                <span className={styles.muted}>{t("Error_Code")}: </span>
                <span className={`aops-error-code ${styles.errorCode}`}>
                    <FieldValue read={error.code}>{codeText}</FieldValue>
                </span>
            </div>
            {error.message.state === "masked" ? (
                <div>
                    <RestrictedValue />
                </div>
            ) : message ? (
                <>
                    <div className={`aops-error-message ${expanded ? styles.errorMessageExpanded : styles.errorMessage}`}>{short !== undefined && !expanded ? `${short}…` : message}</div>
                    {short !== undefined ? (
                        <ActionButton aria-expanded={expanded} iconProps={{ iconName: expanded ? "ChevronUp" : "ChevronDown" }} onClick={() => setExpanded(!expanded)}>
                            {expanded ? t("Error_ShowLess") : t("Error_ShowMore")}
                        </ActionButton>
                    ) : null}
                </>
            ) : null}
        </section>
    );
});
