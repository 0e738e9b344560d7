/**
 * Row positions by id, in layers: a page added after the rows already shown adds a layer of its own ids
 * instead of copying the positions of every earlier row, so adding a page to a 50,000-row view costs the
 * page. Past a few layers they are merged into one. Immutable: `extend` returns a new index. Pure.
 */
const MAX_LAYERS = 8;

export class RowIndex {
    private constructor(
        private readonly own: ReadonlyMap<string, number>,
        private readonly base: RowIndex | undefined,
        private readonly layers: number,
    ) {}

    static of(positions: ReadonlyMap<string, number>): RowIndex {
        return new RowIndex(positions, undefined, 1);
    }

    /** The position of the row with `id`; undefined when no row has it. */
    get(id: string): number | undefined {
        return this.own.get(id) ?? this.base?.get(id);
    }

    has(id: string): boolean {
        return this.get(id) !== undefined;
    }

    /** This index and `more` (ids not in it), as a new index. */
    extend(more: ReadonlyMap<string, number>): RowIndex {
        if (this.layers < MAX_LAYERS) return new RowIndex(more, this, this.layers + 1);
        const merged = new Map<string, number>();
        this.copyInto(merged);
        for (const [id, position] of more) merged.set(id, position);
        return RowIndex.of(merged);
    }

    private copyInto(target: Map<string, number>): void {
        this.base?.copyInto(target);
        for (const [id, position] of this.own) target.set(id, position);
    }
}
