/** Pure text helpers for resx strings: the translator's type, placeholders, singular and plural counts. */
/** Looks a string up by resx key and fills `{0}`, `{1}`… placeholders. */
export type Translate = (key: string, ...args: string[]) => string;

export function fillPlaceholders(template: string, args: readonly string[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const arg = args[Number(index)];
        return arg === undefined ? whole : String(arg);
    });
}

/**
 * A count's sentence in the singular when the count is exactly one and the resx has a `<key>_one` form
 * ("1 packet received"); otherwise the plain key, whose text is the plural form.
 */
export function countText(t: Translate, key: string, count: number, ...args: string[]): string {
    if (count === 1) {
        const singular = t(`${key}_one`, ...args);
        if (singular !== `${key}_one`) return singular;
    }
    return t(key, ...args);
}

// Building an Intl formatter costs far more than using one; a grid writes many counts per render.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the user's digits and grouping ("1,234", "1.234", "١٬٢٣٤"); plain digits for a locale Intl refuses. */
export function numberText(value: number, locale: string): string {
    let format = numberFormats.get(locale);
    if (!format) {
        try {
            format = new Intl.NumberFormat(locale);
        } catch {
            return String(value);
        }
        numberFormats.set(locale, format);
    }
    return format.format(value);
}

/** A share (0..1) as the user's locale writes a whole percentage: "52%", "52 %", "٥٢٪". */
export function percentText(share: number, locale: string): string {
    try {
        return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
    } catch {
        return `${Math.round(share * 100)}%`;
    }
}

/** At most `max` characters of `text` (no surrogate pair split), with an ellipsis when something was cut. */
export function cutText(text: string, max: number): string {
    if (text.length <= max) return text;
    let end = max;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1;
    return `${text.slice(0, end)}…`;
}
