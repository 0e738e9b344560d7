import { formatDateTime, formatDuration, formatRelative, localeFromLcid, toWallClock } from "../../../common/model/dates";
import { userClockOf } from "../../../common/host/environment";

describe("dates in the user's time zone", () => {
    const instant = new Date("2026-11-23T22:30:00Z");

    it("shows UserLocal values in the user's Dataverse zone, not the browser's", () => {
        const tokyo = userClockOf({ userSettings: { languageId: 1033, getTimeZoneOffsetMinutes: () => 540 } });
        expect(toWallClock(instant, tokyo).toISOString()).toBe("2026-11-24T07:30:00.000Z");
        expect(formatDateTime(instant, tokyo)).toBe("Nov 24, 2026, 7:30:00 AM");
    });

    it("formats in the user's language", () => {
        const berlin = userClockOf({ userSettings: { languageId: 1031, getTimeZoneOffsetMinutes: () => 60 } });
        expect(formatDateTime(instant, berlin)).toBe("23.11.2026, 23:30:00");
        expect(localeFromLcid(1041)).toBe("ja-JP");
        expect(localeFromLcid(undefined)).toBe("en-US");
    });

    it("does not shift TimeZoneIndependent values", () => {
        const clock = userClockOf({ userSettings: { getTimeZoneOffsetMinutes: () => 540 } });
        const local = new Date(2026, 10, 23, 9, 15, 0);
        expect(toWallClock(local, clock, 3).toISOString()).toBe("2026-11-23T09:15:00.000Z");
    });

    it("falls back to the browser zone when the host has no time zone API", () => {
        const clock = userClockOf({});
        expect(clock.offsetMinutes(instant)).toBe(-instant.getTimezoneOffset());
    });
});

describe("durations and relative times", () => {
    it("shows the two largest units", () => {
        expect(formatDuration(2 * 3_600_000 + 5 * 60_000 + 7_000, "en-US")).toBe("2 hr 5 min");
        expect(formatDuration(45_000, "en-US")).toBe("45 sec");
        expect(formatDuration(3 * 86_400_000 + 3_600_000, "en-US")).toBe("3 days 1 hr");
        expect(formatDuration(3_600_000 + 9_000, "en-US")).toBe("1 hr");
    });

    it("refuses negative or impossible durations instead of printing them", () => {
        expect(formatDuration(-1, "en-US")).toBeNull();
        expect(formatDuration(Number.NaN, "en-US")).toBeNull();
    });

    it("says relative times in words", () => {
        expect(formatRelative(-5 * 60_000, "en-US")).toBe("5 minutes ago");
        expect(formatRelative(3 * 86_400_000, "en-US")).toBe("in 3 days");
    });
});
