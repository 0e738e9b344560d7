import * as React from "react";

/**
 * A translated sentence with React nodes in its `{0}`, `{1}`… places, so data inside a sentence can be
 * isolated (LtrText) or made visible (VisibleText) without building markup from strings. The template
 * is the resx text itself: `t(key)` with no arguments keeps its placeholders.
 */
export function fillNodes(template: string, args: readonly React.ReactNode[]): React.ReactNode[] {
    const parts: React.ReactNode[] = [];
    let last = 0;
    const pattern = /\{(\d+)\}/g;
    for (let match = pattern.exec(template); match !== null; match = pattern.exec(template)) {
        if (match.index > last) parts.push(template.slice(last, match.index));
        const arg = args[Number(match[1])];
        parts.push(arg === undefined ? match[0] : <React.Fragment key={`${match.index}`}>{arg}</React.Fragment>);
        last = match.index + match[0].length;
    }
    if (last < template.length) parts.push(template.slice(last));
    return parts;
}

export function Sentence({ template, args }: { template: string; args: readonly React.ReactNode[] }): React.ReactElement {
    return <>{fillNodes(template, args)}</>;
}
