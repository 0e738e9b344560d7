import { newest, type Reading } from "../model/freshness";
import type { RefreshSnapshot } from "./refreshSource";

/**
 * When a value last changed, for deciding which of two readings is newer (common/model/freshness.ts).
 * Feed it the form's values on every updateView: it keeps the time of the first call that brought a
 * different value (Object.is), so views memoized on identity-stable values get a stable time too.
 */
export class ChangeClock<T> {
    private value: T | undefined;
    private seen = false;
    private changedAt = 0;

    constructor(private readonly now: () => number = Date.now) {}

    /** The time `value` arrived: now when it differs from the last one, else when the last one did. */
    stamp(value: T): number {
        if (!this.seen || !Object.is(value, this.value)) {
            this.value = value;
            this.seen = true;
            this.changedAt = this.now();
        }
        return this.changedAt;
    }
}

/**
 * Whether the form's values, which changed at `formAt`, are newer than the last read of a refresh loop:
 * the one rule (common/model/freshness.ts) every control follows before showing a read over the form's
 * values. `stamps` carries what each side read of the row's version, where it did.
 */
export function formIsNewer(
    formAt: number,
    snapshot: Pick<RefreshSnapshot<unknown>, "readAt" | "data"> | undefined,
    stamps: { form?: Reading; read?: Reading } = {},
): boolean {
    if (!snapshot || snapshot.data === undefined) return true;
    return newest({ ...stamps.form, at: formAt }, { ...stamps.read, at: snapshot.readAt?.getTime() }) === "form";
}
