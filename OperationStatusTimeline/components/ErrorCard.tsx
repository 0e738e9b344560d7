import * as React from "react";
import { Icon } from "@fluentui/react/lib/Icon";
import { getId } from "@fluentui/react/lib/Utilities";
import { useHost } from "../../common/components/HostContext";
import { CopyButton } from "../../common/components/CopyButton";
import { DisclosureButton } from "../../common/components/Disclosure";
import { FieldValue, RestrictedValue } from "../../common/components/FieldValue";
import { LtrText } from "../../common/components/LtrText";
import { VisibleText } from "../../common/components/VisibleText";
import { useSharedStyles } from "../../common/components/styles";
import type { ErrorInfo, ErrorSeverity } from "../model/timelineModel";
import { useTimelineStyles } from "./styles";

/** Messages longer than this (or with more lines) start collapsed. */
const ERROR_PREVIEW_CHARS = 400;
const ERROR_PREVIEW_LINES = 6;

function preview(text: string): string | undefined {
    const lines = text.split("\n");
    if (text.length <= ERROR_PREVIEW_CHARS && lines.length <= ERROR_PREVIEW_LINES) return undefined;
    return lines.slice(0, ERROR_PREVIEW_LINES).join("\n").slice(0, ERROR_PREVIEW_CHARS);
}

const TITLE: Readonly<Record<ErrorSeverity, string>> = {
    failed: "Error_Title",
    attempt: "Error_TitleAttempt",
    earlier: "Error_TitleEarlier",
    recorded: "Error_TitleRecorded",
};

const ICON: Readonly<Record<ErrorSeverity, string>> = { failed: "ErrorBadge", attempt: "Warning", earlier: "Info", recorded: "Info" };

/**
 * The error code (decimal and hex) and the message as plain text, collapsible and copyable. Red only when
 * the run failed; while it can still succeed it is the last attempt's failure, shown as a warning; after a
 * run that ended otherwise, or when the status is not known, it is neutral.
 */
export const ErrorCard = React.memo(function ErrorCard({ error }: { error: ErrorInfo }) {
    const { t } = useHost();
    const shared = useSharedStyles();
    const styles = useTimelineStyles();
    const [expanded, setExpanded] = React.useState(false);
    const [messageId] = React.useState(() => getId("aops-error-message"));
    const message = error.message.state === "value" ? (error.message.value ?? "") : "";
    const short = React.useMemo(() => preview(message), [message]);
    const code = error.code.state === "value" ? error.code.value : null;
    const codeText = (value: number) =>
        error.notFromDataverse ? t("Error_NotFromDataverse") : <LtrText className={styles.errorCodeValue}>{error.formatted ?? String(value)}</LtrText>;
    const copyText = React.useCallback(
        () => [code !== null ? (error.formatted ?? String(code)) : "", message].filter(Boolean).join("\n"),
        [code, error.formatted, message],
    );
    const title = t(TITLE[error.severity]);
    return (
        <section className={`aops-error ${styles.errorCard} ${styles[`error_${error.severity}`]}`} data-severity={error.severity} aria-label={title}>
            <div className={styles.errorHeader}>
                <span className={styles.errorTitle}>
                    <Icon iconName={ICON[error.severity]} className={styles[`errorIcon_${error.severity}`]} aria-hidden="true" />
                    <span className={shared.strong}>{title}</span>
                </span>
                <span className={styles.copy}>
                    <CopyButton text={copyText} label={t("Error_Copy")} />
                </span>
            </div>
            {error.severity === "attempt" ? <div className={shared.body}>{t("Error_AttemptNote")}</div> : null}
            <div className={styles.errorCodeLine}>
                <span className={styles.muted}>{t("Error_Code")}</span>
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
                    <div
                        id={messageId}
                        // A message keeps its own direction and alignment (English system text in an Arabic form).
                        dir="auto"
                        className={`aops-error-message ${expanded ? styles.errorMessageExpanded : styles.errorMessage}`}
                        // Expanded, a long message scrolls in its own box, which the keyboard can reach.
                        {...(expanded ? { tabIndex: 0, role: "region", "aria-label": t("Property_errorMessage") } : {})}
                    >
                        <VisibleText text={short !== undefined && !expanded ? `${short}…` : message} />
                    </div>
                    {short !== undefined ? (
                        <DisclosureButton open={expanded} onToggle={() => setExpanded(!expanded)} controls={messageId}>
                            {expanded ? t("Error_ShowLess") : t("Error_ShowMore")}
                        </DisclosureButton>
                    ) : null}
                </>
            ) : null}
        </section>
    );
});
