import { COMMON_STRINGS } from "../strings/defaults";

/** Looks a string up by resx key and fills `{0}`, `{1}`… placeholders. */
export type Translate = (key: string, ...args: (string | number)[]) => string;

type ResourcesLike = { getString?: (id: string) => string } | null | undefined;

export function fillPlaceholders(template: string, args: readonly (string | number)[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const arg = args[Number(index)];
        return arg === undefined ? whole : String(arg);
    });
}

/**
 * Strings come from the host's resx lookup for the user's language; the English resx covers hosts whose
 * lookup is missing or answers with nothing or the key itself: the control's own strings (`defaults`) first,
 * then the strings every control shares (compiled once into COMMON_STRINGS).
 */
export function createTranslator(resources: ResourcesLike, defaults: Readonly<Record<string, string>>): Translate {
    const cache = new Map<string, string>();
    const lookup = (key: string): string => {
        const cached = cache.get(key);
        if (cached !== undefined) return cached;
        let found: string | undefined;
        try {
            const fromHost = resources?.getString?.(key);
            if (typeof fromHost === "string" && fromHost !== "" && fromHost !== key) found = fromHost;
        } catch {
            found = undefined;
        }
        const resolved = found ?? defaults[key] ?? COMMON_STRINGS[key] ?? key;
        cache.set(key, resolved);
        return resolved;
    };
    return (key, ...args) => fillPlaceholders(lookup(key), args);
}

/**
 * A count's sentence in the singular when the count is exactly one and the resx has a `<key>_one` form
 * ("1 packet received"); otherwise the plain key, whose text is the plural form.
 */
export function countText(t: Translate, key: string, count: number, ...args: (string | number)[]): string {
    if (count === 1) {
        const singular = t(`${key}_one`, ...args);
        if (singular !== `${key}_one`) return singular;
    }
    return t(key, ...args);
}
