/** How a row shows its values (one line, cut, the query highlighted) and where rows sit in the list. Pure. */

/** Longest text a row shows of one field; the full value is in copy and export. */
export const MAX_SHOWN_CHARS = 300;

/** A value as a row shows it: on one line, cut after MAX_SHOWN_CHARS (invisible characters are kept, to be shown as markers). */
export function rowText(text: string): string {
    const flat = text.replace(/[\t\r\n]+/g, " ");
    return flat.length > MAX_SHOWN_CHARS ? flat.slice(0, MAX_SHOWN_CHARS) + "…" : flat;
}

export interface TextPart {
    text: string;
    match: boolean;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The text split around every case-insensitive occurrence of the query, for highlighting. */
export function highlightParts(text: string, query: string): TextPart[] {
    const needle = query.trim();
    if (needle === "" || text === "") return [{ text, match: false }];
    const parts: TextPart[] = [];
    const pattern = new RegExp(escapeRegExp(needle), "giu");
    let last = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        if (m[0] === "") break;
        if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
        parts.push({ text: m[0], match: true });
        last = m.index + m[0].length;
    }
    if (last < text.length) parts.push({ text: text.slice(last), match: false });
    return parts.length > 0 ? parts : [{ text, match: false }];
}

/** Characters kept before a search hit when a value is shown from its first hit. */
export const MATCH_LEAD_CHARS = 12;
/** A hit this far in or nearer shows with the value's start: a name column has room for that many characters. */
const MATCH_SHOWN_CHARS = 28;

/**
 * The value as a row shows it while searching: from a few characters before its first hit, marked "…",
 * when the hit lies further in than that; else the value itself. A narrow column then shows the hit.
 */
export function fromFirstMatch(text: string, query: string): string {
    const needle = query.trim();
    if (needle === "") return text;
    const hit = new RegExp(escapeRegExp(needle), "iu").exec(text);
    if (!hit || hit.index <= MATCH_SHOWN_CHARS) return text;
    // Never start in the middle of a surrogate pair.
    let start = hit.index - MATCH_LEAD_CHARS;
    const code = text.charCodeAt(start);
    if (code >= 0xdc00 && code <= 0xdfff) start -= 1;
    return `…${text.slice(start)}`;
}

/** Rows per page of the virtualized list where rows may show (Fluent's List default). */
export const LIST_PAGE_ROWS = 10;

/** Where the rows of the virtualized list sit: group headers and entries may differ in height. */
export interface RowLayout {
    /** The height of all rows. */
    total: number;
    /** The height of `count` rows from row `start`. */
    rangeHeight(start: number, count: number): number;
    /** The row at a pixel offset from the list's top. */
    rowAt(pixel: number): number;
}

/**
 * The layout of list rows (an entry index ≥ 0, a group header < 0) in O(groups) memory: a page's height and
 * the row under a pixel come from the header positions by binary search, never from a walk over the rows,
 * so a page that spans a million rows costs no more than one of ten.
 */
export function rowLayout(rows: ArrayLike<number>, headerHeight: number, entryHeight: number): RowLayout {
    const headers: number[] = [];
    for (let i = 0; i < rows.length; i++) if (rows[i] < 0) headers.push(i);
    const headersBefore = (row: number): number => {
        let low = 0;
        let high = headers.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (headers[middle] < row) low = middle + 1;
            else high = middle;
        }
        return low;
    };
    const topOf = (row: number): number => row * entryHeight + headersBefore(row) * (headerHeight - entryHeight);
    const count = rows.length;
    return {
        total: topOf(count),
        rangeHeight: (start, rowsInRange) => {
            const from = Math.max(0, Math.min(start, count));
            return topOf(Math.min(count, from + rowsInRange)) - topOf(from);
        },
        rowAt: (pixel) => {
            let low = 0;
            let high = count;
            while (low < high) {
                const middle = (low + high + 1) >> 1;
                if (topOf(middle) <= pixel) low = middle;
                else high = middle - 1;
            }
            return low;
        },
    };
}

/**
 * How many rows the page of the virtualized list that starts at row `start` holds. Where rows may show
 * (the first page, the pages around `shown`, the rectangle the list renders in pixels from its top, and
 * the page of the focused row) pages hold LIST_PAGE_ROWS rows; elsewhere one page runs up to the next page
 * that may show, so that the list lays out a million rows in a handful of pages instead of 100,000.
 * Without that rectangle (before the list measured itself), every page holds LIST_PAGE_ROWS rows. Pages start
 * at multiples of LIST_PAGE_ROWS. `rowAt` maps a pixel offset to its row (see rowLayout).
 */
export function listPageRows(
    start: number,
    rowCount: number,
    rowAt: (pixel: number) => number,
    shown: { top: number; bottom: number } | undefined,
    focused: number,
): number {
    if (!shown || !(shown.bottom > shown.top) || start === 0) return LIST_PAGE_ROWS;
    const pageOf = (row: number): number => Math.floor(row / LIST_PAGE_ROWS) * LIST_PAGE_ROWS;
    const first = pageOf(Math.max(0, rowAt(shown.top))) - LIST_PAGE_ROWS;
    const end = pageOf(Math.max(0, rowAt(shown.bottom) + 1)) + 2 * LIST_PAGE_ROWS;
    const focusedPage = focused >= 0 ? pageOf(focused) : -1;
    if ((start >= first && start < end) || start === focusedPage) return LIST_PAGE_ROWS;
    let next = start < first ? first : rowCount;
    if (focusedPage > start && focusedPage < next) next = focusedPage;
    return Math.max(LIST_PAGE_ROWS, next - start);
}
