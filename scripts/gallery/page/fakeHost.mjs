// The context a model-driven form hands a control, built in the page from a scenario: parameters with
// option metadata and field security, mode (disabled, allocated width, the form's record), user settings
// (language, RTL, time zone), formatting, resources from the control's resx in the chosen language, a
// Web API answering from the scenario's tables, navigation that logs, and the host's design tokens.
import { OPTION_SETS, PROPERTY_OPTION_SETS } from "/fixtures/options.mjs";

export const LOCALES = { 1033: "en-US", 1031: "de-DE", 1036: "fr-FR", 3082: "es-ES", 1041: "ja-JP", 1025: "ar-SA" };

/** A subset of Fluent 9's web themes, as `context.fluentDesignLanguage.tokenTheme` carries them. */
const TOKENS = {
    light: {
        colorBrandBackground: "#0f6cbd",
        colorBrandBackgroundHover: "#115ea3",
        colorBrandBackgroundPressed: "#0c3b5e",
        colorBrandBackground2: "#ebf3fc",
        colorNeutralForeground1: "#242424",
        colorNeutralForeground2: "#424242",
        colorNeutralForeground3: "#616161",
        colorNeutralBackground1: "#ffffff",
        colorNeutralBackground2: "#fafafa",
        colorNeutralBackground3: "#f5f5f5",
        colorNeutralStroke1: "#d1d1d1",
        colorNeutralStroke2: "#e0e0e0",
    },
    dark: {
        colorBrandBackground: "#115ea3",
        colorBrandBackgroundHover: "#0f6cbd",
        colorBrandBackgroundPressed: "#0c3b5e",
        colorBrandBackground2: "#082338",
        colorNeutralForeground1: "#ffffff",
        colorNeutralForeground2: "#d6d6d6",
        colorNeutralForeground3: "#adadad",
        colorNeutralBackground1: "#292929",
        colorNeutralBackground2: "#1f1f1f",
        colorNeutralBackground3: "#141414",
        colorNeutralStroke1: "#666666",
        colorNeutralStroke2: "#525252",
    },
};

function labelOf(options, value) {
    return options?.find((o) => o.Value === value)?.Label;
}

/** One bound or input property as the host presents it. */
function property(definition, value, { masked, control, optionSets }) {
    const optionSetName = PROPERTY_OPTION_SETS[control]?.[definition.name];
    const options = optionSetName ? (optionSets?.[optionSetName] ?? OPTION_SETS[optionSetName]) : undefined;
    const secured = masked && definition.usage === "bound";
    const raw = secured ? null : value === undefined ? null : value;
    let formatted = "";
    if (secured) formatted = "***";
    else if (raw === null) formatted = "";
    else if (options) formatted = labelOf(options, raw) ?? String(raw);
    else if (raw instanceof Date) formatted = raw.toISOString();
    else formatted = String(raw);
    const attributes = { DisplayName: definition.name, LogicalName: definition.name, RequiredLevel: definition.required ? 2 : 0, IsSecured: secured, SourceType: 0, Description: "" };
    if (options) attributes.Options = options.map((o) => ({ ...o }));
    if (definition.type?.startsWith("DateAndTime")) attributes.Behavior = 1;
    return {
        raw,
        formatted,
        error: false,
        errorMessage: "",
        type: definition.type ?? "",
        security: secured ? { readable: false, editable: false, secured: true } : { readable: true, editable: true, secured: false },
        attributes,
    };
}

const resourceObjects = new WeakMap();
/** A form keeps one resources object per control and language, as model-driven hosts hand it over. */
function resourcesFor(strings) {
    if (!resourceObjects.has(strings)) resourceObjects.set(strings, { getString: (id) => strings[id] ?? "", getResource: (_id, _success, failure) => failure() });
    return resourceObjects.get(strings);
}

function formattingFor(locale, offsetMinutes) {
    const shifted = (date) => new Date(date.getTime() + offsetMinutes * 60000);
    const inZone = (options) => (date) => new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(shifted(date));
    const number = (options) => (value) => new Intl.NumberFormat(locale, options).format(value);
    return {
        formatDateShort: (date, includeTime) => inZone(includeTime ? { dateStyle: "short", timeStyle: "short" } : { dateStyle: "short" })(date),
        formatDateLong: inZone({ dateStyle: "long" }),
        formatDateLongAbbreviated: inZone({ dateStyle: "medium" }),
        formatDateYearMonth: inZone({ year: "numeric", month: "long" }),
        formatTime: (date) => inZone({ timeStyle: "short" })(date),
        formatDateAsFilterStringInUTC: (date) => date.toISOString().slice(0, 10),
        formatUserDateTimeToUTC: (date) => new Date(date.getTime() - offsetMinutes * 60000).toISOString(),
        formatUTCDateTimeToUserDate: (utc) => shifted(new Date(utc)),
        formatInteger: number({ maximumFractionDigits: 0 }),
        formatDecimal: (value, precision) => number({ minimumFractionDigits: precision ?? 2, maximumFractionDigits: precision ?? 2 })(value),
        formatCurrency: (value, precision, symbol) => `${symbol ?? "$"}${number({ minimumFractionDigits: precision ?? 2, maximumFractionDigits: precision ?? 2 })(value)}`,
        formatLanguage: (lcid) => LOCALES[lcid] ?? String(lcid),
        getWeekOfYear: (date) => Math.ceil(((shifted(date) - new Date(Date.UTC(shifted(date).getUTCFullYear(), 0, 1))) / 86400000 + 1) / 7),
    };
}

/**
 * @param {object} options
 * @param {string} options.control control name
 * @param {object[]} options.properties the control's properties from its manifest
 * @param {Record<string, unknown>} options.values materialized parameter values
 * @param {{entityName: string, id: string} | null} options.record
 * @param {Record<string, string>} options.strings the control's resx in the chosen language
 * @param {object} options.settings { languageId, rtl, dark, phone, disabled, masked, timeZoneOffsetMinutes }
 * @param {object | undefined} options.webAPI
 * @param {(entry: object) => void} options.log
 * @param {() => void} options.requestRender
 * @param {string[]} options.updatedProperties
 * @param {Record<string, object[]>} [options.optionSets] a scenario's own option metadata (a maker's labels and colors)
 * @param {Record<string, object>} [options.datasets] data sets of a dataset control, by name
 */
export function createContext({ control, properties, values, record, strings, settings, webAPI, log, requestRender, updatedProperties = [], optionSets, datasets }) {
    const parameters = {};
    for (const definition of properties) {
        const value = definition.name in values ? values[definition.name] : definition.usage === "input" && definition.defaultValue !== undefined ? Number(definition.defaultValue) : null;
        parameters[definition.name] = property(definition, value, { masked: settings.masked, control, optionSets });
    }
    // A dataset control's data sets (a view or subgrid), by data-set name: built by scripts/gallery/page/fakeDataset.mjs.
    Object.assign(parameters, datasets);
    const navigate =
        (method, answer) =>
        (...args) => {
            log({ kind: "navigation", method, args });
            return Promise.resolve(typeof answer === "function" ? answer(...args) : answer);
        };
    const offset = settings.timeZoneOffsetMinutes ?? 0;
    const locale = LOCALES[settings.languageId] ?? "en-US";
    return {
        parameters,
        mode: {
            allocatedHeight: -1,
            allocatedWidth: settings.phone ? 360 : (settings.formWidth ?? 880),
            isControlDisabled: settings.disabled === true,
            isVisible: true,
            label: control,
            setControlState: () => true,
            setFullScreen: () => undefined,
            trackContainerResize: () => undefined,
            contextInfo: record ? { entityId: record.id, entityTypeName: record.entityName, entityRecordName: "" } : undefined,
        },
        page: record ? { entityId: record.id, entityTypeName: record.entityName, appId: "00000000-0000-0000-0000-00000000a99a", isPageReadOnly: settings.disabled === true } : undefined,
        client: { getClient: () => "Web", getFormFactor: () => (settings.phone ? 3 : 1), isOffline: () => false, disableScroll: false },
        userSettings: {
            languageId: settings.languageId,
            isRTL: settings.rtl === true,
            userId: "{00000000-0000-0000-0000-000000000001}",
            userName: "Gallery User",
            securityRoles: [],
            dateFormattingInfo: {},
            numberFormattingInfo: {},
            getTimeZoneOffsetMinutes: () => offset,
        },
        formatting: formattingFor(locale, offset),
        resources: resourcesFor(strings),
        navigation: {
            openForm: navigate("openForm", { savedEntityReference: [] }),
            openConfirmDialog: navigate("openConfirmDialog", () => ({ confirmed: window.confirm("The control asks: confirm?") })),
            openAlertDialog: navigate("openAlertDialog", undefined),
            openErrorDialog: navigate("openErrorDialog", undefined),
            openUrl: (...args) => log({ kind: "navigation", method: "openUrl", args }),
            openWebResource: (...args) => log({ kind: "navigation", method: "openWebResource", args }),
            openFile: navigate("openFile", undefined),
        },
        webAPI,
        factory: { requestRender },
        fluentDesignLanguage: { isDarkTheme: settings.dark === true, tokenTheme: settings.dark ? TOKENS.dark : TOKENS.light, brand: {} },
        updatedProperties,
    };
}
