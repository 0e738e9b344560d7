/**
 * Holds at most one source for the thing a control currently shows (a record, a value): created when a key
 * appears, kept while the same key comes back on later updateViews, disposed and replaced when the key
 * changes, disposed when it goes, and disposed with the control. Keys are compared as strings.
 */
export interface Disposable {
    dispose(): void;
}

/** A source started as it is created, its first read at once: what a `sync` create function returns. */
export function started<S extends { start(): void }>(source: S): S {
    source.start();
    return source;
}

export class KeyedSource<S extends Disposable> {
    private key: string | undefined;
    private source: S | undefined;

    /** The source of the last `sync`, if any. */
    get current(): S | undefined {
        return this.source;
    }

    /**
     * The source for `key`: the existing one while the key is unchanged, else a new one from `create`.
     * An undefined key disposes the current source and returns undefined.
     */
    sync(key: string | undefined, create: () => S): S | undefined {
        if (key === this.key && this.source) return this.source;
        this.dispose();
        if (key === undefined) return undefined;
        this.source = create();
        this.key = key;
        return this.source;
    }

    dispose(): void {
        const old = this.source;
        this.source = undefined;
        this.key = undefined;
        old?.dispose();
    }
}
