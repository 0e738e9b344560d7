/**
 * Colors as WCAG 2 sees them: relative luminance, contrast ratio, and a color moved just far enough
 * towards another for text on a background to stay readable. Pure: the theme uses it to keep host
 * tokens readable whatever a host's theme holds.
 */
type Rgb = readonly [number, number, number];

/** "#rgb", "#rrggbb" or "#rrggbbaa" (alpha ignored) as 0–255 channels; undefined for anything else. */
export function parseHex(color: string): Rgb | undefined {
    const text = color.trim();
    const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
    if (short) return [short[1], short[2], short[3]].map((c) => parseInt(c + c, 16)) as unknown as Rgb;
    const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})(?:[0-9a-f]{2})?$/i.exec(text);
    if (long) return [long[1], long[2], long[3]].map((c) => parseInt(c, 16)) as unknown as Rgb;
    return undefined;
}

function toHex(rgb: Rgb): string {
    return (
        "#" +
        rgb
            .map((c) =>
                Math.round(Math.min(255, Math.max(0, c)))
                    .toString(16)
                    .padStart(2, "0"),
            )
            .join("")
    );
}

function channel(value: number): number {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance(color: string): number | undefined {
    const rgb = parseHex(color);
    return rgb ? 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]) : undefined;
}

/** WCAG contrast ratio (1–21) of two hex colors; undefined when either is not a hex color. */
export function contrastRatio(a: string, b: string): number | undefined {
    const la = luminance(a);
    const lb = luminance(b);
    if (la === undefined || lb === undefined) return undefined;
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `color` mixed with `other`: 0 is `color`, 1 is `other`. */
export function mix(color: string, other: string, amount: number): string {
    const a = parseHex(color);
    const b = parseHex(other);
    if (!a || !b) return color;
    return toHex([0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * amount) as unknown as Rgb);
}

/**
 * `color` when it reaches `minimum` contrast on `background` (on each, given several), otherwise the first
 * mix towards `towards` (the theme's strongest text color) that does. Colors that are not hex are handed
 * back unchanged.
 */
export function readableOn(color: string, background: string | readonly string[], minimum: number, towards: string): string {
    const backgrounds = typeof background === "string" ? [background] : background;
    const readable = (candidate: string): boolean => backgrounds.every((b) => (contrastRatio(candidate, b) ?? minimum) >= minimum);
    if (contrastRatio(color, backgrounds[0] ?? "") === undefined || readable(color)) return color;
    for (let step = 1; step <= 20; step++) {
        const candidate = mix(color, towards, step / 20);
        if (readable(candidate)) return candidate;
    }
    return towards;
}
