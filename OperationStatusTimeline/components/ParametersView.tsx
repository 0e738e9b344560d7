import * as React from "react";
import { ActionButton, IconButton } from "@fluentui/react/lib/Button";
import { useTheme } from "@fluentui/react/lib/Theme";
import { useHost } from "../../common/components/HostContext";
import { JsonView, RawText, RAW_PREVIEW_CHARS, CHILDREN_PAGE } from "../../common/components/JsonView";
import { readParameters, type ParameterPair } from "../model/parameters";

export interface ParametersViewProps {
    /** The column's text (parsed once per distinct value). */
    text: string | null;
    label: string;
}

/** Key/value pairs as a table, other JSON as a tree, anything else as text. */
export const ParametersView = React.memo(function ParametersView({ text, label }: ParametersViewProps) {
    const read = React.useMemo(() => readParameters(text), [text]);
    const { t } = useHost();
    if (read.kind === "empty") return <span>{t("Json_Empty")}</span>;
    if (read.kind === "pairs") return <PairTable pairs={read.pairs} label={label} />;
    return <JsonView source={read.read} label={label} />;
});

function PairTable({ pairs, label }: { pairs: ParameterPair[]; label: string }) {
    const { t } = useHost();
    const theme = useTheme();
    const [limit, setLimit] = React.useState(CHILDREN_PAGE);
    const cell: React.CSSProperties = { padding: "4px 8px", borderBottom: `1px solid ${theme.palette.neutralLight}`, verticalAlign: "top", textAlign: "start" };
    return (
        <div>
            {/* Long lists scroll inside the control rather than stretching the form. */}
            <div tabIndex={0} data-is-scrollable="true" role="group" aria-label={label} style={{ maxHeight: 320, overflow: "auto" }}>
                <table aria-label={label} className="aops-pairs" style={{ borderCollapse: "collapse", width: "100%", fontSize: 12 }}>
                    <thead>
                        <tr>
                            <th scope="col" style={{ ...cell, width: "30%" }}>{t("Params_Key")}</th>
                            <th scope="col" style={cell}>{t("Params_Value")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {pairs.slice(0, limit).map((pair, index) => (
                            <tr key={index}>
                                <th scope="row" style={{ ...cell, fontWeight: 600, wordBreak: "break-word" }}>{pair.key}</th>
                                <td style={{ ...cell, wordBreak: "break-word" }}>
                                    <PairValue pair={pair} />
                                </td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            </div>
            {pairs.length > limit ? (
                <ActionButton onClick={() => setLimit(limit + CHILDREN_PAGE)}>{t("Json_ShowMore", Math.min(CHILDREN_PAGE, pairs.length - limit), pairs.length - limit)}</ActionButton>
            ) : null}
        </div>
    );
}

function PairValue({ pair }: { pair: ParameterPair }) {
    const { t } = useHost();
    const [open, setOpen] = React.useState(false);
    if (pair.json) {
        const name = `${open ? t("Json_Collapse") : t("Json_Expand")} ${pair.key}`;
        return (
            <div>
                <IconButton
                    iconProps={{ iconName: open ? "ChevronDown" : "ChevronRight" }}
                    title={name}
                    ariaLabel={name}
                    aria-expanded={open}
                    onClick={() => setOpen(!open)}
                    styles={{ root: { width: 24, height: 20 }, icon: { fontSize: 10 } }}
                />
                {open ? (
                    <JsonView source={pair.json} label={pair.key} />
                ) : (
                    <span style={{ fontFamily: "Consolas, Menlo, monospace" }}>{pair.text.length > 120 ? `${pair.text.slice(0, 120)}…` : pair.text}</span>
                )}
            </div>
        );
    }
    if (pair.text.length > RAW_PREVIEW_CHARS) return <RawText text={pair.text} label={pair.key} />;
    return <span style={{ whiteSpace: "pre-wrap" }}>{pair.text}</span>;
}
