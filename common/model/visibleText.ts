/**
 * Names, ids and messages can carry characters a reader cannot see: zero-width characters, bidirectional
 * overrides and isolates (which reorder what follows them), NUL and other control characters. Shown
 * as they are, two different names can look the same and a right-to-left override can disguise a name.
 * Each such character becomes a visible marker (its code point), while the text itself is kept for
 * search and copy.
 */
export interface TextSegment {
    text: string;
    /** Set for an invisible character: its code point as U+XXXX, shown in place of it. */
    codePoint?: string;
}

// Control characters and combining marks are the point of this class: it finds exactly those.
const INVISIBLE =
    // eslint-disable-next-line no-control-regex, no-misleading-character-class
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]/g;

/** Whether the text has any character that `revealInvisible` would mark. */
export function hasInvisible(text: string): boolean {
    INVISIBLE.lastIndex = 0;
    return INVISIBLE.test(text);
}

export function codePointLabel(char: string): string {
    return "U+" + (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
}

/** The text cut into visible runs and markers, in order; plain text gives one segment. */
export function revealInvisible(text: string): TextSegment[] {
    if (!hasInvisible(text)) return [{ text }];
    const segments: TextSegment[] = [];
    let last = 0;
    INVISIBLE.lastIndex = 0;
    for (let m = INVISIBLE.exec(text); m !== null; m = INVISIBLE.exec(text)) {
        if (m.index > last) segments.push({ text: text.slice(last, m.index) });
        segments.push({ text: m[0], codePoint: codePointLabel(m[0]) });
        last = m.index + m[0].length;
    }
    if (last < text.length) segments.push({ text: text.slice(last) });
    return segments;
}

/** The text with each invisible character written by `spell` from its code point ("U+200B"). */
function spellInvisible(text: string, spell: (codePoint: string) => string): string {
    return revealInvisible(text)
        .map((segment) => (segment.codePoint ? spell(segment.codePoint) : segment.text))
        .join("");
}

/** The text with each invisible character replaced by its code point, for attributes and announcements. */
export function revealedText(text: string): string {
    return spellInvisible(text, (codePoint) => codePoint);
}

/** The whole text on one line with each invisible character written as its code point, for a tooltip. */
export function spelledOut(text: string): string {
    return spellInvisible(text.replace(/[\t\r\n]+/g, " "), (codePoint) => `[${codePoint}]`);
}
