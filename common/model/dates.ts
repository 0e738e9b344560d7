/**
 * Dates and durations in the user's time zone and locale. Dataverse hands UserLocal columns over as
 * instants; the user's Dataverse time zone (not the browser's) decides the wall-clock time shown, so we
 * shift by `getTimeZoneOffsetMinutes` and format that wall clock as UTC.
 */
type Behavior = ComponentFramework.FormattingApi.Types.DateTimeFieldBehavior;

const LOCALE_BY_LCID: Readonly<Record<number, string>> = {
    1025: "ar-SA",
    1028: "zh-TW",
    1029: "cs-CZ",
    1030: "da-DK",
    1031: "de-DE",
    1032: "el-GR",
    1033: "en-US",
    1035: "fi-FI",
    1036: "fr-FR",
    1037: "he-IL",
    1038: "hu-HU",
    1040: "it-IT",
    1041: "ja-JP",
    1042: "ko-KR",
    1043: "nl-NL",
    1044: "nb-NO",
    1045: "pl-PL",
    1046: "pt-BR",
    1049: "ru-RU",
    1053: "sv-SE",
    1055: "tr-TR",
    2052: "zh-CN",
    2057: "en-GB",
    2070: "pt-PT",
    3082: "es-ES",
    3084: "fr-CA",
};

export function localeFromLcid(lcid: number | undefined): string {
    return (lcid !== undefined && LOCALE_BY_LCID[lcid]) || "en-US";
}

export interface UserClock {
    locale: string;
    /** Minutes to add to UTC to get the user's wall clock at that instant. */
    offsetMinutes(at: Date): number;
}

const formatterCache = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = locale + JSON.stringify(options);
    let format = formatterCache.get(key);
    if (!format) {
        format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
        formatterCache.set(key, format);
    }
    return format;
}

/** The instant as the user's wall clock, expressed as a Date whose UTC fields hold that wall clock. */
export function toWallClock(date: Date, clock: UserClock, behavior: Behavior = 1): Date {
    if (behavior === 1 || behavior === 0) return new Date(date.getTime() + clock.offsetMinutes(date) * 60_000);
    // DateOnly and TimeZoneIndependent: the browser-local fields are the stored value, unconverted.
    return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()));
}

export function formatDateTime(date: Date, clock: UserClock, behavior: Behavior = 1): string {
    const wall = toWallClock(date, clock, behavior);
    if (behavior === 2) return dateTimeFormat(clock.locale, { dateStyle: "medium" }).format(wall);
    return dateTimeFormat(clock.locale, { dateStyle: "medium", timeStyle: "medium" }).format(wall);
}

/**
 * formatDateTime's text split before its time ("Dec 7, 2026, " and "10:12:51 AM"), so a narrow column can
 * break the line there and never inside the time (which would leave "AM" alone). The time as the
 * locale writes it alone; where the combined text does not end with it, all of it is the first part.
 */
export function dateTimeParts(date: Date, clock: UserClock): [string, string] {
    const whole = formatDateTime(date, clock);
    const time = dateTimeFormat(clock.locale, { timeStyle: "medium" }).format(toWallClock(date, clock, 1));
    const at = whole.lastIndexOf(time);
    return at > 0 && at + time.length === whole.length ? [whole.slice(0, at), time] : [whole, ""];
}

/** The short form a grid cell has room for ("12/7/26, 11:13 AM"); formatDateTime's is the cell's title. */
export function formatShortDateTime(date: Date, clock: UserClock): string {
    return dateTimeFormat(clock.locale, { dateStyle: "short", timeStyle: "short" }).format(toWallClock(date, clock, 1));
}

/** ISO 8601 form in the user's zone, for `<time dateTime>` and copy/export. */
export function isoInstant(date: Date): string {
    return date.toISOString();
}

const UNITS: readonly { unit: "day" | "hour" | "minute" | "second"; ms: number }[] = [
    { unit: "day", ms: 86_400_000 },
    { unit: "hour", ms: 3_600_000 },
    { unit: "minute", ms: 60_000 },
    { unit: "second", ms: 1_000 },
];

/**
 * A duration as at most two units, e.g. "2 hr, 5 min" or "45 sec", localised by Intl. Negative or
 * non-finite input is the caller's bug to surface, so it yields null rather than a misleading figure.
 */
export function formatDuration(ms: number, locale: string, maxUnits = 2): string | null {
    if (!Number.isFinite(ms) || ms < 0) return null;
    if (ms < 1000) {
        return new Intl.NumberFormat(locale, { style: "unit", unit: "second", unitDisplay: "short" }).format(0);
    }
    const parts: string[] = [];
    const first = UNITS.findIndex(({ ms: size }) => ms >= size);
    let rest = ms;
    for (const { unit, ms: size } of UNITS.slice(first, first + maxUnits)) {
        const amount = Math.floor(rest / size);
        rest -= amount * size;
        if (amount > 0) {
            parts.push(unitFormat(locale, unit).format(amount));
        }
    }
    return unitList(locale).format(parts);
}

/** How long since `since`, at `now` (epoch ms), as formatDuration writes it; a clock behind `since` reads 0. */
export function elapsedText(since: Date, now: number, locale: string): string | null {
    return formatDuration(Math.max(0, now - since.getTime()), locale);
}

// Building an Intl formatter costs far more than using one; grids format many durations per render.
const unitFormats = new Map<string, Intl.NumberFormat>();
function unitFormat(locale: string, unit: string): Intl.NumberFormat {
    const key = `${locale}|${unit}`;
    let format = unitFormats.get(key);
    if (!format) {
        format = new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short" });
        unitFormats.set(key, format);
    }
    return format;
}

const unitLists = new Map<string, Intl.ListFormat>();
function unitList(locale: string): Intl.ListFormat {
    let list = unitLists.get(locale);
    if (!list) {
        list = new Intl.ListFormat(locale, { style: "narrow", type: "unit" });
        unitLists.set(locale, list);
    }
    return list;
}

/** "in 3 days", "5 minutes ago"… picking the largest unit that fits. */
export function formatRelative(ms: number, locale: string): string {
    const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    const abs = Math.abs(ms);
    for (const { unit, ms: size } of UNITS) {
        if (abs >= size || unit === "second") return format.format(Math.round(ms / size), unit);
    }
    return format.format(0, "second");
}
