// The gallery's settings: their defaults, which of them a form can change while it is open, and the
// page's address, which keeps the scenario and the settings that differ from the defaults.

export const DEFAULT_SETTINGS = {
    languageId: 1033,
    timeZoneOffsetMinutes: 0,
    dark: false,
    rtl: false,
    /** 0 on a desktop; else the phone's screen width in px (true means 390). */
    phone: false,
    /** The form section's or view's width in px; 0 for the scenario's own (its formWidth, else 880). */
    width: 0,
    disabled: false,
    masked: false,
    noWebApi: false,
    latencyMs: 0,
};
/** Settings a form can change between updateView calls; the others need a new form load. */
export const LIVE_SETTINGS = new Set(["phone", "width", "disabled", "masked"]);
/** Languages the platform lays out right to left: it derives `isRTL` from the user's language. */
export const RTL_LANGUAGES = new Set([1025, 1037, 1056, 1065]);

/** Keeps the scenario and the settings that differ from the defaults in the page's address. */
export function writeHash(id, settings) {
    const params = new URLSearchParams({ scenario: id });
    for (const [key, value] of Object.entries(settings)) if (key !== "rtl" && value !== DEFAULT_SETTINGS[key]) params.set(key, String(value));
    history.replaceState(null, "", `#${params}`);
}

/** The scenario and settings the page's address holds. */
export function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    const read = { ...DEFAULT_SETTINGS };
    for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
        if (!params.has(key)) continue;
        read[key] = typeof fallback === "boolean" && key !== "phone" ? params.get(key) === "true" : Number(params.get(key));
    }
    read.rtl = RTL_LANGUAGES.has(read.languageId);
    return { id: params.get("scenario"), settings: read };
}
