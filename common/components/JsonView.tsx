import * as React from "react";
import { ActionButton } from "@fluentui/react/lib/Button";
import { Icon } from "@fluentui/react/lib/Icon";
import { css, getId } from "@fluentui/react/lib/Utilities";
import { jsonEntries, jsonKind, readJson, type JsonRead } from "../model/json";
import { countText } from "../model/text";
import { chevronIconName } from "./Disclosure";
import { useHost } from "./HostContext";
import { useSharedStyles } from "./styles";
import { VisibleText } from "./VisibleText";

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

/**
 * JSON as a tree that follows the ARIA tree pattern: one tab stop, arrow keys move between the visible
 * items, Right opens a closed item (or moves into an open one), Left closes an open item (or moves to its
 * parent), Home/End jump to the first/last item, Enter or Space toggle. JSON is code, so the tree is
 * left-to-right in every language. Text that is not JSON shows as plain text with a note; always
 * size-guarded.
 */
export const JsonView = React.memo(function JsonView({ source, label, initialDepth = 1 }: JsonViewProps) {
    const read = React.useMemo(() => (typeof source === "object" && source !== null ? source : readJson(source)), [source]);
    const { t } = useHost();
    if (read.kind === "empty") return <span className="aops-json-empty">{t("Json_Empty")}</span>;
    if (read.kind === "text") {
        const note = read.reason === "malformed" ? t("Json_Malformed") : read.reason === "tooLarge" ? t("Json_TooLarge") : undefined;
        return <RawText text={read.text} label={label} note={note} dir={read.reason === "notJson" ? "auto" : "ltr"} />;
    }
    return <JsonTree value={read.value} label={label} initialDepth={initialDepth} />;
});

interface TreeFocus {
    /** Id of the item that holds the tree's one tab stop. */
    active: string;
    /** Prefix of the element ids of this tree's items. */
    idPrefix: string;
}

const TreeFocusContext = React.createContext<TreeFocus>({ active: "0", idPrefix: "" });

const ITEM = '[role="treeitem"]';

function JsonTree({ value, label, initialDepth }: { value: unknown; label: string; initialDepth: number }) {
    const styles = useSharedStyles();
    const [active, setActive] = React.useState("0");
    const [idPrefix] = React.useState(() => getId("aops-json"));
    const focus = React.useMemo(() => ({ active, idPrefix }), [active, idPrefix]);
    const tree = React.useRef<HTMLDivElement>(null);
    const onFocus = React.useCallback((event: React.FocusEvent<HTMLElement>) => {
        const id = event.target.getAttribute("data-tree-id");
        if (id !== null) setActive(id);
    }, []);
    // Up, Down, Home and End move over the items in the order they show; a key on anything else is left alone.
    const onKeyDown = React.useCallback((event: React.KeyboardEvent<HTMLElement>) => {
        const target = event.target as HTMLElement;
        if (!tree.current || target.getAttribute("role") !== "treeitem") return;
        const items = Array.from(tree.current.querySelectorAll<HTMLElement>(ITEM));
        const index = items.indexOf(target);
        let next: HTMLElement | undefined;
        switch (event.key) {
            case "ArrowDown":
                next = items[index + 1];
                break;
            case "ArrowUp":
                next = items[index - 1];
                break;
            case "Home":
                next = items[0];
                break;
            case "End":
                next = items[items.length - 1];
                break;
            default:
                return;
        }
        event.preventDefault();
        next?.focus();
    }, []);
    return (
        <TreeFocusContext.Provider value={focus}>
            <div ref={tree} role="tree" aria-label={label} dir="ltr" className={`aops-json ${styles.jsonTree}`} onFocus={onFocus} onKeyDown={onKeyDown}>
                <JsonNode id="0" name={undefined} value={value} depth={0} initialDepth={initialDepth} />
            </div>
        </TreeFocusContext.Provider>
    );
}

interface RawTextProps {
    text: string;
    label: string;
    note?: string;
    /** "ltr" for code (malformed JSON); "auto" (default) for text that decides by itself. */
    dir?: "ltr" | "auto";
}

export const RawText = React.memo(function RawText({ text, label, note, dir = "auto" }: RawTextProps) {
    const { t, clock } = useHost();
    const styles = useSharedStyles();
    const [showAll, setShowAll] = React.useState(false);
    const long = text.length > RAW_PREVIEW_CHARS;
    const shown = long && !showAll ? text.slice(0, RAW_PREVIEW_CHARS) : text;
    return (
        <div className="aops-raw">
            {note ? (
                <div role="note" className={styles.rawNote}>
                    {note}
                </div>
            ) : null}
            <pre aria-label={label} tabIndex={0} dir={dir} className={styles.raw}>
                <VisibleText text={shown} dir={dir} />
            </pre>
            {long && !showAll ? (
                <ActionButton iconProps={{ iconName: "More" }} onClick={() => setShowAll(true)}>
                    {t("Json_ShowAll", text.length.toLocaleString(clock.locale))}
                </ActionButton>
            ) : null}
        </div>
    );
});

interface JsonNodeProps {
    /** Position in the tree ("0", "0.3", "0.3.1"): names the item for the roving tab stop. */
    id: string;
    name: string | undefined;
    value: unknown;
    depth: number;
    initialDepth: number;
}

const JsonNode = React.memo(function JsonNode({ id, name, value, depth, initialDepth }: JsonNodeProps) {
    const { t } = useHost();
    const styles = useSharedStyles();
    const { active, idPrefix } = React.useContext(TreeFocusContext);
    const kind = jsonKind(value);
    const container = kind === "object" || kind === "array";
    const [open, setOpen] = React.useState(depth < initialDepth);
    const [limit, setLimit] = React.useState(CHILDREN_PAGE);
    const entries = React.useMemo(() => (container && open ? jsonEntries(value) : []), [container, open, value]);
    const labelId = `${idPrefix}-${id}`;
    const keyLabel =
        name === undefined ? null : (
            <span className={styles.jsonKey}>
                <VisibleText text={name} dir="ltr" />
                {": "}
            </span>
        );
    const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
        if (event.target !== event.currentTarget) return;
        const item = event.currentTarget;
        if (event.key === "ArrowRight" && container) {
            event.preventDefault();
            if (!open) setOpen(true);
            else item.querySelector<HTMLElement>(`[role="group"] ${ITEM}`)?.focus();
        } else if (event.key === "ArrowLeft") {
            event.preventDefault();
            if (container && open) setOpen(false);
            else item.parentElement?.closest<HTMLElement>(ITEM)?.focus();
        } else if ((event.key === "Enter" || event.key === " ") && container) {
            event.preventDefault();
            setOpen(!open);
        }
    };
    const itemProps = {
        role: "treeitem",
        "aria-level": depth + 1,
        "aria-selected": false,
        "aria-labelledby": labelId,
        tabIndex: active === id ? 0 : -1,
        "data-tree-id": id,
        className: styles.jsonItem,
        onKeyDown,
    };

    if (!container) {
        return (
            <div {...itemProps}>
                <div className={styles.jsonRow}>
                    <span className={styles.jsonSpacer} />
                    <span id={labelId} className={styles.jsonText}>
                        {keyLabel}
                        <span data-kind={kind} className={kind === "string" ? styles.jsonString : styles.jsonValue}>
                            <VisibleText text={kind === "string" ? JSON.stringify(value) : String(value)} dir="ltr" />
                        </span>
                    </span>
                </div>
            </div>
        );
    }
    const count = Array.isArray(value) ? value.length : Object.keys(value as object).length;
    const summary = countText(t, kind === "array" ? "Json_Items" : "Json_Keys", count, count);
    return (
        <div {...itemProps} aria-expanded={open}>
            <div className={css(styles.jsonRow, styles.jsonToggle)} onClick={() => setOpen(!open)} title={open ? t("Json_Collapse") : t("Json_Expand")}>
                <Icon iconName={chevronIconName(open, false)} className={styles.jsonChevron} aria-hidden="true" />
                <span id={labelId} className={styles.jsonText}>
                    {keyLabel}
                    <span className={styles.jsonSummary}>
                        {kind === "array" ? "[ ]" : "{ }"} {summary}
                    </span>
                </span>
            </div>
            {open ? (
                <div role="group" className={styles.jsonGroup}>
                    {entries.slice(0, limit).map(([key, child], index) => (
                        <JsonNode key={key} id={`${id}.${index}`} name={key} value={child} depth={depth + 1} initialDepth={initialDepth} />
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
