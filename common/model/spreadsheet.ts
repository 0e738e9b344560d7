/**
 * Text handed to a spreadsheet (CSV export, copy as tab-separated columns). Both paths use the same cell
 * rule: a spreadsheet program runs a cell that starts like a formula (`=`, `+`, `-`, `@`, tab, carriage
 * return), so such a cell gets a leading apostrophe and stays text; control characters are removed.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell's text, safe to hand to a spreadsheet. Line breaks and tabs inside become spaces when `flat`. */
export function spreadsheetCell(value: string, flat = false): string {
    const neutral = FORMULA_START.test(value) ? "'" + value : value;
    const clean = neutral.replace(CONTROL_CHARACTERS, "");
    return flat ? clean.replace(/[\t\r\n]+/g, " ") : clean;
}

/**
 * The list separator a spreadsheet program expects in CSV for a locale: a semicolon where the decimal
 * separator is a comma (German, French, Spanish…), else a comma.
 */
export function csvSeparator(locale: string): "," | ";" {
    try {
        const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === "decimal")?.value;
        return decimal === "," ? ";" : ",";
    } catch {
        return ",";
    }
}

/** One row as a CSV line (RFC 4180 quoting) with the locale's separator, without its line end. */
export function csvLine(cells: readonly string[], separator: "," | ";"): string {
    const quoteWhen = separator === "," ? /[",\r\n]/ : /[";\r\n]/;
    let line = "";
    for (let c = 0; c < cells.length; c++) {
        const safe = spreadsheetCell(cells[c]);
        line += (c > 0 ? separator : "") + (quoteWhen.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe);
    }
    return line;
}

/** One row as a tab-separated line, for the clipboard: line breaks and tabs inside cells become spaces. */
export function tabLine(cells: readonly string[]): string {
    let line = "";
    for (let c = 0; c < cells.length; c++) line += (c > 0 ? "\t" : "") + spreadsheetCell(cells[c], true);
    return line;
}
