import * as React from "react";

export interface LtrTextProps {
    children?: React.ReactNode;
    /**
     * "ltr" (default) for code and data that are left-to-right whatever the language: numbers with a
     * sign, error codes, GUIDs, unique names, JSON. "auto" for text whose own first letters decide (a
     * message Dataverse wrote in the user's language, a display name, a maker's label).
     */
    dir?: "ltr" | "auto";
    className?: string;
}

/**
 * Code or data inside a right-to-left layout, isolated so the layout's direction cannot reorder it:
 * without this, Arabic shows "-2147187707" as "2147187707-" and moves the quotes and brackets of JSON.
 * `<bdi>` isolates its content from the text around it (and that text from it).
 */
export const LtrText = React.memo(function LtrText({ children, dir = "ltr", className }: LtrTextProps) {
    return (
        <bdi dir={dir} className={className}>
            {children}
        </bdi>
    );
});
