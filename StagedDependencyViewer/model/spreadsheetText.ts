import { csvLine, tabLine } from "../../common/model/spreadsheet";
import type { DependencyEntries } from "./dependencyEntries";
import type { TypeLabeler } from "./dependencyGroups";

/** The text of copy and CSV export: written at once, or piece by piece into a sink for a large list. Pure. */

export interface ExportColumns {
    name: string;
    id: string;
    type: string;
    parent: string;
}

/** How a text for a spreadsheet is written: each row's line, what ends a line, and whether the last line ends too. */
export interface SpreadsheetFormat {
    line(cells: readonly string[]): string;
    lineEnd: string;
    endsWithLineEnd: boolean;
}

/** CSV with the list separator of the user's locale (a semicolon where the decimal separator is a comma). */
export const csvFormat = (separator: "," | ";"): SpreadsheetFormat => ({ line: (cells) => csvLine(cells, separator), lineEnd: "\r\n", endsWithLineEnd: true });

/** Tab-separated with a header line: pastes into a spreadsheet as columns and reads fine as text. */
export const clipboardFormat: SpreadsheetFormat = { line: tabLine, lineEnd: "\n", endsWithLineEnd: false };

/** Where a text is written piece by piece: a file being prepared, or the parts of a text kept whole. */
export interface TextSink {
    write(text: string): void;
}

/**
 * The text copy and CSV export hand to a spreadsheet, in the grid's column order: a header, then each
 * entry's name, type, id and parent. Both go through common/model/spreadsheet (formulas neutralised,
 * control characters removed), so what is copied and what is downloaded are the same cells. Written a run
 * of entries at a time (`step`) to `sink`: a million entries take seconds and make about 100 million
 * characters, so a file is encoded as it is written and no table of cells or lines is kept.
 */
export class SpreadsheetText {
    private next = 0;

    constructor(
        private readonly entries: DependencyEntries,
        private readonly indexes: readonly number[],
        columns: ExportColumns,
        private readonly labelOf: TypeLabeler,
        private readonly format: SpreadsheetFormat,
        private readonly sink: TextSink,
    ) {
        const header = format.line([columns.name, columns.type, columns.id, columns.parent]);
        sink.write(indexes.length === 0 && format.endsWithLineEnd ? header + format.lineEnd : header);
    }

    /** Writes the lines of up to `count` more entries; true once every line is written. */
    step(count = Infinity): boolean {
        if (this.done) return true;
        const stop = Math.min(this.indexes.length, this.next + count);
        const { lineEnd } = this.format;
        let piece = "";
        for (let k = this.next; k < stop; k++) {
            const entry = this.entries.at(this.indexes[k]);
            piece += lineEnd + this.format.line([entry.name, this.labelOf(entry), entry.id, entry.parent]);
        }
        this.next = stop;
        this.sink.write(this.done && this.format.endsWithLineEnd ? piece + lineEnd : piece);
        return this.done;
    }

    get done(): boolean {
        return this.next >= this.indexes.length;
    }

    /** Entries not written yet. */
    get remaining(): number {
        return this.indexes.length - this.next;
    }

    /** Share of the entries written, 0..1. */
    get progress(): number {
        return this.indexes.length === 0 ? 1 : this.next / this.indexes.length;
    }
}

/** The whole text of entries at `indexes` in `format`, written at once. */
export function spreadsheetText(
    entries: DependencyEntries,
    indexes: readonly number[],
    columns: ExportColumns,
    labelOf: TypeLabeler,
    format: SpreadsheetFormat,
): string {
    const parts: string[] = [];
    new SpreadsheetText(entries, indexes, columns, labelOf, format, { write: (text) => parts.push(text) }).step();
    return parts.join("");
}

/** Tab-separated text of the entries at `indexes`, at once. */
export function toClipboardText(entries: DependencyEntries, indexes: readonly number[], columns: ExportColumns, labelOf: TypeLabeler): string {
    return spreadsheetText(entries, indexes, columns, labelOf, clipboardFormat);
}

/** Characters no file name may hold on Windows or macOS, and control and invisible (format) characters. */
const NOT_IN_FILE_NAMES = /[<>:"/\\|?*\p{Cc}\p{Cf}]/gu;
/** Longest part of a file name taken from the operation's name. */
export const MAX_FILE_NAME_PART = 80;

/**
 * The export's file name: the localized base ("unprocessed-dependencies") and the operation's name, so
 * exports of several operations do not overwrite each other; the base alone when the name is empty,
 * masked or nothing but characters a file name cannot hold.
 */
export function exportFileName(base: string, operationName: string | null | undefined, extension = "csv"): string {
    const part = (operationName ?? "")
        .replace(NOT_IN_FILE_NAMES, " ")
        .trim()
        .replace(/\s+/g, "-")
        .replace(/^[.-]+|[.-]+$/g, "")
        .slice(0, MAX_FILE_NAME_PART)
        .replace(/[.-]+$/, "");
    return `${part === "" ? base : `${base}-${part}`}.${extension}`;
}
