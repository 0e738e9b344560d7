import * as React from "react";
import { SearchBox } from "@fluentui/react/lib/SearchBox";
import { ActionButton } from "@fluentui/react/lib/Button";
import { Text } from "@fluentui/react/lib/Text";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";
import { countText, cutText, numberText } from "../../common/model/text";
import { csvSeparator } from "../../common/model/spreadsheet";
import { CopyButton } from "../../common/components/CopyButton";
import type { DependencyList } from "../model/dependencyEntries";
import type { DependencyOverview } from "../sources/dependencyReader";
import type { TextFile } from "../sources/fileExport";
import { countDuplicates, groupDependencies, type DependencyGroup, type TypeLabeler } from "../model/dependencyGroups";
import { filteredIndexes, listRows } from "../model/dependencyFilter";
import { listPageRows, rowLayout, rowText } from "../model/rowLayout";
import { toClipboardText, csvFormat, SpreadsheetText, type ExportColumns, exportFileName } from "../model/spreadsheetText";
import { onlyDuplicates } from "../model/duplicateMarks";
import { componentTypeName } from "../model/componentTypes";
import { useDebounced, useDuplicateMarks, useFiltered, type ExportJob } from "./useReading";
import { componentTypeLabel, componentTypeLegacy, entryTypeLabel } from "./typeLabels";
import { LIST_MAX_HEIGHT, ROW_HEIGHT, SEARCH_BOX_STYLES, useDependencyStyles } from "./styles";
import { ExportButton, GroupHeader, EntryRow, EntryDetails, entryHeight, FILTER_ICON } from "./listParts";
import { VirtualEntryList } from "./VirtualEntryList";

/** A file for the user, written piece by piece, then saved (sources/fileExport). */
export type CreateFile = (fileName: string, mimeType: string) => TextFile;

export { LIST_MAX_HEIGHT, ROW_HEIGHT };
export const SEARCH_DEBOUNCE_MS = 200;
/** The longest part of a query "no match" repeats. */
export const SHOWN_QUERY_CHARS = 80;

type ListOnly = Extract<DependencyList, { kind: "list" }>;

export interface DependencyListViewProps {
    list: ListOnly;
    /** Groups and duplicates a sliced reading counted as it read; worked out here when absent. */
    overview?: DependencyOverview;
    createFile: CreateFile;
    /** The operation's name, carried into the export's file name. */
    operationName?: string | null;
}

export const DependencyListView = React.memo(function DependencyListView({ list, overview, createFile, operationName }: DependencyListViewProps) {
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
        const file = createFile(exportFileName(t("Export_FileName"), operationName), "text/csv");
        return {
            text: new SpreadsheetText(entries, filteredIndexes(filtered), columns, labelOf, csvFormat(csvSeparator(clock.locale)), file),
            save: () => file.save(),
        };
    }, [createFile, entries, filtered, columns, labelOf, clock.locale, t, operationName]);
    const exportStarts = React.useCallback(() => setExportFailed(false), []);
    const exportFails = React.useCallback(() => setExportFailed(true), []);

    const total = entries.length;
    const format = React.useCallback((n: number): string => numberText(n, clock.locale), [clock.locale]);
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
                // A pasted query can be thousands of characters: the sentence shows its start, and wraps.
                <Text className={shared.wrap}>{t("Search_NoMatches", cutText(search.trim(), SHOWN_QUERY_CHARS))}</Text>
            ) : (
                <VirtualEntryList
                    rows={rows}
                    layout={layout}
                    label={t("List_Label", format(filtered.matches))}
                    role={grouped.typed ? "treegrid" : "grid"}
                    columns={columns}
                    untyped={twoLines}
                    onRenderCell={onRenderCell}
                    getItemCountForPage={pageRows}
                    version={`${search}|${collapsed.size}|${onlyRepeated}|${compact}|${occurrences ? 1 : 0}|${selected ?? ""}`}
                    onFocus={onFocusRow}
                />
            )}
            {selected !== undefined && selected < entries.length ? (
                <EntryDetails entry={entries.at(selected)} typeLabel={labelOf(entries.at(selected))} columns={columns} onClose={() => setSelected(undefined)} />
            ) : null}
        </div>
    );
});
