import * as React from "react";
import { ActionButton, IconButton } from "@fluentui/react/lib/Button";
import { useTheme } from "@fluentui/react/lib/Theme";
import { jsonEntries, jsonKind, readJson, type JsonRead } from "../model/json";
import { useHost } from "./HostContext";
import { countText } from "../model/text";

/** Raw text longer than this is cut until the user asks for all of it. */
export const RAW_PREVIEW_CHARS = 20_000;
/** Children of one object or array rendered before a "show more" action. */
export const CHILDREN_PAGE = 100;

export interface JsonViewProps {
    /** The column's text, or an already-read value. */
    source: string | null | JsonRead;
    /** Accessible name of the view, such as "Input parameters". */
    label: string;
    /** Levels expanded at first. */
    initialDepth?: number;
}

/** JSON as a collapsible tree; text that is not JSON as plain text with a note; always size-guarded. */
export const JsonView = React.memo(function JsonView({ source, label, initialDepth = 1 }: JsonViewProps) {
    const read = React.useMemo(() => (typeof source === "object" && source !== null ? source : readJson(source)), [source]);
    const { t } = useHost();
    if (read.kind === "empty") return <span className="aops-json-empty">{t("Json_Empty")}</span>;
    if (read.kind === "text") {
        const note = read.reason === "malformed" ? t("Json_Malformed") : read.reason === "tooLarge" ? t("Json_TooLarge") : undefined;
        return <RawText text={read.text} label={label} note={note} />;
    }
    return (
        <div role="tree" aria-label={label} className="aops-json" style={{ fontFamily: "Consolas, Menlo, monospace", fontSize: 12 }}>
            <JsonNode name={undefined} value={read.value} depth={0} initialDepth={initialDepth} />
        </div>
    );
});

interface RawTextProps {
    text: string;
    label: string;
    note?: string;
}

export const RawText = React.memo(function RawText({ text, label, note }: RawTextProps) {
    const { t } = useHost();
    const theme = useTheme();
    const [showAll, setShowAll] = React.useState(false);
    const long = text.length > RAW_PREVIEW_CHARS;
    const shown = long && !showAll ? text.slice(0, RAW_PREVIEW_CHARS) : text;
    return (
        <div className="aops-raw">
            {note ? <div role="note" style={{ color: theme.palette.neutralSecondary, marginBottom: 4 }}>{note}</div> : null}
            <pre
                aria-label={label}
                tabIndex={0}
                style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", margin: 0, maxHeight: 320, overflow: "auto", fontSize: 12 }}
            >
                {shown}
            </pre>
            {long && !showAll ? (
                <ActionButton iconProps={{ iconName: "More" }} onClick={() => setShowAll(true)}>
                    {t("Json_ShowAll", text.length.toLocaleString())}
                </ActionButton>
            ) : null}
        </div>
    );
});

interface JsonNodeProps {
    name: string | undefined;
    value: unknown;
    depth: number;
    initialDepth: number;
}

const JsonNode = React.memo(function JsonNode({ name, value, depth, initialDepth }: JsonNodeProps) {
    const { t } = useHost();
    const theme = useTheme();
    const kind = jsonKind(value);
    const container = kind === "object" || kind === "array";
    const [open, setOpen] = React.useState(depth < initialDepth);
    const [limit, setLimit] = React.useState(CHILDREN_PAGE);
    const entries = React.useMemo(() => (container && open ? jsonEntries(value) : []), [container, open, value]);
    const keyLabel = name === undefined ? null : <span style={{ color: theme.palette.themeDarkAlt }}>{name}: </span>;

    if (!container) {
        return (
            <div role="treeitem" aria-level={depth + 1} aria-selected={false} style={{ paddingInlineStart: 24 }}>
                {keyLabel}
                <span data-kind={kind} style={{ color: kind === "string" ? theme.palette.greenDark : theme.palette.neutralPrimary, wordBreak: "break-word" }}>
                    {kind === "string" ? JSON.stringify(value) : String(value)}
                </span>
            </div>
        );
    }
    const count = Array.isArray(value) ? value.length : Object.keys(value as object).length;
    const summary = countText(t, kind === "array" ? "Json_Items" : "Json_Keys", count, count);
    return (
        <div role="treeitem" aria-level={depth + 1} aria-expanded={open} aria-selected={false}>
            <IconButton
                iconProps={{ iconName: open ? "ChevronDown" : "ChevronRight" }}
                title={open ? t("Json_Collapse") : t("Json_Expand")}
                ariaLabel={`${open ? t("Json_Collapse") : t("Json_Expand")} ${name ?? ""} ${summary}`.trim()}
                onClick={() => setOpen(!open)}
                styles={{ root: { width: 24, height: 20 }, icon: { fontSize: 10 } }}
            />
            {keyLabel}
            <span style={{ color: theme.palette.neutralSecondary }}>
                {kind === "array" ? "[ ]" : "{ }"} {summary}
            </span>
            {open ? (
                <div role="group" style={{ paddingInlineStart: 16 }}>
                    {entries.slice(0, limit).map(([key, child]) => (
                        <JsonNode key={key} name={key} value={child} depth={depth + 1} initialDepth={initialDepth} />
                    ))}
                    {entries.length > limit ? (
                        <ActionButton onClick={() => setLimit(limit + CHILDREN_PAGE)}>
                            {t("Json_ShowMore", Math.min(CHILDREN_PAGE, entries.length - limit), entries.length - limit)}
                        </ActionButton>
                    ) : null}
                </div>
            ) : null}
        </div>
    );
});
