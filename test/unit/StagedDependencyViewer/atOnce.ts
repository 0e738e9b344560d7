// The viewer's sliced writers run to the end in one call: what the model tests compare against. The
// control itself always goes through the slices, so these live with the tests.
import { Utf8Base64Writer } from "../../../StagedDependencyViewer/model/base64";
import type { DependencyEntries } from "../../../StagedDependencyViewer/model/dependencyEntries";
import type { GroupedDependencies } from "../../../StagedDependencyViewer/model/dependencyGroups";
import { DuplicateMarker, type DuplicateMarks } from "../../../StagedDependencyViewer/model/duplicateMarks";
import type { TypeLabeler } from "../../../StagedDependencyViewer/model/dependencyGroups";
import { csvFormat, spreadsheetText, type ExportColumns } from "../../../StagedDependencyViewer/model/spreadsheetText";

/** Text as UTF-8 bytes in base64, at once. */
export function utf8Base64(text: string): string {
    const writer = new Utf8Base64Writer();
    writer.write(text);
    return writer.end();
}

/** CSV of the entries at `indexes`, at once. */
export function toCsv(entries: DependencyEntries, indexes: readonly number[], columns: ExportColumns, labelOf: TypeLabeler, separator: "," | ";"): string {
    return spreadsheetText(entries, indexes, columns, labelOf, csvFormat(separator));
}

/** Marks every entry that appears more than once, at once. */
export function markDuplicates(entries: DependencyEntries, grouped: GroupedDependencies): DuplicateMarks {
    const marker = new DuplicateMarker(entries, grouped);
    marker.step();
    return marker.result();
}
