import * as React from "react";
import { Icon } from "@fluentui/react/lib/Icon";
import { chevronIconName } from "../../common/components/Disclosure";
import { ActionButton } from "@fluentui/react/lib/Button";
import { Text } from "@fluentui/react/lib/Text";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";
import { VisibleText } from "../../common/components/VisibleText";
import { percentText, numberText } from "../../common/model/text";
import { spelledOut } from "../../common/model/visibleText";
import type { Dependency } from "../model/dependencyEntries";
import { fromFirstMatch, highlightParts, rowText } from "../model/rowLayout";
import type { ExportColumns } from "../model/spreadsheetText";
import { useSlicedExport, type ExportJob } from "./useReading";
import { componentTypeLegacy } from "./typeLabels";
import { COMPACT_ROW_HEIGHT, COMPACT_TWO_LINE_ROW_HEIGHT, ROW_HEIGHT, useDependencyStyles } from "./styles";

/** The pieces of the dependency list: its rows, group headers, column headers, export button and entry details. */

export const DOWNLOAD_ICON = { iconName: "Download" };
export const FILTER_ICON = { iconName: "Filter" };
export const CLOSE_ICON = { iconName: "Cancel" };
export const rowKey = (row: number): string => String(row);

interface ExportButtonProps {
    /** The file to write, of the list as it shows now. */
    makeExport(): ExportJob;
    onStart(): void;
    onFail(): void;
}

/** "Download CSV", and while a large list's file is prepared in slices, its progress (the button waits meanwhile). */
export const ExportButton = React.memo(function ExportButton({ makeExport, onStart, onFail }: ExportButtonProps) {
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
export function entryHeight(compact: boolean, twoLines: boolean): number {
    return !compact ? ROW_HEIGHT : twoLines ? COMPACT_TWO_LINE_ROW_HEIGHT : COMPACT_ROW_HEIGHT;
}

interface ColumnHeadersProps {
    columns: ExportColumns;
    /** The list has no types: the id column gets a GUID's width (as its rows, `twoLines`). */
    untyped?: boolean;
}

/** The grid's column headers: shown above aligned columns; at phone width for screen readers only. */
export const ColumnHeaders = React.memo(function ColumnHeaders({ columns, untyped = false }: ColumnHeadersProps) {
    const { compact } = useHost();
    const shared = useSharedStyles();
    const styles = useDependencyStyles();
    return (
        <div role="rowgroup" className={compact ? shared.visuallyHidden : undefined}>
            <div role="row" aria-rowindex={1} className={`aops-dependency-columns ${styles.columnHeaders} ${untyped ? styles.untypedColumns : ""}`}>
                {[columns.name, columns.type, columns.id, columns.parent].map((label) => (
                    <span key={label} role="columnheader" className={styles.columnHeader} title={label}>
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
export const GroupHeader = React.memo(function GroupHeader({ groupKey, label, legacy, open, rowIndex, onToggle }: GroupHeaderProps) {
    const { rtl } = useHost();
    const styles = useDependencyStyles();
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
                {/* The chevron of every collapsible in the product (common/components/Disclosure.tsx), never a text glyph. */}
                <Icon iconName={chevronIconName(open, rtl)} aria-hidden="true" className={styles.chevron} />
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
export function ShownValue({ text, query, dir }: { text: string; query: string; dir: "ltr" | "auto" }) {
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
    // The row shows the value from just before its first hit, so a hit deep in a long value is not cut off.
    return <VisibleText text={rowText(fromFirstMatch(text, query))} dir={dir} renderRun={query.trim() === "" ? undefined : renderRun} />;
}

export const EntryRow = React.memo(function EntryRow({
    entry,
    query,
    typeLabel,
    occurrences,
    grouped,
    twoLines,
    rowIndex,
    row,
    selected,
    onSelect,
}: EntryRowProps) {
    const { t, compact, clock } = useHost();
    const styles = useDependencyStyles();
    const named = entry.name !== "";
    // Counted in the user's digits, as every other count of the control.
    const times = numberText(occurrences, clock.locale);
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
            className={`${compact ? (twoLines ? styles.entryRowCompactTwo : styles.entryRowCompact) : `${styles.entryRow} ${twoLines ? styles.untypedColumns : ""}`} ${onSelect ? styles.selectable : ""} ${selected ? styles.selected : ""}`}
        >
            {named ? (
                cell(styles.areaName, entry.name, `aops-dependency-name ${styles.entryName}`, "auto", mark)
            ) : (
                // Known only by its id: the id stays in its column, the name says there is none.
                <span role="gridcell" className={`${styles.cell} aops-dependency-name ${compact ? styles.areaName : ""}`}>
                    <span className={`${styles.value} ${styles.entryNoName}`}>{t("Entry_NoName")}</span>
                    {mark}
                </span>
            )}
            {cell(styles.areaType, typeLabel, `aops-dependency-type ${styles.entryDetail}`, "auto", null, componentTypeLegacy(entry.typeCode, t))}
            {cell(styles.areaId, entry.id, `aops-dependency-id ${styles.entryDetail}`, "ltr")}
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
export function EntryDetails({ entry, typeLabel, columns, onClose }: EntryDetailsProps) {
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
