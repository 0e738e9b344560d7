import * as React from "react";
import { List } from "@fluentui/react/lib/List";
import { FocusZone, FocusZoneDirection } from "@fluentui/react/lib/FocusZone";
import { SearchBox } from "@fluentui/react/lib/SearchBox";
import { ActionButton } from "@fluentui/react/lib/Button";
import { Text } from "@fluentui/react/lib/Text";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";
import { countText } from "../../common/model/text";
import { CopyButton } from "../../common/components/CopyButton";
import type { Dependency, DependencyEntries, DependencyList } from "../model/dependencyEntries";
import type { DependencyOverview } from "../sources/dependencyReader";
import {
    countDuplicates,
    displayText,
    filteredIndexes,
    groupDependencies,
    highlightParts,
    listPageRows,
    listRows,
    toClipboardText,
    toCsv,
    type DependencyGroup,
    type ExportColumns,
    type TypeLabeler,
} from "../model/dependencyView";
import { useDebounced, useFiltered } from "./useReading";
import { componentTypeLabel, entryTypeLabel } from "./typeLabels";
import { LIST_MAX_HEIGHT, ROW_HEIGHT, SEARCH_BOX_STYLES, useDependencyStyles } from "./styles";

/** Saves a file for the user; rejects when the host cannot. */
export type ExportFile = (fileName: string, content: string, mimeType: string) => Promise<void>;

export { LIST_MAX_HEIGHT, ROW_HEIGHT };
export const SEARCH_DEBOUNCE_MS = 200;

/** Marks a rendered entry row (`[data-dependency-row]`) and a group header (`[data-dependency-group]`). */
export const ROW_ATTRIBUTE = "data-dependency-row";

type ListOnly = Extract<DependencyList, { kind: "list" }>;

export interface DependencyListViewProps {
    list: ListOnly;
    /** Groups and duplicates a sliced reading counted as it read; worked out here when absent. */
    overview?: DependencyOverview;
    onExport: ExportFile;
}

export const DependencyListView = React.memo(function DependencyListView({ list, overview, onExport }: DependencyListViewProps) {
    const { t, clock } = useHost();
    const shared = useSharedStyles();
    const styles = useDependencyStyles();
    const entries = list.entries;
    const [query, setQuery] = React.useState("");
    const typed = useDebounced(query, SEARCH_DEBOUNCE_MS);
    const [collapsed, setCollapsed] = React.useState<ReadonlySet<string>>(() => new Set());
    const [exportFailed, setExportFailed] = React.useState(false);

    const labelOf = React.useCallback<TypeLabeler>((entry) => entryTypeLabel(entry, t), [t]);
    const groupLabel = React.useCallback(
        (group: DependencyGroup) =>
            group.code !== undefined ? componentTypeLabel(group.code, t) : group.text !== "" ? displayText(group.text) : t("Group_NoType"),
        [t],
    );
    const grouped = React.useMemo(() => overview?.grouped ?? groupDependencies(entries), [entries, overview]);
    // Duplicates are counted after the first paint (unless the reading counted them): the list matters more than the note.
    const [counted, setDuplicates] = React.useState(0);
    React.useEffect(() => {
        if (!overview) setDuplicates(countDuplicates(entries, grouped));
    }, [entries, grouped, overview]);
    const duplicates = overview ? (overview.duplicates ?? 0) : counted;
    // The result and the query it answers (a very large list is searched in slices: the previous ones until then).
    const { filtered, search } = useFiltered(entries, grouped, typed, labelOf);
    const rows = React.useMemo(() => listRows(filtered, collapsed, grouped.typed), [filtered, collapsed, grouped.typed]);
    // Pages of rows far from what shows are laid out as one page each; the focused row's page stays a page of its own.
    const focusedRow = React.useRef(-1);
    const onFocusRow = React.useCallback((event: React.FocusEvent<HTMLElement>) => {
        const cell = event.target instanceof Element ? event.target.closest("[data-list-index]") : null;
        focusedRow.current = cell ? Number(cell.getAttribute("data-list-index")) : -1;
    }, []);
    const rowCount = rows.length;
    const pageRows = React.useCallback(
        (start?: number, rendered?: { top: number; bottom?: number }) =>
            listPageRows(
                start ?? 0,
                rowCount,
                ROW_HEIGHT,
                rendered?.bottom === undefined ? undefined : { top: rendered.top, bottom: rendered.bottom },
                focusedRow.current,
            ),
        [rowCount],
    );
    const columns = React.useMemo<ExportColumns>(
        () => ({ name: t("Column_Name"), id: t("Column_Id"), type: t("Column_Type"), parent: t("Column_Parent") }),
        [t],
    );

    const toggle = React.useCallback((key: string) => {
        setCollapsed((previous) => {
            const next = new Set(previous);
            if (!next.delete(key)) next.add(key);
            return next;
        });
    }, []);
    const copyText = React.useCallback(() => toClipboardText(entries, filteredIndexes(filtered), columns, labelOf), [entries, filtered, columns, labelOf]);
    const exportCsv = React.useCallback(() => {
        setExportFailed(false);
        let csv: string;
        try {
            csv = toCsv(entries, filteredIndexes(filtered), columns, labelOf);
        } catch {
            setExportFailed(true);
            return;
        }
        onExport(`${t("Export_FileName")}.csv`, csv, "text/csv").catch(() => setExportFailed(true));
    }, [entries, filtered, columns, labelOf, onExport, t]);

    const total = entries.length;
    const format = React.useCallback((n: number): string => n.toLocaleString(clock.locale), [clock.locale]);
    const searching = search.trim() !== "";
    const onRenderCell = React.useCallback(
        (row?: number): React.ReactNode => {
            if (row === undefined) return null;
            if (row < 0) {
                const { group, members } = filtered.groups[-row - 1];
                const open = !collapsed.has(group.key);
                return <GroupHeader groupKey={group.key} label={t("Group_Header", groupLabel(group), format(members.length))} open={open} onToggle={toggle} />;
            }
            return <EntryRow entry={entries.at(row)} query={search} typeLabel={grouped.typed ? "" : labelOf(entries.at(row))} />;
        },
        [filtered, collapsed, entries, search, grouped.typed, labelOf, groupLabel, toggle, t, format],
    );

    return (
        <div className={`aops-dependency-list ${shared.stack}`}>
            <div className={shared.row}>
                <SearchBox
                    ariaLabel={t("Search_Label")}
                    placeholder={t("Search_Placeholder")}
                    value={query}
                    onChange={(_event, value) => setQuery(value ?? "")}
                    onClear={() => setQuery("")}
                    styles={SEARCH_BOX_STYLES}
                />
                <Text role="status" aria-live="polite" className="aops-dependency-count">
                    {searching ? t("Search_Matches", format(filtered.matches), format(total)) : countText(t, "Dependencies_Count", total, format(total))}
                </Text>
                <span className={styles.actions}>
                    <CopyButton text={copyText} label={t("Copy_List")} />
                    <ActionButton iconProps={DOWNLOAD_ICON} onClick={exportCsv}>
                        {t("Export_Csv")}
                    </ActionButton>
                </span>
            </div>
            {exportFailed ? (
                <Text role="alert" className={shared.errorText}>
                    {t("Export_Failed")}
                </Text>
            ) : null}
            {list.truncated ? <Text role="note">{t("Dependencies_Truncated", format(total))}</Text> : null}
            {duplicates > 0 ? <Text role="note">{countText(t, "Dependencies_Duplicates", duplicates, format(duplicates))}</Text> : null}
            {searching && filtered.matches === 0 ? (
                <Text>{t("Search_NoMatches", search.trim())}</Text>
            ) : (
                <div
                    data-is-scrollable="true"
                    className={`aops-dependency-scroll ${styles.scroll}`}
                    // The box is as high as its rows, up to LIST_MAX_HEIGHT: a value per list.
                    style={{ height: Math.min(LIST_MAX_HEIGHT, rows.length * ROW_HEIGHT + 2) }}
                    onFocus={onFocusRow}
                >
                    <FocusZone direction={FocusZoneDirection.vertical} isCircularNavigation={false}>
                        <List
                            aria-label={t("List_Label", format(filtered.matches))}
                            // Fluent's List reads only length, indexes and slice(): a typed array of a million rows serves.
                            items={rows as unknown as number[]}
                            onRenderCell={onRenderCell}
                            getItemCountForPage={pageRows}
                            getPageHeight={pageHeight}
                            getKey={rowKey}
                            renderedWindowsAhead={1}
                            renderedWindowsBehind={1}
                            version={`${search}|${collapsed.size}`}
                        />
                    </FocusZone>
                </div>
            )}
        </div>
    );
});

/** Rows a list shows while it is still being read: the first screens, never the whole of a growing list. */
export const READING_PREVIEW_ROWS = 1_000;

export interface ReadingListViewProps {
    /** The entries read so far (one object that grows); `count` of them are shown as read. */
    entries: DependencyEntries;
    count: number;
}

/**
 * The first entries of a list still being read, in the order of the value, with how many are read so far.
 * Entries never change once read, so what shows here is right; groups, search, copy and export wait for
 * the whole list (a count per group would still be growing).
 */
export const ReadingListView = React.memo(function ReadingListView({ entries, count }: ReadingListViewProps) {
    const { t, clock } = useHost();
    const shared = useSharedStyles();
    const styles = useDependencyStyles();
    const labelOf = React.useCallback<TypeLabeler>((entry) => entryTypeLabel(entry, t), [t]);
    const shown = Math.min(count, READING_PREVIEW_ROWS);
    const rows = React.useMemo(() => Array.from({ length: shown }, (_, i) => i), [shown]);
    const onRenderCell = React.useCallback(
        (row?: number): React.ReactNode => (row === undefined ? null : <EntryRow entry={entries.at(row)} query="" typeLabel={labelOf(entries.at(row))} />),
        [entries, labelOf],
    );
    return (
        <div className={`aops-dependency-list ${shared.stack}`}>
            <Text role="status" aria-live="polite" className="aops-dependency-count">
                {t("Dependencies_ReadSoFar", count.toLocaleString(clock.locale))}
            </Text>
            <div
                data-is-scrollable="true"
                className={`aops-dependency-scroll ${styles.scroll}`}
                style={{ height: Math.min(LIST_MAX_HEIGHT, shown * ROW_HEIGHT + 2) }}
            >
                <FocusZone direction={FocusZoneDirection.vertical} isCircularNavigation={false}>
                    <List
                        items={rows}
                        onRenderCell={onRenderCell}
                        getPageHeight={pageHeight}
                        getKey={rowKey}
                        renderedWindowsAhead={1}
                        renderedWindowsBehind={1}
                    />
                </FocusZone>
            </div>
        </div>
    );
});

const DOWNLOAD_ICON = { iconName: "Download" };
const pageHeight = (_index?: number, _rect?: unknown, itemCount?: number): number => (itemCount ?? 10) * ROW_HEIGHT;
const rowKey = (row: number): string => String(row);

interface GroupHeaderProps {
    groupKey: string;
    label: string;
    open: boolean;
    onToggle(key: string): void;
}

const GroupHeader = React.memo(function GroupHeader({ groupKey, label, open, onToggle }: GroupHeaderProps) {
    const { rtl } = useHost();
    const styles = useDependencyStyles();
    const chevron = open ? styles.chevron : `${styles.chevron} ${rtl ? styles.chevronClosedRtl : styles.chevronClosed}`;
    return (
        <button type="button" data-dependency-group={groupKey} aria-expanded={open} onClick={() => onToggle(groupKey)} className={styles.groupHeader}>
            <span aria-hidden="true" className={chevron}>
                ▾
            </span>
            <span className={styles.groupLabel}>{label}</span>
        </button>
    );
});

interface EntryRowProps {
    entry: Dependency;
    query: string;
    /** The type label, shown on the row when the list is not grouped by type. */
    typeLabel: string;
}

function Highlighted({ text, query }: { text: string; query: string }) {
    const styles = useDependencyStyles();
    const parts = highlightParts(displayText(text), query);
    return (
        <>
            {parts.map((part, i) =>
                part.match ? (
                    <mark key={i} className={styles.match}>
                        {part.text}
                    </mark>
                ) : (
                    <React.Fragment key={i}>{part.text}</React.Fragment>
                ),
            )}
        </>
    );
}

function EntryRow({ entry, query, typeLabel }: EntryRowProps) {
    const styles = useDependencyStyles();
    const primary = entry.name !== "" ? entry.name : entry.id;
    const secondary = [entry.name !== "" ? entry.id : "", typeLabel, entry.parent].filter((part) => part !== "");
    return (
        <div data-dependency-row="" data-is-focusable="true" tabIndex={-1} className={styles.entryRow}>
            <span className={styles.entryName}>
                <Highlighted text={primary} query={query} />
            </span>
            {secondary.map((part, i) => (
                <span key={i} className={styles.entryDetail}>
                    <Highlighted text={part} query={query} />
                </span>
            ))}
        </div>
    );
}
