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
    private done = false;

    constructor(read: EntityMetadataReader | undefined, entityName: string, column: string) {
        super(undefined);
        if (read) void this.read(read, entityName, column);
        else this.done = true;
    }

    /** The host has answered (with options or without): the value will not change any more. */
    get answered(): boolean {
        return this.done;
    }

    private async read(read: EntityMetadataReader, entityName: string, column: string): Promise<void> {
        try {
            const options = optionsFromEntityMetadata(await read(entityName, [column]), column);
            this.done = true;
            if (options.length > 0 && !this.disposed) this.set(options);
        } catch {
            // No metadata: the tones stay.
            this.done = true;
        }
    }
}
