import * as React from "react";
import { ActionButton } from "@fluentui/react/lib/Button";
import { Icon } from "@fluentui/react/lib/Icon";
import { css } from "@fluentui/react/lib/Utilities";
import { jsonEntries, jsonKind, readJson, type JsonRead } from "../model/json";
import { countText, numberText } from "../model/text";
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

/** One visible row of a JSON tree: a value, or the "show more" of a long object or array. */
type TreeRow =
    | {
          kind: "value";
          id: string;
          depth: number;
          name: string | undefined;
          value: unknown;
          container: boolean;
          open: boolean;
          parent: string | undefined;
          position: number;
          siblings: number;
      }
    | { kind: "more"; id: string; depth: number; parent: string; shown: number; total: number; position: number; siblings: number };

/**
 * The rows a user sees, in order: the tree is drawn flat (every item a sibling with its level, position
 * and set size), so each item's visible text is exactly its name, and children show only under open items.
 */
function visibleRows(value: unknown, open: ReadonlySet<string>, limits: ReadonlyMap<string, number>): TreeRow[] {
    const rows: TreeRow[] = [];
    const walk = (id: string, name: string | undefined, item: unknown, depth: number, parent: string | undefined, position: number, siblings: number) => {
        const kind = jsonKind(item);
        const container = kind === "object" || kind === "array";
        const isOpen = container && open.has(id);
        rows.push({ kind: "value", id, depth, name, value: item, container, open: isOpen, parent, position, siblings });
        if (!isOpen) return;
        const entries = jsonEntries(item);
        const limit = limits.get(id) ?? CHILDREN_PAGE;
        const shown = entries.slice(0, limit);
        const more = entries.length > limit;
        const count = shown.length + (more ? 1 : 0);
        shown.forEach(([key, child], index) => walk(`${id}.${index}`, key, child, depth + 1, id, index + 1, count));
        if (more)
            rows.push({ kind: "more", id: `${id}.more`, depth: depth + 1, parent: id, shown: limit, total: entries.length, position: count, siblings: count });
    };
    walk("0", undefined, value, 0, undefined, 1, 1);
    return rows;
}

/** Ids of the containers open at first: every object or array above `initialDepth`. */
function initiallyOpen(value: unknown, initialDepth: number): Set<string> {
    const open = new Set<string>();
    const walk = (id: string, item: unknown, depth: number) => {
        const kind = jsonKind(item);
        if ((kind !== "object" && kind !== "array") || depth >= initialDepth) return;
        open.add(id);
        jsonEntries(item)
            .slice(0, CHILDREN_PAGE)
            .forEach(([, child], index) => walk(`${id}.${index}`, child, depth + 1));
    };
    walk("0", value, 0);
    return open;
}

const ITEM = '[role="treeitem"]';

function JsonTree({ value, label, initialDepth }: { value: unknown; label: string; initialDepth: number }) {
    const styles = useSharedStyles();
    const [open, setOpen] = React.useState(() => initiallyOpen(value, initialDepth));
    const [limits, setLimits] = React.useState<ReadonlyMap<string, number>>(() => new Map());
    const [active, setActive] = React.useState("0");
    const tree = React.useRef<HTMLDivElement>(null);
    const rows = React.useMemo(() => visibleRows(value, open, limits), [value, open, limits]);
    const toggle = React.useCallback((id: string) => {
        setOpen((before) => {
            const next = new Set(before);
            if (!next.delete(id)) next.add(id);
            return next;
        });
    }, []);
    const showMore = React.useCallback((parent: string) => {
        setLimits((before) => new Map(before).set(parent, (before.get(parent) ?? CHILDREN_PAGE) + CHILDREN_PAGE));
    }, []);
    const onFocus = React.useCallback((event: React.FocusEvent<HTMLElement>) => {
        const id = event.target.getAttribute("data-tree-id");
        if (id !== null) setActive(id);
    }, []);
    const onKeyDown = React.useCallback(
        (event: React.KeyboardEvent<HTMLElement>) => {
            const target = event.target as HTMLElement;
            if (!tree.current || target.getAttribute("role") !== "treeitem") return;
            const items = Array.from(tree.current.querySelectorAll<HTMLElement>(ITEM));
            const index = items.indexOf(target);
            const id = target.getAttribute("data-tree-id") ?? "";
            const row = rows.find((r) => r.id === id);
            if (index < 0 || !row) return;
            const byId = (wanted: string | undefined) => items.find((item) => item.getAttribute("data-tree-id") === wanted);
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
                case "ArrowRight":
                    if (row.kind === "value" && row.container && !row.open) toggle(row.id);
                    else if (row.kind === "value" && row.open) next = items[index + 1];
                    break;
                case "ArrowLeft":
                    if (row.kind === "value" && row.open) toggle(row.id);
                    else next = byId(row.parent);
                    break;
                case "Enter":
                case " ":
                    if (row.kind === "more") showMore(row.parent);
                    else if (row.container) toggle(row.id);
                    break;
                default:
                    return;
            }
            event.preventDefault();
            next?.focus();
        },
        [rows, toggle, showMore],
    );
    // The one tab stop stays on a row that exists (a closed parent hides the rows under it).
    const tabStop = rows.some((row) => row.id === active) ? active : "0";
    return (
        <div ref={tree} role="tree" aria-label={label} dir="ltr" className={`aops-json ${styles.jsonTree}`} onFocus={onFocus} onKeyDown={onKeyDown}>
            {rows.map((row) =>
                row.kind === "value" ? (
                    <JsonRow key={row.id} row={row} tabbable={row.id === tabStop} onToggle={toggle} />
                ) : (
                    <MoreRow key={row.id} row={row} tabbable={row.id === tabStop} onShowMore={showMore} />
                ),
            )}
        </div>
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
                    {t("Json_ShowAll", numberText(text.length, clock.locale))}
                </ActionButton>
            ) : null}
        </div>
    );
});

const INDENT_PX = 16;

/** What every item of the tree carries: its place for a screen reader, its roving tab stop, its indent. */
function treeItemProps(row: TreeRow, tabbable: boolean) {
    return {
        role: "treeitem",
        "aria-level": row.depth + 1,
        "aria-setsize": row.siblings,
        "aria-posinset": row.position,
        "aria-selected": false,
        tabIndex: tabbable ? 0 : -1,
        "data-tree-id": row.id,
        style: { paddingInlineStart: row.depth * INDENT_PX },
    } as const;
}

interface JsonRowProps {
    row: Extract<TreeRow, { kind: "value" }>;
    tabbable: boolean;
    onToggle: (id: string) => void;
}

const JsonRow = React.memo(function JsonRow({ row, tabbable, onToggle }: JsonRowProps) {
    const { t, clock } = useHost();
    const styles = useSharedStyles();
    const kind = jsonKind(row.value);
    const keyLabel =
        row.name === undefined ? null : (
            <span className={styles.jsonKey}>
                <VisibleText text={row.name} dir="ltr" />
                {": "}
            </span>
        );
    let content: React.ReactNode;
    if (row.container) {
        const count = Array.isArray(row.value) ? row.value.length : Object.keys(row.value as object).length;
        content = (
            <span className={styles.jsonSummary}>
                {kind === "array" ? "[ ]" : "{ }"} {countText(t, kind === "array" ? "Json_Items" : "Json_Keys", count, numberText(count, clock.locale))}
            </span>
        );
    } else {
        content = (
            <span data-kind={kind} className={kind === "string" ? styles.jsonString : styles.jsonValue}>
                <VisibleText text={kind === "string" ? JSON.stringify(row.value) : String(row.value)} dir="ltr" />
            </span>
        );
    }
    return (
        <div
            {...treeItemProps(row, tabbable)}
            aria-expanded={row.container ? row.open : undefined}
            className={css(styles.jsonItem, row.container && styles.jsonToggle)}
            title={row.container ? (row.open ? t("Json_Collapse") : t("Json_Expand")) : undefined}
            onClick={row.container ? () => onToggle(row.id) : undefined}
        >
            {row.container ? (
                <Icon iconName={chevronIconName(row.open, false)} className={styles.jsonChevron} aria-hidden="true" />
            ) : (
                <span className={styles.jsonSpacer} />
            )}
            <span className={styles.jsonText}>
                {keyLabel}
                {content}
            </span>
        </div>
    );
});

interface MoreRowProps {
    row: Extract<TreeRow, { kind: "more" }>;
    tabbable: boolean;
    onShowMore: (parent: string) => void;
}

/** "Show 100 more (250 left)" as an item of the tree: Enter, Space or a click shows the next page. */
const MoreRow = React.memo(function MoreRow({ row, tabbable, onShowMore }: MoreRowProps) {
    const { t, clock } = useHost();
    const styles = useSharedStyles();
    const left = row.total - row.shown;
    const count = (n: number) => numberText(n, clock.locale);
    return (
        <div
            {...treeItemProps(row, tabbable)}
            data-tree-more="true"
            className={css(styles.jsonItem, styles.jsonToggle, styles.jsonMore)}
            onClick={() => onShowMore(row.parent)}
        >
            <Icon iconName="More" className={styles.jsonChevron} aria-hidden="true" />
            <span className={styles.jsonText}>{t("Json_ShowMore", count(Math.min(CHILDREN_PAGE, left)), count(left))}</span>
        </div>
    );
});
