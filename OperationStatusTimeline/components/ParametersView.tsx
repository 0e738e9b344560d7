import * as React from "react";
import { numberText } from "../../common/model/text";
import { ActionButton } from "@fluentui/react/lib/Button";
import { getId } from "@fluentui/react/lib/Utilities";
import { useHost } from "../../common/components/HostContext";
import { DisclosureButton } from "../../common/components/Disclosure";
import { RestrictedValue } from "../../common/components/FieldValue";
import { JsonView, RawText, RAW_PREVIEW_CHARS, CHILDREN_PAGE } from "../../common/components/JsonView";
import { VisibleText } from "../../common/components/VisibleText";
import type { FieldRead } from "../../common/model/fieldRead";
import { readParameters, type ParameterPair } from "../model/parameters";
import { useTimelineStyles } from "./styles";

/** A parameters column under a heading that opens and closes it (a Fluent chevron); open at first when it has a value. */
export const ParametersSection = React.memo(function ParametersSection({ label, read }: { label: string; read: FieldRead<string> }) {
    const styles = useTimelineStyles();
    const [open, setOpen] = React.useState(true);
    const [bodyId] = React.useState(() => getId("aops-parameters"));
    if (read.state === "empty") return null;
    return (
        <div className={`aops-parameters ${styles.parameters}`}>
            <h4 className={styles.parametersHeading}>
                <DisclosureButton open={open} onToggle={() => setOpen(!open)} controls={bodyId} className={styles.parametersToggle}>
                    {label}
                </DisclosureButton>
            </h4>
            {open ? (
                <div id={bodyId} className={styles.parametersBody}>
                    {read.state === "masked" ? <RestrictedValue /> : <ParametersView text={read.value} label={label} />}
                </div>
            ) : null}
        </div>
    );
});

/** Key/value pairs as a table, other JSON as a tree, anything else as text. */
export const ParametersView = React.memo(function ParametersView({ text, label }: { text: string | null; label: string }) {
    // Parsed once per distinct value.
    const read = React.useMemo(() => readParameters(text), [text]);
    const { t } = useHost();
    if (read.kind === "empty") return <span>{t("Json_Empty")}</span>;
    if (read.kind === "pairs") return <PairTable pairs={read.pairs} label={label} />;
    return <JsonView source={read.read} label={label} />;
});

/** Long lists scroll inside the control rather than stretching the form, 100 rows at a time. */
const SCROLL_BOX: React.CSSProperties = { maxHeight: 320 };

function PairTable({ pairs, label }: { pairs: ParameterPair[]; label: string }) {
    const { t, clock } = useHost();
    const styles = useTimelineStyles();
    const [limit, setLimit] = React.useState(CHILDREN_PAGE);
    return (
        <div>
            <div tabIndex={0} data-is-scrollable="true" role="region" aria-label={label} className={styles.pairScroll} style={SCROLL_BOX}>
                <table aria-label={label} className={`aops-pairs ${styles.pairTable}`}>
                    <thead>
                        <tr>
                            <th scope="col" className={styles.pairKeyColumn}>
                                {t("Params_Key")}
                            </th>
                            <th scope="col" className={styles.pairValueColumn}>
                                {t("Params_Value")}
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        {pairs.slice(0, limit).map((pair, index) => (
                            <tr key={index}>
                                <th scope="row" className={styles.pairKey}>
                                    <VisibleText text={pair.key} dir="ltr" />
                                </th>
                                <td className={styles.pairValue}>
                                    <PairValue pair={pair} />
                                </td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            </div>
            {pairs.length > limit ? (
                <ActionButton onClick={() => setLimit(limit + CHILDREN_PAGE)}>
                    {t(
                        "Json_ShowMore",
                        numberText(Math.min(CHILDREN_PAGE, pairs.length - limit), clock.locale),
                        numberText(pairs.length - limit, clock.locale),
                    )}
                </ActionButton>
            ) : null}
        </div>
    );
}

function PairValue({ pair }: { pair: ParameterPair }) {
    const { t } = useHost();
    const styles = useTimelineStyles();
    const [open, setOpen] = React.useState(false);
    const [valueId] = React.useState(() => getId("aops-pair"));
    if (pair.json) {
        const name = `${open ? t("Json_Collapse") : t("Json_Expand")} ${pair.key}`;
        return (
            <div className={styles.pairJson}>
                <DisclosureButton open={open} onToggle={() => setOpen(!open)} ariaLabel={name} controls={valueId} ltr />
                <div id={valueId} className={styles.parametersBody}>
                    {open ? (
                        <JsonView source={pair.json} label={pair.key} />
                    ) : (
                        <VisibleText text={pair.text.length > 120 ? `${pair.text.slice(0, 120)}…` : pair.text} dir="ltr" className={styles.pairPreview} />
                    )}
                </div>
            </div>
        );
    }
    if (pair.text.length > RAW_PREVIEW_CHARS) return <RawText text={pair.text} label={pair.key} />;
    return <VisibleText text={pair.text} className={styles.pairText} />;
}
