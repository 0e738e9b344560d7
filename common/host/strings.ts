import { COMMON_STRINGS } from "../strings/defaults";
import { attempt } from "../model/guard";
import { fillPlaceholders, type Translate } from "../model/text";

type ResourcesLike = { getString?: (id: string) => string } | null | undefined;

export interface Translator {
    readonly t: Translate;
    /**
     * Takes `resources` as its lookup from now on when it answers every key looked up so far as before
     * (true); false, and nothing changes, when any string differs. Hosts that hand a new resources object
     * to every updateView then keep one translator, and the views that hold it need not render again.
     */
    adopt(resources: ResourcesLike): boolean;
}

/**
 * Strings come from the host's resx lookup for the user's language; the English resx covers hosts whose
 * lookup is missing or answers with nothing or the key itself: the control's own strings (`defaults`) first,
 * then the strings every control shares (compiled once into COMMON_STRINGS).
 */
export function translatorOf(resources: ResourcesLike, defaults: Readonly<Record<string, string>>): Translator {
    const cache = new Map<string, string>();
    let current = resources;
    const resolve = (from: ResourcesLike, key: string): string => {
        const fromHost = attempt(() => from?.getString?.(key), undefined);
        const found = typeof fromHost === "string" && fromHost !== "" && fromHost !== key ? fromHost : undefined;
        return found ?? defaults[key] ?? COMMON_STRINGS[key] ?? key;
    };
    const lookup = (key: string): string => {
        const cached = cache.get(key);
        if (cached !== undefined) return cached;
        const resolved = resolve(current, key);
        cache.set(key, resolved);
        return resolved;
    };
    return {
        t: (key, ...args) => fillPlaceholders(lookup(key), args),
        adopt(next: ResourcesLike): boolean {
            if (next === current) return true;
            for (const [key, value] of cache) if (resolve(next, key) !== value) return false;
            current = next;
            return true;
        },
    };
}
