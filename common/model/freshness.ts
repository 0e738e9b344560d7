/**
 * The newest value wins. A control shows one row from two places: the values the form binds (which the
 * form refreshes on its own schedule) and its own last Web API read. Whichever is newer is shown, decided
 * here for every control: by what the row carries (`versionnumber`, else `modifiedon`) when both sides
 * have it, else by time of arrival — values the form changed after the read are newer than the read.
 * Pure: the caller measures the times (common/sources/changeClock.ts stamps the form's changes).
 */
export interface Reading {
    /** The row's `versionnumber`, when this side read it. */
    version?: number | null;
    /** The row's `modifiedon`, when this side read it. */
    modifiedOn?: Date | null;
    /** When this side's values arrived (epoch milliseconds): the form's last change, the read's answer. */
    at?: number | null;
}

export type Newest = "form" | "read";

const finite = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value);
const validDate = (value: Date | null | undefined): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/**
 * Which reading to show. Equal stamps mean the same version of the row: the read wins then (it holds
 * every column the control asked for). Without comparable stamps, the form wins only when it changed
 * after the read arrived; a read that has not arrived loses to the form.
 */
export function newest(form: Reading, read: Reading): Newest {
    if (finite(form.version) && finite(read.version)) return form.version > read.version ? "form" : "read";
    if (validDate(form.modifiedOn) && validDate(read.modifiedOn)) return form.modifiedOn.getTime() > read.modifiedOn.getTime() ? "form" : "read";
    if (!finite(read.at)) return "form";
    return finite(form.at) && form.at > read.at ? "form" : "read";
}

/** A side's last read as a refresh loop keeps it: its data (undefined until a read answered) and when it arrived. */
export interface LastRead {
    data: unknown;
    readAt?: Date | number | null;
}

/**
 * Whether the form's values, which changed at `formAt`, are newer than `read`: the one rule every control
 * follows before showing a read over the form's values (nothing read yet: the form's). `stamps` carries
 * what each side read of the row's version, where it did.
 */
export function formIsNewer(formAt: number, read: LastRead | undefined, stamps: { form?: Reading; read?: Reading } = {}): boolean {
    if (!read || read.data === undefined) return true;
    const at = read.readAt instanceof Date ? read.readAt.getTime() : read.readAt;
    return newest({ ...stamps.form, at: formAt }, { ...stamps.read, at }) === "form";
}
