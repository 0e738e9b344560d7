/**
 * The status column's option metadata (labels and colors), read once per table and column through
 * `context.utils.getEntityMetadata` and kept while the host's `utils` object lives: every board that
 * host hands the same utils to uses the same answer (and each board asks at most once anyway). A host
 * without the API, or a read that fails, leaves the store empty and the board keeps the tones; a failed
 * read is tried again by the next board only.
 */
import type { OptionMetadataLike } from "../../common/model/options";
import { Store } from "../../common/sources/store";
import { optionsFromEntityMetadata } from "../model/statusOptions";

export type StatusOptionList = readonly OptionMetadataLike[];

/** The part of `context.utils` the board uses. */
export interface MetadataUtils {
    getEntityMetadata?(entityName: string, attributes?: string[]): Promise<unknown>;
}

const caches = new WeakMap<MetadataUtils, Map<string, Promise<StatusOptionList>>>();

/** Reads one entity/column, or hands back the read already made (or under way) through the same host. */
function readOptions(utils: MetadataUtils, entityName: string, column: string): Promise<StatusOptionList> {
    const cache = caches.get(utils) ?? new Map<string, Promise<StatusOptionList>>();
    caches.set(utils, cache);
    const key = `${entityName}\u0001${column}`;
    const known = cache.get(key);
    if (known) return known;
    const read = utils.getEntityMetadata as NonNullable<MetadataUtils["getEntityMetadata"]>;
    const reading = (async () => optionsFromEntityMetadata(await read.call(utils, entityName, [column]), column))();
    cache.set(key, reading);
    // A failed read is tried again by the next board.
    reading.catch(() => cache.delete(key));
    return reading;
}

/** The options of one table's status column; undefined until they arrive, and for good when there are none. */
export class StatusOptions extends Store<StatusOptionList | undefined> {
    private async read(utils: MetadataUtils, entityName: string, column: string): Promise<void> {
        try {
            const options = await readOptions(utils, entityName, column);
            if (options.length > 0) this.set(options);
        } catch {
            // No metadata: the tones stay.
        }
    }

    constructor(utils: MetadataUtils | undefined, entityName: string, column: string) {
        super(undefined);
        if (!utils || typeof utils.getEntityMetadata !== "function") return;
        void this.read(utils, entityName, column);
    }
}
