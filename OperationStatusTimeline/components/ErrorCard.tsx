import * as React from "react";
import { ActionButton } from "@fluentui/react/lib/Button";
import { useTheme } from "@fluentui/react/lib/Theme";
import { useHost } from "../../common/components/HostContext";
import { CopyButton } from "../../common/components/CopyButton";
import type { ErrorInfo } from "../model/timelineModel";

/** Messages longer than this (or with more lines) start collapsed. */
export const ERROR_PREVIEW_CHARS = 400;
const ERROR_PREVIEW_LINES = 6;

function preview(text: string): string | undefined {
    const lines = text.split("\n");
    if (text.length <= ERROR_PREVIEW_CHARS && lines.length <= ERROR_PREVIEW_LINES) return undefined;
    return lines.slice(0, ERROR_PREVIEW_LINES).join("\n").slice(0, ERROR_PREVIEW_CHARS);
}

/** The error code (decimal and hex) and the message as plain text, collapsible and copyable. */
export const ErrorCard = React.memo(function ErrorCard({ error }: { error: ErrorInfo }) {
    const { t } = useHost();
    const theme = useTheme();
    const [expanded, setExpanded] = React.useState(false);
    const message = error.message.state === "value" ? (error.message.value ?? "") : "";
    const short = React.useMemo(() => preview(message), [message]);
    const code = error.code.state === "value" ? error.code.value : null;
    const codeText =
        error.code.state === "masked"
            ? t("Field_Masked")
            : code === null
              ? t("Field_Empty")
              : error.notFromDataverse
                ? t("Error_NotFromDataverse")
                : error.hex
                  ? t("Error_CodeValue", code, error.hex)
                  : String(code);
    const copyText = React.useCallback(() => [code !== null ? (error.hex ? `${code} (${error.hex})` : String(code)) : "", message].filter(Boolean).join("\n"), [code, error.hex, message]);
    return (
        <section
            className="aops-error"
            aria-label={t("Error_Title")}
            style={{ border: `1px solid ${theme.semanticColors.errorIcon}`, borderInlineStartWidth: 4, borderRadius: 4, padding: "8px 12px", margin: "8px 0" }}
        >
            <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 8, flexWrap: "wrap" }}>
                <span style={{ fontWeight: 600 }}>{t("Error_Title")}</span>
                <span style={{ display: "inline-flex", alignItems: "center" }}>
                    <CopyButton text={copyText} label={t("Error_Copy")} />
                </span>
            </div>
            <div>
                <span style={{ color: theme.palette.neutralSecondary }}>{t("Error_Code")}: </span>
                <span className="aops-error-code" style={{ fontFamily: "Consolas, Menlo, monospace" }}>
                    {codeText}
                </span>
            </div>
            {error.message.state === "masked" ? (
                <div title={t("Field_MaskedHint")}>{t("Field_Masked")}</div>
            ) : message ? (
                <>
                    <div className="aops-error-message" style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", marginTop: 4, maxHeight: expanded ? 400 : undefined, overflow: "auto" }}>
                        {short !== undefined && !expanded ? `${short}…` : message}
                    </div>
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
