import type { FieldRead } from "../../common/model/fieldRead";
import type { PacketRow } from "./packetRows";

/**
 * Pure counting of an integration job's packets against the number expected. Work is proportional to the
 * packets received, never to the number expected, so an absurd expectation cannot stall the form.
 */

/** `msdyn_numberofpackets` and `msdyn_sequencenumber` are Dataverse integers. */
export const MAX_PACKETS = 2_147_483_647;

export type ExpectedPackets =
    | { kind: "count"; value: number }
    | { kind: "masked" }
    | { kind: "empty" }
    | { kind: "zero" }
    | { kind: "negative"; value: number }
    | { kind: "absurd"; value: number };

export function readExpected(field: FieldRead<number>): ExpectedPackets {
    if (field.state === "masked") return { kind: "masked" };
    if (field.state === "empty" || field.value === null) return { kind: "empty" };
    const value = field.value;
    if (value === 0) return { kind: "zero" };
    if (value < 0) return { kind: "negative", value };
    if (!Number.isInteger(value) || value > MAX_PACKETS) return { kind: "absurd", value };
    return { kind: "count", value };
}

export interface SequenceRange {
    from: number;
    to: number;
}

export interface DuplicateSequence {
    sequence: number;
    count: number;
}

export interface PacketCount {
    /** Rows read. */
    rows: number;
    /** First sequence number: 0 when a 0 appears, else 1. */
    base: 0 | 1;
    /** Distinct sequence numbers within base..base+expected−1 (all of them when the expectation is unknown). */
    received: number;
    /** Distinct sequence numbers in all. */
    distinct: number;
    duplicates: DuplicateSequence[];
    /** Gaps in the expected range, or between the base and the highest number seen when no count is expected. */
    missing: SequenceRange[];
    missingCount: number;
    /** Distinct sequence numbers beyond the expected range, ascending. */
    unexpected: number[];
    /** Rows without a usable sequence number. */
    unnumbered: number;
}

export function countPackets(packets: readonly PacketRow[], expected: number | null): PacketCount {
    const occurrences = new Map<number, number>();
    let unnumbered = 0;
    for (const { sequence } of packets) {
        if (sequence === null) unnumbered += 1;
        else occurrences.set(sequence, (occurrences.get(sequence) ?? 0) + 1);
    }
    const numbers = [...occurrences.keys()].sort((a, b) => a - b);
    const base: 0 | 1 = occurrences.has(0) ? 0 : 1;
    const last = expected !== null ? base + expected - 1 : numbers.length > 0 ? numbers[numbers.length - 1] : base - 1;

    const duplicates: DuplicateSequence[] = [];
    const unexpected: number[] = [];
    const missing: SequenceRange[] = [];
    let received = 0;
    let missingCount = 0;
    let next = base;
    for (const sequence of numbers) {
        const count = occurrences.get(sequence) ?? 0;
        if (count > 1) duplicates.push({ sequence, count });
        if (sequence > last) {
            unexpected.push(sequence);
            continue;
        }
        if (sequence > next) {
            missing.push({ from: next, to: sequence - 1 });
            missingCount += sequence - next;
        }
        received += 1;
        next = sequence + 1;
    }
    if (next <= last) {
        missing.push({ from: next, to: last });
        missingCount += last - next + 1;
    }
    return { rows: packets.length, base, received, distinct: numbers.length, duplicates, missing, missingCount, unexpected, unnumbered };
}

/**
 * Ranges as "3, 7–9, 41" (`separator`: the language's, "، " in Arabic), in the user's locale digits but
 * never digit-grouped: sequence numbers are identifiers, and a grouping separator would read as the list's.
 * Beyond `limit` ranges the rest are counted.
 */
export function formatRanges(ranges: readonly SequenceRange[], locale: string, limit = 20, separator = ", "): { text: string; more: number } {
    const number = new Intl.NumberFormat(locale, { useGrouping: false });
    const shown = ranges.slice(0, limit).map(({ from, to }) => (from === to ? number.format(from) : `${number.format(from)}–${number.format(to)}`));
    return { text: shown.join(separator), more: Math.max(0, ranges.length - limit) };
}

export interface PacketProgress {
    /** Share received, 0..1, for the bar. */
    fraction: number;
    /** Whole percent, rounded down so an unfinished job never reads 100 %. */
    percent: number;
    received: number;
    expected: number;
    /** Packets beyond the expected count. */
    over: number;
    complete: boolean;
}

export function progressOf(count: PacketCount, expected: number): PacketProgress {
    const over = count.unexpected.length;
    const fraction = expected > 0 ? Math.min(1, count.received / expected) : 0;
    return {
        fraction,
        percent: Math.floor(fraction * 100),
        received: count.received,
        expected,
        over,
        complete: count.received >= expected,
    };
}

export interface PacketRate {
    /** Packets per minute over the packets' creation times. */
    perMinute: number;
    /** Time until the remaining packets at that rate; undefined when nothing remains, none is expected or packets stalled. */
    remainingMs: number | undefined;
    /** How long no packet has arrived, when that is far longer than the usual gap between packets. */
    stalledMs: number | undefined;
}

/** At least this many timed packets, spread over at least this long, before a rate is worth showing. */
const MIN_PACKETS_FOR_RATE = 3;
const MIN_SPAN_FOR_RATE_MS = 1000;
/** Packets count as stalled after this many usual gaps without one, and at least a minute. */
const STALL_GAPS = 5;
const MIN_STALL_MS = 60_000;

/**
 * Rate from the packets' creation times; `now` (when they were read) tells a stalled job from a running
 * one, whose time left would otherwise be a stale promise.
 */
export function rateOf(packets: readonly PacketRow[], remaining: number | undefined, now?: number): PacketRate | undefined {
    let first = Infinity;
    let last = -Infinity;
    let timed = 0;
    for (const { createdOn } of packets) {
        if (!createdOn) continue;
        const time = createdOn.getTime();
        timed += 1;
        if (time < first) first = time;
        if (time > last) last = time;
    }
    const span = last - first;
    if (timed < MIN_PACKETS_FOR_RATE || !(span >= MIN_SPAN_FOR_RATE_MS)) return undefined;
    // n packets over the span between the first and the last: n − 1 intervals.
    const perMs = (timed - 1) / span;
    const silence = now !== undefined ? now - last : 0;
    const stalled = silence > Math.max(STALL_GAPS / perMs, MIN_STALL_MS) ? silence : undefined;
    return {
        perMinute: perMs * 60_000,
        remainingMs: remaining !== undefined && remaining > 0 && stalled === undefined ? remaining / perMs : undefined,
        stalledMs: stalled,
    };
}
