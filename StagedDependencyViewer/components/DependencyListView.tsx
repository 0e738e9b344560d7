import * as React from "react";
import { List } from "@fluentui/react/lib/List";
import { FocusZone, FocusZoneDirection } from "@fluentui/react/lib/FocusZone";
import { SearchBox } from "@fluentui/react/lib/SearchBox";
import { ActionButton } from "@fluentui/react/lib/Button";
import { Text } from "@fluentui/react/lib/Text";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";
import { VisibleText } from "../../common/components/VisibleText";
import { countText, percentText } from "../../common/model/text";
import { csvSeparator } from "../../common/model/spreadsheet";
import { spelledOut } from "../../common/model/visibleText";
import { CopyButton } from "../../common/components/CopyButton";
import type { Dependency, DependencyEntries, DependencyList } from "../model/dependencyEntries";
import type { DependencyOverview } from "../sources/dependencyReader";
import type { TextFile } from "../sources/fileExport";
import {
    countDuplicates,
    filteredIndexes,
    groupDependencies,
    highlightParts,
    LIST_PAGE_ROWS,
    listPageRows,
    listRows,
    rowLayout,
    rowText,
    toClipboardText,
    csvFormat,
    SpreadsheetText,
    type DependencyGroup,
    type ExportColumns,
    type TypeLabeler,
} from "../model/dependencyView";
import { onlyDuplicates } from "../model/duplicateMarks";
import { componentTypeName } from "../model/componentTypes";
import { useDebounced, useDuplicateMarks, useFiltered, useSlicedExport, type ExportJob } from "./useReading";
import { componentTypeLabel, componentTypeLegacy, entryTypeLabel } from "./typeLabels";
import { COMPACT_ROW_HEIGHT, COMPACT_TWO_LINE_ROW_HEIGHT, LIST_MAX_HEIGHT, ROW_HEIGHT, SEARCH_BOX_STYLES, useDependencyStyles } from "./styles";

/** A file for the user, written piece by piece, then saved (sources/fileExport). */
export type CreateFile = (fileName: string, mimeType: string) => TextFile;

export { LIST_MAX_HEIGHT, ROW_HEIGHT };
export const SEARCH_DEBOUNCE_MS = 200;

/** Marks a rendered entry row (`[data-dependency-row]`) and a group header (`[data-dependency-group]`). */
export const ROW_ATTRIBUTE = "data-dependency-row";

type ListOnly = Extract<DependencyList, { kind: "list" }>;

export interface DependencyListViewProps {
    list: ListOnly;
    /** Groups and duplicates a sliced reading counted as it read; worked out here when absent. */
    overview?: DependencyOverview;
    createFile: CreateFile;
}

export const DependencyListView = React.memo(function DependencyListView({ list, overview, createFile }: DependencyListViewProps) {
    const { t, clock, compact } = useHost();
    const shared = useSharedStyles();
    const styles = useDependencyStyles();
    const entries = list.entries;
    const [query, setQuery] = React.useState("");
    const typed = useDebounced(query, SEARCH_DEBOUNCE_MS);
    const [collapsed, setCollapsed] = React.useState<ReadonlySet<string>>(() => new Set());
    const [exportFailed, setExportFailed] = React.useState(false);
    const [repeatedOnly, setRepeatedOnly] = React.useState(false);
    // The entry whose values show whole below the list (a tooltip cannot be read on a touch screen).
    const [selected, setSelected] = React.useState<number>();
    const select = React.useCallback((row: number) => setSelected((previous) => (previous === row ? undefined : row)), []);

    const labelOf = React.useCallback<TypeLabeler>((entry) => entryTypeLabel(entry, t), [t]);
    // A search finds a type by its label and by its older Dataverse name ("attribute" finds the columns).
    const searchLabelOf = React.useCallback<TypeLabeler>(
        (entry) => `${entryTypeLabel(entry, t)}\n${entry.typeCode === undefined ? "" : (componentTypeName(entry.typeCode) ?? "")}`,
        [t],
    );
    const groupLabel = React.useCallback(
        (group: DependencyGroup) =>
            group.code !== undefined ? componentTypeLabel(group.code, t) : group.text !== "" ? rowText(group.text) : t("Group_NoType"),
        [t],
    );
    const grouped = React.useMemo(() => overview?.grouped ?? groupDependencies(entries), [entries, overview]);
    // Duplicates are counted after the first paint (unless the reading counted them): the list matters more than the note.
    const [counted, setDuplicates] = React.useState(0);
    React.useEffect(() => {
        if (!overview) setDuplicates(countDuplicates(entries, grouped));
    }, [entries, grouped, overview]);
    const duplicates = overview ? (overview.duplicates ?? 0) : counted;
    // Which rows repeat, once the count says some do (worked out in slices for a large list).
    const marks = useDuplicateMarks(entries, grouped, duplicates > 0);
    // The result and the query it answers (a very large list is searched in slices: the previous ones until then).
    const { filtered: found, search } = useFiltered(entries, grouped, typed, searchLabelOf);
    const onlyRepeated = repeatedOnly && marks !== undefined;
    const filtered = React.useMemo(() => (onlyRepeated && marks ? onlyDuplicates(found, marks) : found), [onlyRepeated, marks, found]);
    const rows = React.useMemo(() => listRows(filtered, collapsed, grouped.typed), [filtered, collapsed, grouped.typed]);
    // Without types, an entry at phone width needs two lines (name; id and parent), not three.
    const twoLines = !grouped.typed;
    const layout = React.useMemo(() => rowLayout(rows, ROW_HEIGHT, entryHeight(compact, twoLines)), [rows, compact, twoLines]);
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
                layout.rowAt,
                rendered?.bottom === undefined ? undefined : { top: rendered.top, bottom: rendered.bottom },
                focusedRow.current,
            ),
        [rowCount, layout],
    );
    const getPageHeight = React.useCallback((index = 0, _rect?: unknown, itemCount = LIST_PAGE_ROWS) => layout.rangeHeight(index, itemCount), [layout]);
    const columns = React.useMemo<ExportColumns>(
        () => ({ name: t("Column_Name"), id: t("Column_Id"), type: t("Column_Type"), parent: t("Column_Parent") }),
        [t],
    );

    const toggle = React.useCallback((key: string, open?: boolean) => {
        setCollapsed((previous) => {
            const isOpen = !previous.has(key);
            if (open !== undefined && open === isOpen) return previous;
            const next = new Set(previous);
            if (isOpen) next.add(key);
            else next.delete(key);
            return next;
        });
    }, []);
    const copyText = React.useCallback(() => toClipboardText(entries, filteredIndexes(filtered), columns, labelOf), [entries, filtered, columns, labelOf]);
    const csvExport = React.useCallback((): ExportJob => {
        const file = createFile(`${t("Export_FileName")}.csv`, "text/csv");
        return {
            text: new SpreadsheetText(entries, filteredIndexes(filtered), columns, labelOf, csvFormat(csvSeparator(clock.locale)), file),
            save: () => file.save(),
        };
    }, [createFile, entries, filtered, columns, labelOf, clock.locale, t]);
    const exportStarts = React.useCallback(() => setExportFailed(false), []);
    const exportFails = React.useCallback(() => setExportFailed(true), []);

    const total = entries.length;
    const format = React.useCallback((n: number): string => n.toLocaleString(clock.locale), [clock.locale]);
    const searching = search.trim() !== "";
    const occurrences = marks?.occurrences;
    const onRenderCell = React.useCallback(
        (row?: number, index?: number): React.ReactNode => {
            if (row === undefined) return null;
            // Row 1 is the column headers.
            const rowIndex = index === undefined ? undefined : index + 2;
            if (row < 0) {
                const { group, members } = filtered.groups[-row - 1];
                const open = !collapsed.has(group.key);
                return (
                    <GroupHeader
                        groupKey={group.key}
                        label={t("Group_Header", groupLabel(group), format(members.length))}
                        legacy={componentTypeLegacy(group.code, t)}
                        open={open}
                        rowIndex={rowIndex ?? 0}
                        onToggle={toggle}
                    />
                );
            }
            const entry = entries.at(row);
            return (
                <EntryRow
                    entry={entry}
                    query={search}
                    typeLabel={labelOf(entry)}
                    occurrences={occurrences ? occurrences[row] : 0}
                    grouped={grouped.typed}
                    twoLines={twoLines}
                    rowIndex={rowIndex}
                    row={row}
                    selected={row === selected}
                    onSelect={select}
                />
            );
        },
        [filtered, collapsed, entries, search, grouped.typed, twoLines, labelOf, groupLabel, toggle, t, format, occurrences, selected, select],
    );

    const headerHeight = compact ? 0 : ROW_HEIGHT;
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
                    {searching || onlyRepeated
                        ? t("Search_Matches", format(filtered.matches), format(total))
                        : countText(t, "Dependencies_Count", total, format(total))}
                </Text>
                <span className={`aops-dependency-actions ${styles.actions}`}>
                    <CopyButton text={copyText} label={t("Copy_List")} />
                    <ExportButton makeExport={csvExport} onStart={exportStarts} onFail={exportFails} />
                </span>
            </div>
            {exportFailed ? (
                <Text role="alert" className={shared.errorText}>
                    {t("Export_Failed")}
                </Text>
            ) : null}
            {list.truncated ? <Text role="note">{t("Dependencies_Truncated", format(total))}</Text> : null}
            {duplicates > 0 ? (
                <div className={styles.duplicatesNote}>
                    <Text role="note">{countText(t, "Dependencies_Duplicates", duplicates, format(duplicates))}</Text>
                    {marks ? (
                        <ActionButton
                            iconProps={FILTER_ICON}
                            toggle
                            checked={repeatedOnly}
                            aria-pressed={repeatedOnly}
                            onClick={() => setRepeatedOnly(!repeatedOnly)}
                        >
                            {t("Duplicates_Only", format(marks.repeated))}
                        </ActionButton>
                    ) : null}
                </div>
            ) : null}
            {searching && filtered.matches === 0 ? (
                <Text>{t("Search_NoMatches", search.trim())}</Text>
            ) : (
                <div
                    data-is-scrollable="true"
                    className={`aops-dependency-scroll ${styles.scroll}`}
                    // The box is as high as its rows, up to LIST_MAX_HEIGHT: a value per list.
                    style={{ height: Math.min(LIST_MAX_HEIGHT, layout.total + headerHeight + 2) }}
                    onFocus={onFocusRow}
                >
                    <FocusZone
                        direction={FocusZoneDirection.vertical}
                        isCircularNavigation={false}
                        role={grouped.typed ? "treegrid" : "grid"}
                        aria-label={t("List_Label", format(filtered.matches))}
                        aria-rowcount={rows.length + 1}
                        aria-colcount={4}
                    >
                        <ColumnHeaders columns={columns} />
                        <List
                            role="rowgroup"
                            // Fluent's List reads only length, indexes and slice(): a typed array of a million rows serves.
                            items={rows as unknown as number[]}
                            onRenderCell={onRenderCell}
                            getItemCountForPage={pageRows}
                            getPageHeight={getPageHeight}
                            getKey={rowKey}
                            renderedWindowsAhead={1}
                            renderedWindowsBehind={1}
                            version={`${search}|${collapsed.size}|${onlyRepeated}|${compact}|${occurrences ? 1 : 0}|${selected ?? ""}`}
                        />
                    </FocusZone>
                </div>
            )}
            {selected !== undefined && selected < entries.length ? (
                <EntryDetails entry={entries.at(selected)} typeLabel={labelOf(entries.at(selected))} columns={columns} onClose={() => setSelected(undefined)} />
            ) : null}
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
    const { t, clock, compact } = useHost();
    const shared = useSharedStyles();
    const styles = useDependencyStyles();
    const labelOf = React.useCallback<TypeLabeler>((entry) => entryTypeLabel(entry, t), [t]);
    const shown = Math.min(count, READING_PREVIEW_ROWS);
    const rows = React.useMemo(() => Array.from({ length: shown }, (_, i) => i), [shown]);
    const layout = React.useMemo(() => rowLayout(rows, ROW_HEIGHT, entryHeight(compact, false)), [rows, compact]);
    const getPageHeight = React.useCallback((index = 0, _rect?: unknown, itemCount = LIST_PAGE_ROWS) => layout.rangeHeight(index, itemCount), [layout]);
    const columns = React.useMemo<ExportColumns>(
        () => ({ name: t("Column_Name"), id: t("Column_Id"), type: t("Column_Type"), parent: t("Column_Parent") }),
        [t],
    );
    const onRenderCell = React.useCallback(
        (row?: number, index?: number): React.ReactNode =>
            row === undefined ? null : (
                <EntryRow
                    entry={entries.at(row)}
                    query=""
                    typeLabel={labelOf(entries.at(row))}
                    occurrences={0}
                    grouped={false}
                    rowIndex={index === undefined ? undefined : index + 2}
                />
            ),
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
                style={{ height: Math.min(LIST_MAX_HEIGHT, layout.total + (compact ? 0 : ROW_HEIGHT) + 2) }}
            >
                <FocusZone
                    direction={FocusZoneDirection.vertical}
                    isCircularNavigation={false}
                    role="grid"
                    aria-label={t("Dependencies_Label")}
                    aria-rowcount={count + 1}
                    aria-colcount={4}
                >
                    <ColumnHeaders columns={columns} />
                    <List
                        role="rowgroup"
                        items={rows}
                        onRenderCell={onRenderCell}
                        getPageHeight={getPageHeight}
                        getKey={rowKey}
                        renderedWindowsAhead={1}
                        renderedWindowsBehind={1}
                        version={compact}
                    />
                </FocusZone>
            </div>
        </div>
    );
});

const DOWNLOAD_ICON = { iconName: "Download" };
const FILTER_ICON = { iconName: "Filter" };
const CLOSE_ICON = { iconName: "Cancel" };
const rowKey = (row: number): string => String(row);

interface ExportButtonProps {
    /** The file to write, of the list as it shows now. */
    makeExport(): ExportJob;
    onStart(): void;
    onFail(): void;
}

/** "Download CSV", and while a large list's file is prepared in slices, its progress (the button waits meanwhile). */
const ExportButton = React.memo(function ExportButton({ makeExport, onStart, onFail }: ExportButtonProps) {
    const { t, clock } = useHost();
    const { start, progress } = useSlicedExport(onFail);
    const onClick = React.useCallback(() => {
        onStart();
        let job: ExportJob;
        try {
            job = makeExport();
        } catch {
            onFail();
            return;
        }
        start(job);
    }, [makeExport, onStart, onFail, start]);
    const preparing = progress !== undefined;
    return (
        <>
            <ActionButton iconProps={DOWNLOAD_ICON} onClick={onClick} disabled={preparing} allowDisabledFocus>
                {t("Export_Csv")}
            </ActionButton>
            {preparing ? <Text role="status">{t("Export_Preparing", percentText(Math.floor(progress * 100) / 100, clock.locale))}</Text> : null}
        </>
    );
});

/** An entry's height: one line on a wide form; two or three lines at phone width. Group headers are one line. */
function entryHeight(compact: boolean, twoLines: boolean): number {
    return !compact ? ROW_HEIGHT : twoLines ? COMPACT_TWO_LINE_ROW_HEIGHT : COMPACT_ROW_HEIGHT;
}

interface ColumnHeadersProps {
    columns: ExportColumns;
}

/** The grid's column headers: shown above aligned columns; at phone width for screen readers only. */
const ColumnHeaders = React.memo(function ColumnHeaders({ columns }: ColumnHeadersProps) {
    const { compact } = useHost();
    const shared = useSharedStyles();
    const styles = useDependencyStyles();
    return (
        <div role="rowgroup" className={compact ? shared.visuallyHidden : undefined}>
            <div role="row" aria-rowindex={1} className={`aops-dependency-columns ${styles.columnHeaders}`}>
                {[columns.name, columns.type, columns.id, columns.parent].map((label) => (
                    <span key={label} role="columnheader" className={styles.columnHeader}>
                        {label}
                    </span>
                ))}
            </div>
        </div>
    );
});

interface GroupHeaderProps {
    groupKey: string;
    label: string;
    /** The type's older Dataverse name, as a tooltip. */
    legacy: string;
    open: boolean;
    rowIndex: number;
    onToggle(key: string, open?: boolean): void;
}

/** A group's row: Enter, Space or a click toggle it; Right opens it, Left closes it (the treegrid keys). */
const GroupHeader = React.memo(function GroupHeader({ groupKey, label, legacy, open, rowIndex, onToggle }: GroupHeaderProps) {
    const { rtl } = useHost();
    const styles = useDependencyStyles();
    const chevron = open ? styles.chevron : `${styles.chevron} ${rtl ? styles.chevronClosedRtl : styles.chevronClosed}`;
    const onKeyDown = (event: React.KeyboardEvent): void => {
        const forward = rtl ? "ArrowLeft" : "ArrowRight";
        const back = rtl ? "ArrowRight" : "ArrowLeft";
        if (event.key === forward && !open) onToggle(groupKey, true);
        else if (event.key === back && open) onToggle(groupKey, false);
        else if (event.key === "Enter" || event.key === " ") onToggle(groupKey);
        else return;
        event.preventDefault();
    };
    return (
        <div
            role="row"
            aria-level={1}
            aria-rowindex={rowIndex}
            aria-expanded={open}
            data-dependency-group={groupKey}
            data-is-focusable="true"
            tabIndex={-1}
            onClick={() => onToggle(groupKey)}
            onKeyDown={onKeyDown}
            className={styles.groupHeader}
        >
            <span role="gridcell" aria-colspan={4} className={styles.groupCell}>
                <span aria-hidden="true" className={chevron}>
                    ▾
                </span>
                <span className={styles.groupLabel} title={legacy === "" ? spelledOut(label) : `${label}\n${legacy}`}>
                    <VisibleText text={label} />
                </span>
            </span>
        </div>
    );
});

interface EntryRowProps {
    entry: Dependency;
    query: string;
    typeLabel: string;
    /** How often the entry appears in the list; 0 or 1 when once. */
    occurrences: number;
    /** Under a group header (level 2), or in an ungrouped list. */
    grouped: boolean;
    /** At phone width: two lines (a list without types) instead of three. */
    twoLines?: boolean;
    rowIndex?: number;
    /** The entry's index, handed to `onSelect` when the row is clicked or Enter is pressed on it. */
    row?: number;
    selected?: boolean;
    onSelect?(row: number): void;
}

/** The value drawn with its invisible characters as markers and the search matches highlighted. */
function ShownValue({ text, query, dir }: { text: string; query: string; dir: "ltr" | "auto" }) {
    const styles = useDependencyStyles();
    const renderRun = React.useCallback(
        (run: string): React.ReactNode =>
            highlightParts(run, query).map((part, i) =>
                part.match ? (
                    <mark key={i} className={styles.match}>
                        {part.text}
                    </mark>
                ) : (
                    <React.Fragment key={i}>{part.text}</React.Fragment>
                ),
            ),
        [query, styles.match],
    );
    return <VisibleText text={rowText(text)} dir={dir} renderRun={query.trim() === "" ? undefined : renderRun} />;
}

const EntryRow = React.memo(function EntryRow({ entry, query, typeLabel, occurrences, grouped, twoLines, rowIndex, row, selected, onSelect }: EntryRowProps) {
    const { t, compact, clock } = useHost();
    const styles = useDependencyStyles();
    const name = entry.name !== "" ? entry.name : entry.id;
    // Counted in the user's digits, as every other count of the control.
    const times = occurrences.toLocaleString(clock.locale);
    const id = entry.name !== "" ? entry.id : "";
    const cell = (area: string, text: string, className: string, dir: "ltr" | "auto", extra?: React.ReactNode, note = "") => (
        <span role="gridcell" className={`${styles.cell} ${className} ${compact ? area : ""}`}>
            {text === "" ? null : (
                <span dir={dir} className={`aops-dependency-value ${styles.value}`} title={note === "" ? spelledOut(text) : `${spelledOut(text)}\n${note}`}>
                    <ShownValue text={text} query={query} dir={dir} />
                </span>
            )}
            {extra}
        </span>
    );
    const mark =
        occurrences > 1 ? (
            <span role="img" aria-label={t("Duplicate_Label", times)} title={t("Duplicate_Label", times)} className={styles.duplicate}>
                {t("Duplicate_Mark", times)}
            </span>
        ) : null;
    return (
        <div
            role="row"
            aria-level={grouped ? 2 : undefined}
            aria-rowindex={rowIndex}
            data-dependency-row=""
            data-is-focusable="true"
            tabIndex={-1}
            aria-selected={onSelect ? Boolean(selected) : undefined}
            onClick={onSelect && row !== undefined ? () => onSelect(row) : undefined}
            onKeyDown={
                onSelect && row !== undefined
                    ? (event) => {
                          if (event.key !== "Enter" && event.key !== " ") return;
                          event.preventDefault();
                          onSelect(row);
                      }
                    : undefined
            }
            className={`${compact ? (twoLines ? styles.entryRowCompactTwo : styles.entryRowCompact) : styles.entryRow} ${onSelect ? styles.selectable : ""} ${selected ? styles.selected : ""}`}
        >
            {cell(
                styles.areaName,
                name,
                `aops-dependency-name ${entry.name !== "" ? styles.entryName : styles.entryIdAsName}`,
                entry.name === "" ? "ltr" : "auto",
                mark,
            )}
            {cell(styles.areaType, typeLabel, `aops-dependency-type ${styles.entryDetail}`, "auto", null, componentTypeLegacy(entry.typeCode, t))}
            {cell(styles.areaId, id, `aops-dependency-id ${styles.entryDetail}`, "ltr")}
            {cell(styles.areaParent, entry.parent, `aops-dependency-parent ${styles.entryDetail}`, "auto")}
        </div>
    );
});

interface EntryDetailsProps {
    entry: Dependency;
    typeLabel: string;
    columns: ExportColumns;
    onClose(): void;
}

/** The chosen entry's values, whole and wrapped, with invisible characters as markers: readable at any width, on touch too. */
function EntryDetails({ entry, typeLabel, columns, onClose }: EntryDetailsProps) {
    const { t, compact } = useHost();
    const shared = useSharedStyles();
    const styles = useDependencyStyles();
    const legacy = componentTypeLegacy(entry.typeCode, t);
    const pairs: [string, string, "ltr" | "auto"][] = [
        [columns.name, entry.name, "auto"],
        [columns.type, legacy === "" ? typeLabel : `${typeLabel} (${legacy})`, "auto"],
        [columns.id, entry.id, "ltr"],
        [columns.parent, entry.parent, "auto"],
    ];
    return (
        <section className={`aops-dependency-details ${styles.details}`} aria-label={t("Details_Label")}>
            <dl className={compact ? shared.pairsCompact : shared.pairs}>
                {pairs
                    .filter(([, value]) => value !== "")
                    .map(([label, value, dir]) => (
                        <React.Fragment key={label}>
                            <dt className={shared.pairLabel}>{label}</dt>
                            <dd className={shared.pairValue}>
                                <VisibleText text={value} dir={dir} />
                            </dd>
                        </React.Fragment>
                    ))}
            </dl>
            <ActionButton iconProps={CLOSE_ICON} onClick={onClose}>
                {t("Details_Close")}
            </ActionButton>
        </section>
    );
}
