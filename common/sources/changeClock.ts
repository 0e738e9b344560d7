/**
 * When a value last changed, for deciding which of two readings is newer (`formIsNewer` in
 * common/model/freshness.ts).
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
