import { countPackets, formatRanges, progressOf, rateOf, readExpected, MAX_PACKETS } from "../../../IntegrationJobProgress/model/packets";
import type { PacketRow } from "../../../IntegrationJobProgress/model/packetRows";

const rows = (...sequences: (number | null)[]): PacketRow[] => sequences.map((sequence) => ({ sequence, createdOn: null }));
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("readExpected", () => {
    it("accepts a positive whole number and names every other case", () => {
        expect(readExpected({ state: "value", value: 120 })).toEqual({ kind: "count", value: 120 });
        expect(readExpected({ state: "masked", value: null })).toEqual({ kind: "masked" });
        expect(readExpected({ state: "empty", value: null })).toEqual({ kind: "empty" });
        expect(readExpected({ state: "value", value: 0 })).toEqual({ kind: "zero" });
        expect(readExpected({ state: "value", value: -3 })).toEqual({ kind: "negative", value: -3 });
        expect(readExpected({ state: "value", value: 2.5 })).toEqual({ kind: "absurd", value: 2.5 });
        expect(readExpected({ state: "value", value: MAX_PACKETS + 1 })).toEqual({ kind: "absurd", value: MAX_PACKETS + 1 });
        expect(readExpected({ state: "value", value: MAX_PACKETS })).toEqual({ kind: "count", value: MAX_PACKETS });
    });
});

describe("countPackets", () => {
    it("counts distinct sequence numbers 1..N and names the gaps as ranges", () => {
        const present = range(1, 45).filter((n) => ![3, 7, 8, 9, 41].includes(n));
        const count = countPackets(rows(...present), 45);
        expect(count.base).toBe(1);
        expect(count.received).toBe(40);
        expect(count.missing).toEqual([
            { from: 3, to: 3 },
            { from: 7, to: 9 },
            { from: 41, to: 41 },
        ]);
        expect(count.missingCount).toBe(5);
        expect(formatRanges(count.missing, "en-US").text).toBe("3, 7–9, 41");
    });

    it("runs 0..N−1 when a 0 appears", () => {
        const count = countPackets(rows(0, 1, 2, 4), 5);
        expect(count.base).toBe(0);
        expect(count.received).toBe(4);
        expect(count.missing).toEqual([{ from: 3, to: 3 }]);
        expect(count.unexpected).toEqual([]);
        // Without the 0, 5 packets are 1..5.
        expect(countPackets(rows(1, 2, 4), 5).missing).toEqual([
            { from: 3, to: 3 },
            { from: 5, to: 5 },
        ]);
    });

    it("flags duplicate sequence numbers and counts each number once", () => {
        const count = countPackets(rows(1, 2, 2, 3, 3, 3, 4), 4);
        expect(count.rows).toBe(7);
        expect(count.received).toBe(4);
        expect(count.duplicates).toEqual([
            { sequence: 2, count: 2 },
            { sequence: 3, count: 3 },
        ]);
        expect(count.missing).toEqual([]);
    });

    it("puts numbers beyond the expected range apart, so progress never passes 100 %", () => {
        const count = countPackets(rows(...range(1, 12)), 10);
        expect(count.received).toBe(10);
        expect(count.unexpected).toEqual([11, 12]);
        const progress = progressOf(count, 10);
        expect(progress).toMatchObject({ fraction: 1, percent: 100, over: 2, complete: true });
    });

    it("counts rows without a usable sequence number apart", () => {
        const count = countPackets(rows(1, null, null, 2), 2);
        expect(count.unnumbered).toBe(2);
        expect(count.received).toBe(2);
    });

    it("reports everything missing when nothing arrived, as one range", () => {
        const count = countPackets([], 120);
        expect(count.missing).toEqual([{ from: 1, to: 120 }]);
        expect(count.missingCount).toBe(120);
        expect(progressOf(count, 120)).toMatchObject({ fraction: 0, percent: 0, complete: false });
    });

    it("stays proportional to the packets, not to an enormous expectation", () => {
        const started = Date.now();
        const count = countPackets(rows(1, 5), MAX_PACKETS);
        expect(Date.now() - started).toBeLessThan(200);
        expect(count.missing).toEqual([
            { from: 2, to: 4 },
            { from: 6, to: MAX_PACKETS },
        ]);
        expect(count.missingCount).toBe(MAX_PACKETS - 2);
    });

    it("looks for gaps up to the highest number seen when no count is expected", () => {
        const count = countPackets(rows(1, 2, 5), null);
        expect(count.received).toBe(3);
        expect(count.missing).toEqual([{ from: 3, to: 4 }]);
        expect(count.unexpected).toEqual([]);
        expect(countPackets([], null).missing).toEqual([]);
    });

    it("handles 10,000 packets in any order", () => {
        const shuffled = range(1, 10_000).reverse();
        const count = countPackets(rows(...shuffled), 10_000);
        expect(count.received).toBe(10_000);
        expect(count.missing).toEqual([]);
    });
});

describe("progressOf", () => {
    it("rounds the percent down so an unfinished job never reads 100 %", () => {
        const count = countPackets(rows(...range(1, 999)), 1000);
        const progress = progressOf(count, 1000);
        expect(progress.percent).toBe(99);
        expect(progress.complete).toBe(false);
        expect(progressOf(countPackets(rows(...range(1, 37)), 120), 120)).toMatchObject({ received: 37, expected: 120, percent: 30 });
    });
});

describe("formatRanges", () => {
    it("groups numbers in the user's locale and cuts long lists", () => {
        const ranges = range(1, 25).map((n) => ({ from: n * 10, to: n * 10 }));
        const { text, more } = formatRanges(ranges, "en-US", 20);
        expect(text.split(", ")).toHaveLength(20);
        expect(more).toBe(5);
        expect(formatRanges([{ from: 1000, to: 12000 }], "de-DE").text).toBe("1000–12000");
        expect(
            formatRanges(
                [
                    { from: 3, to: 3 },
                    { from: 7, to: 9 },
                ],
                "ar-SA",
                20,
                "، ",
            ).text,
        ).toBe("٣، ٧–٩");
    });
});

describe("rateOf", () => {
    const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, seconds));

    it("gives packets per minute from creation times and the time left for the rest", () => {
        // 7 packets, one every 10 s: 6 per minute; 60 left take 10 minutes.
        const packets = range(0, 6).map((i) => ({ sequence: i + 1, createdOn: at(i * 10) }));
        const rate = rateOf(packets, 60);
        expect(rate?.perMinute).toBeCloseTo(6);
        expect(rate?.remainingMs).toBeCloseTo(600_000);
    });

    it("is hidden when there is not enough data", () => {
        expect(rateOf([], 10)).toBeUndefined();
        expect(
            rateOf(
                [
                    { sequence: 1, createdOn: at(0) },
                    { sequence: 2, createdOn: at(5) },
                ],
                10,
            ),
        ).toBeUndefined();
        // All at the same instant: no span to divide by.
        expect(
            rateOf(
                range(1, 5).map((sequence) => ({ sequence, createdOn: at(0) })),
                10,
            ),
        ).toBeUndefined();
        expect(
            rateOf(
                range(1, 5).map((sequence) => ({ sequence, createdOn: null })),
                10,
            ),
        ).toBeUndefined();
    });

    it("says packets stalled, instead of a time left, when none came for far longer than usual", () => {
        // One packet every 10 s until 10:01:00, read at 10:01:30: still running.
        const packets = range(0, 6).map((i) => ({ sequence: i + 1, createdOn: at(i * 10) }));
        const running = rateOf(packets, 60, at(90).getTime());
        expect(running?.stalledMs).toBeUndefined();
        expect(running?.remainingMs).toBeCloseTo(600_000);
        // Read at 10:11:00: ten minutes of silence.
        const stalled = rateOf(packets, 60, at(660).getTime());
        expect(stalled?.stalledMs).toBe(600_000);
        expect(stalled?.remainingMs).toBeUndefined();
        expect(stalled?.perMinute).toBeCloseTo(6);
    });

    it("has no time left when nothing remains", () => {
        const packets = range(0, 4).map((i) => ({ sequence: i + 1, createdOn: at(i) }));
        expect(rateOf(packets, 0)?.remainingMs).toBeUndefined();
        expect(rateOf(packets, undefined)?.remainingMs).toBeUndefined();
    });
});
