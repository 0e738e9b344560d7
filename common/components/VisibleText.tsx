import * as React from "react";
import { css } from "@fluentui/react/lib/Utilities";
import { revealInvisible } from "../model/visibleText";
import { useHost } from "./HostContext";
import { useSharedStyles } from "./styles";

export interface VisibleTextProps {
    text: string;
    /** "ltr" for code and data (unique names, ids, keys); "auto" (default) for text that decides by itself. */
    dir?: "ltr" | "auto";
    className?: string;
    /** Draws a run of visible text (e.g. with search matches highlighted); plain text by default. */
    renderRun?(text: string): React.ReactNode;
}

/**
 * Names, ids and messages as they really are: every invisible character (zero-width, bidirectional
 * override or isolate, NUL and other controls) shows as a small framed code point with an accessible
 * label, instead of being drawn as nothing or reordering what follows it. The text is isolated from
 * the layout's direction and wraps anywhere, so a long name never widens the form. The characters
 * themselves are left out of the page (a right-to-left override would still act there); copy
 * functions take the original text from the data.
 */
export const VisibleText = React.memo(function VisibleText({ text, dir = "auto", className, renderRun }: VisibleTextProps) {
    const { t } = useHost();
    const styles = useSharedStyles();
    const segments = React.useMemo(() => revealInvisible(text), [text]);
    return (
        <bdi dir={dir} className={css(styles.wrap, className)}>
            {segments.map((segment, index) =>
                segment.codePoint ? (
                    <span
                        key={index}
                        dir="ltr"
                        role="img"
                        aria-label={t("Invisible_Character", segment.codePoint)}
                        title={t("Invisible_Character", segment.codePoint)}
                        className={styles.invisibleMarker}
                    >
                        {segment.codePoint}
                    </span>
                ) : (
                    <React.Fragment key={index}>{renderRun ? renderRun(segment.text) : segment.text}</React.Fragment>
                ),
            )}
        </bdi>
    );
});
