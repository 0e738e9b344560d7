import * as React from "react";
import { getId } from "@fluentui/react/lib/Utilities";
import { errorText } from "../model/dataverseErrors";
import { DisclosureButton } from "./Disclosure";
import { useHost } from "./HostContext";
import { useSharedStyles } from "./styles";
import { VisibleText } from "./VisibleText";

/** The technical text of a failure: its message, else its name, else nothing worth showing. */
export function technicalText(error: unknown): string {
    const message = errorText(error).trim();
    if (message) return message;
    if (error instanceof Error && error.name) return error.name;
    return "";
}

/**
 * A failure's technical text (an engine's or network stack's message, in English) behind a "Technical
 * details" toggle, closed at first: the user reads the control's own sentence, an admin can still read
 * what happened. Nothing when the failure carries no text.
 */
export const TechnicalDetails = React.memo(function TechnicalDetails({ error }: { error: unknown }) {
    const { t } = useHost();
    const styles = useSharedStyles();
    const [open, setOpen] = React.useState(false);
    const [id] = React.useState(() => getId("aops-details"));
    const text = technicalText(error);
    if (!text) return null;
    return (
        <span className={`aops-technical-details ${styles.wrap}`}>
            <DisclosureButton open={open} onToggle={() => setOpen(!open)} controls={id}>
                {t("Error_TechnicalDetails")}
            </DisclosureButton>
            {open ? (
                <span id={id} className={styles.details}>
                    <VisibleText text={text} dir="ltr" />
                </span>
            ) : null}
        </span>
    );
});
