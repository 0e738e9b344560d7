import { COMMON_STRINGS } from "../strings/defaults";
import { fillPlaceholders, type Translate } from "../model/text";

type ResourcesLike = { getString?: (id: string) => string } | null | undefined;

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
