/**
 * The status column's option metadata (labels and colors), read through the one metadata reader
 * (common/host/entityMetadata.ts, which asks each host once per table and column). A host without the
 * API, or a read that fails, leaves the store empty and the board keeps the tones.
 */
import type { EntityMetadataReader } from "../host/entityMetadata";
import type { OptionMetadataLike } from "../model/options";
import { Store } from "./store";
import { optionsFromEntityMetadata } from "../model/optionMetadata";

export type StatusOptionList = readonly OptionMetadataLike[];

/** The options of one table's status column; undefined until they arrive, and for good when there are none. */
export class StatusOptions extends Store<StatusOptionList | undefined> {
    constructor(read: EntityMetadataReader | undefined, entityName: string, column: string) {
        super(undefined);
        if (read) void this.read(read, entityName, column);
    }

    private async read(read: EntityMetadataReader, entityName: string, column: string): Promise<void> {
        try {
            const options = optionsFromEntityMetadata(await read(entityName, [column]), column);
            if (options.length > 0 && !this.disposed) this.set(options);
        } catch {
            // No metadata: the tones stay.
        }
    }
}
