import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import { translatorOf, type Translator } from "./strings";
import { type Translate } from "../model/text";
import { localeFromLcid, type UserClock } from "../model/dates";
import type { SliceScheduler } from "../model/slices";
import { browserTimers, sliceScheduler, type Timers } from "../sources/timers";
import { attempt } from "../model/guard";
import { themeFromHost } from "./theme";

/** What every view of a control needs from the host; provided once by ControlRoot. */
export interface HostEnvironment {
    t: Translate;
    clock: UserClock;
    /** Phone-width container: vertical, compact layout. */
    compact: boolean;
    rtl: boolean;
    dark: boolean;
    /** Runs long work in slices (common/model/slices.ts): the page's timers, through this one seam. */
    slices: SliceScheduler;
    /** The page's timers, for a view's short waits (a debounce, a "Copied" note). */
    timers: Timers;
}

/** Containers narrower than this get the phone layout. */
export const COMPACT_WIDTH_PX = 480;

type ContextLike = {
    resources?: { getString?: (id: string) => string } | null;
    userSettings?: { languageId?: number; isRTL?: boolean; getTimeZoneOffsetMinutes?: (date?: Date) => number } | null;
    mode?: { allocatedWidth?: number } | null;
    fluentDesignLanguage?: { tokenTheme?: unknown; isDarkTheme?: boolean } | null;
};

type UserSettingsContext = {
    userSettings?: { languageId?: number; getTimeZoneOffsetMinutes?: (date?: Date) => number } | null;
};

/** The user's locale and Dataverse time zone, read from the host's user settings. */
export function userClockOf(context: UserSettingsContext): UserClock {
    const settings = context.userSettings;
    return {
        locale: localeFromLcid(settings?.languageId),
        offsetMinutes(at: Date): number {
            // A host that cannot tell (or throws) leaves the browser's zone.
            const offset = attempt(() => settings?.getTimeZoneOffsetMinutes?.(at), undefined);
            return typeof offset === "number" && Number.isFinite(offset) ? offset : -at.getTimezoneOffset();
        },
    };
}

/**
 * Builds the host environment and theme from a context, handing back the same objects while nothing they
 * depend on changed, so memoized views do not re-render on every updateView.
 */
export class HostEnvironmentCache {
    private key = "";
    private environment: HostEnvironment | undefined;
    private themeKey: unknown = undefined;
    private themeValue: Theme | undefined;
    private translatorLanguage: number | undefined = undefined;
    private translator: Translator | undefined;

    constructor(private readonly defaults: Readonly<Record<string, string>>) {}

    read(context: ContextLike): { host: HostEnvironment; theme: Theme } {
        const resources = context.resources;
        const languageId = context.userSettings?.languageId;
        // The translator caches lookups: a new language, or resources that answer differently, need a new one.
        if (!this.translator || this.translatorLanguage !== languageId || !this.translator.adopt(resources)) {
            this.translator = translatorOf(resources, this.defaults);
            this.translatorLanguage = languageId;
        }
        const t = this.translator.t;
        const width = context.mode?.allocatedWidth ?? -1;
        const compact = width > 0 && width < COMPACT_WIDTH_PX;
        const rtl = context.userSettings?.isRTL === true;
        const design = context.fluentDesignLanguage ?? undefined;
        const dark = design?.isDarkTheme === true;
        const key = [languageId, compact, rtl, dark].join("|");
        if (!this.environment || key !== this.key || this.environment.t !== t) {
            this.environment = { t, clock: userClockOf(context), compact, rtl, dark, slices: sliceScheduler, timers: browserTimers };
            this.key = key;
        }
        const themeKey = design?.tokenTheme ?? dark;
        if (!this.themeValue || themeKey !== this.themeKey) {
            this.themeValue = themeFromHost(design);
            this.themeKey = themeKey;
        }
        return { host: this.environment, theme: this.themeValue };
    }
}
