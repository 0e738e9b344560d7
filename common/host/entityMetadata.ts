/**
 * The one reader of `context.utils.getEntityMetadata`: guarded (undefined where the host has none, a
 * throwing host rejects) and cached per host `utils` object and per table and columns, so every control
 * and every board on a page asks for a table's metadata once. A failed read leaves the cache, so the next
 * asker tries again.
 */

/** Reads a table's metadata for some of its columns (none: the table's own names). Always a promise. */
export type EntityMetadataReader = (entityName: string, attributes: readonly string[]) => Promise<unknown>;

type GetEntityMetadata = (entityName: string, attributes?: string[]) => Promise<unknown>;

const caches = new WeakMap<object, Map<string, Promise<unknown>>>();

export function entityMetadataReader(context: { utils?: unknown }): EntityMetadataReader | undefined {
    const utils = context.utils as { getEntityMetadata?: unknown } | null | undefined;
    if (!utils || typeof utils !== "object" || typeof utils.getEntityMetadata !== "function") return undefined;
    const read = utils.getEntityMetadata as GetEntityMetadata;
    return (entityName, attributes) => {
        const cache = caches.get(utils) ?? new Map<string, Promise<unknown>>();
        caches.set(utils, cache);
        const key = [entityName, ...attributes].join("\u0001");
        const known = cache.get(key);
        if (known) return known;
        const reading = (async () => read.call(utils, entityName, [...attributes]))();
        cache.set(key, reading);
        reading.catch(() => cache.delete(key));
        return reading;
    };
}
