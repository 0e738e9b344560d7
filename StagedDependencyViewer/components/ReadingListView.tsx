import * as React from "react";
import { numberText } from "../../common/model/text";
import { Text } from "@fluentui/react/lib/Text";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";
import type { DependencyEntries } from "../model/dependencyEntries";
import type { TypeLabeler } from "../model/dependencyGroups";
import { rowLayout } from "../model/rowLayout";
import type { ExportColumns } from "../model/spreadsheetText";
import { entryTypeLabel } from "./typeLabels";
import { ROW_HEIGHT } from "./styles";
import { EntryRow, entryHeight } from "./listParts";
import { VirtualEntryList } from "./VirtualEntryList";

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
    const labelOf = React.useCallback<TypeLabeler>((entry) => entryTypeLabel(entry, t), [t]);
    const shown = Math.min(count, READING_PREVIEW_ROWS);
    const rows = React.useMemo(() => Array.from({ length: shown }, (_, i) => i), [shown]);
    const layout = React.useMemo(() => rowLayout(rows, ROW_HEIGHT, entryHeight(compact, false)), [rows, compact]);
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
                {t("Dependencies_ReadSoFar", numberText(count, clock.locale))}
            </Text>
            <VirtualEntryList
                rows={rows}
                layout={layout}
                label={t("Dependencies_Label")}
                rowCount={count}
                role="grid"
                columns={columns}
                untyped={false}
                onRenderCell={onRenderCell}
                version={compact}
            />
        </div>
    );
});
