/**
 * The context a model-driven form hands a control, built from plain options: parameters with option
 * metadata and field security, mode (disabled, allocated width, the form's record), page and client,
 * user settings (language, RTL, time zone), formatting, resources from the control's strings, a
 * navigation that logs (with a chosen confirm answer), a Web API, the host's design tokens (light or
 * dark), updatedProperties and factory.requestRender.
 *
 * One source for every fake host of the project: the jest tests import it as TypeScript, the gallery page
 * loads it as an ES module the gallery server transpiles. So it uses no Node or DOM API and no imports
 * beyond its own folder.
 *
 * Parameters are field properties by default (`property`). Another kind (a data set, with records,
 * columns, paging, sorting, refresh, selection and openDatasetItem) plugs in as a `CustomParameter`,
 * which builds its value from the host it is handed (language, requestRender, navigation, Web API).
 */
import { TOKENS } from "./tokens";

/** An option's label: one text, or one per language (LCID → text) that the host picks from. */
export type OptionLabel = string | Readonly<Record<number, string>>;

export interface OptionSpec {
    Value: number;
    Label: OptionLabel;
    Color?: string;
}

export interface PropertySpec {
    raw: unknown;
    /** The host's formatted text; by default the option label, an ISO date or the raw value as text. */
    formatted?: string;
    type?: string;
    options?: readonly OptionSpec[];
    /** false: field security hides the value (raw becomes null, formatted "***", as the host does). */
    readable?: boolean;
    editable?: boolean;
    /** Whether field security applies to the column; by default, whenever `readable` is given. */
    secured?: boolean;
    /** DateTime behaviour: 1 UserLocal, 2 DateOnly, 3 TimeZoneIndependent. */
    behavior?: number;
    /** The column's logical and display name. */
    name?: string;
    /** Business required (RequiredLevel 2). */
    required?: boolean;
}

/** What a parameter other than a field property may use of the host that builds it. */
export interface ParameterHost {
    languageId: number;
    /** Asks the host for a new updateView, as `factory.requestRender` does. */
    requestRender(): void;
    /** Logs a navigation the parameter makes (openDatasetItem goes through the host's navigation). */
    navigate(method: string, args: unknown[]): void;
    webAPI: ComponentFramework.WebApi | undefined;
}

/** A parameter that builds its own value for each context (a data set will be one). */
export interface CustomParameter {
    readonly buildParameter: (host: ParameterHost) => unknown;
}

export type ParameterSpec = PropertySpec | CustomParameter | unknown;

export interface NavigationCall {
    method: string;
    args: unknown[];
}

/**
 * A table's metadata as `utils.getEntityMetadata` answers it: the display name per language (as option
 * labels), the primary name column, and the option sets of its choice columns (labels per language, colors).
 */
export interface TableSpec {
    DisplayName?: OptionLabel;
    PrimaryNameAttribute?: string;
    EntitySetName?: string;
    columns?: Readonly<Record<string, readonly OptionSpec[]>>;
}

export interface FakeContextOptions {
    /** Parameters by name: a value, a PropertySpec, or a CustomParameter. */
    parameters: Record<string, ParameterSpec>;
    /** The control's strings in the user's language, as `resources.getString` answers them. */
    strings?: Readonly<Record<string, string>>;
    languageId?: number;
    isRTL?: boolean;
    /** The user's Dataverse time zone as minutes east of UTC (e.g. 60 for CET in winter). */
    timeZoneOffsetMinutes?: number;
    allocatedWidth?: number;
    allocatedHeight?: number;
    formFactor?: "desktop" | "tablet" | "phone";
    disabled?: boolean;
    /** The control's label on the form. */
    label?: string;
    /** The form's record; null on a form for a new record (or outside a form). */
    record?: { entityName: string; id: string } | null;
    userName?: string;
    /** The host's Web API; undefined or null when it offers none (a form preview, some clients). */
    webAPI?: ComponentFramework.WebApi | null;
    /**
     * Table metadata `utils.getEntityMetadata` answers, by logical name (a table not listed is refused as
     * Dataverse refuses an unknown table); `"fail"`: every call rejects; left out or null: the host has no
     * `utils` (as canvas apps and older hosts).
     */
    entityMetadata?: Readonly<Record<string, TableSpec>> | "fail" | null;
    /** Called with every `utils` call the control makes. */
    onUtility?: (call: NavigationCall) => void;
    /** The host's design: a Fluent 9 light or dark theme, or none (older hosts). */
    theme?: "light" | "dark" | null;
    /** false: `fluentDesignLanguage` carries no tokens (the theme is only light or dark). The token
     * themes are shared objects, so a control's theme cache sees the same tokens on every updateView. */
    themeTokens?: boolean;
    /** Answer of openConfirmDialog (default: confirmed), or a function asking someone (with the dialog's strings and options). */
    confirm?: boolean | ((...args: unknown[]) => boolean | Promise<boolean>);
    /** Called with every navigation the control makes, after it is added to `navigationCalls`. */
    onNavigate?: (call: NavigationCall) => void;
    /**
     * What `factory.fireEvent(name, payload)` does: the Power Apps grid listens to a grid customizer's
     * event this way. Left out: the host has no fireEvent (a form, the test harness).
     */
    fireEvent?: (name: string, payload: unknown) => void;
    /** What `factory.requestRender` does. */
    requestRender?: () => void;
    updatedProperties?: string[];
    /** The log navigations go to; a new one by default. Pass the previous context's to keep one log. */
    navigationCalls?: NavigationCall[];
}

export interface FakeContext<TInputs> extends ComponentFramework.Context<TInputs> {
    navigationCalls: NavigationCall[];
}

export const LOCALES: Readonly<Record<number, string>> = { 1033: "en-US", 1031: "de-DE", 1036: "fr-FR", 3082: "es-ES", 1041: "ja-JP", 1025: "ar-SA" };

const BASE_LANGUAGE = 1033;

/** An option label in the user's language, else the base language's, else the first one given. */
export function labelIn(label: OptionLabel, languageId: number = BASE_LANGUAGE): string {
    if (typeof label === "string") return label;
    return label[languageId] ?? label[BASE_LANGUAGE] ?? Object.values(label)[0] ?? "";
}

function isPropertySpec(spec: unknown): spec is PropertySpec {
    return spec !== null && typeof spec === "object" && "raw" in spec;
}

export function isCustomParameter(spec: unknown): spec is CustomParameter {
    return spec !== null && typeof spec === "object" && typeof (spec as Partial<CustomParameter>).buildParameter === "function";
}

/** One bound or input field property as the host presents it; a plain value stands for `{ raw: value }`. */
export function property(spec: PropertySpec | unknown, languageId: number = BASE_LANGUAGE): ComponentFramework.PropertyTypes.Property {
    const s: PropertySpec = isPropertySpec(spec) ? spec : { raw: spec };
    const readable = s.readable !== false;
    const secured = s.secured ?? s.readable !== undefined;
    const options = s.options?.map((o) => ({ Color: "", ...o, Label: labelIn(o.Label, languageId) }));
    const attributes: Record<string, unknown> = {
        DisplayName: s.name ?? "",
        LogicalName: s.name ?? "",
        RequiredLevel: s.required ? 2 : 0,
        IsSecured: secured,
        SourceType: 0,
        Description: "",
    };
    if (options) attributes.Options = options;
    if (s.behavior !== undefined) attributes.Behavior = s.behavior;
    return {
        raw: readable ? s.raw : null,
        formatted: readable ? (s.formatted ?? formattedOf(s.raw, options)) : "***",
        error: false,
        errorMessage: "",
        type: s.type ?? "",
        security:
            s.readable === undefined && s.editable === undefined && s.secured === undefined
                ? undefined
                : { readable, editable: s.editable ?? readable, secured: s.secured ?? true },
        attributes: attributes as unknown as ComponentFramework.PropertyHelper.FieldPropertyMetadata.Metadata,
    };
}

function formattedOf(raw: unknown, options: { Value: number; Label: string }[] | undefined): string {
    if (raw === null || raw === undefined) return "";
    const option = options?.find((o) => o.Value === raw);
    if (option) return option.Label;
    if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw.toISOString();
    return String(raw);
}

/** `context.formatting` in a locale and time zone (minutes east of UTC). */
export function formattingFor(locale: string, offsetMinutes: number): ComponentFramework.Formatting {
    const shifted = (date: Date) => new Date(date.getTime() + offsetMinutes * 60000);
    const inZone = (options: Intl.DateTimeFormatOptions) => (date: Date) =>
        new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(shifted(date));
    const number = (options: Intl.NumberFormatOptions) => (value: number) => new Intl.NumberFormat(locale, options).format(value);
    const fixed = (precision?: number) => number({ minimumFractionDigits: precision ?? 2, maximumFractionDigits: precision ?? 2 });
    const formatting = {
        formatDateShort: (date: Date, includeTime?: boolean) => inZone(includeTime ? { dateStyle: "short", timeStyle: "short" } : { dateStyle: "short" })(date),
        formatDateLong: inZone({ dateStyle: "long" }),
        formatDateLongAbbreviated: inZone({ dateStyle: "medium" }),
        formatDateYearMonth: inZone({ year: "numeric", month: "long" }),
        formatTime: (date: Date) => inZone({ timeStyle: "short" })(date),
        formatDateAsFilterStringInUTC: (date: Date) => date.toISOString().slice(0, 10),
        formatUserDateTimeToUTC: (date: Date) => new Date(date.getTime() - offsetMinutes * 60000).toISOString(),
        formatUTCDateTimeToUserDate: (utc: number | string | Date) => shifted(new Date(utc)),
        formatInteger: number({ maximumFractionDigits: 0 }),
        formatDecimal: (value: number, precision?: number) => fixed(precision)(value),
        formatCurrency: (value: number, precision?: number, symbol?: string) => `${symbol ?? "$"}${fixed(precision)(value)}`,
        formatLanguage: (lcid: number) => LOCALES[lcid] ?? String(lcid),
        getWeekOfYear: (date: Date) => {
            const day = shifted(date);
            return Math.ceil(((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / 86400000 + 1) / 7);
        },
    };
    return formatting as unknown as ComponentFramework.Formatting;
}

const FORM_FACTORS = { desktop: 1, tablet: 2, phone: 3 } as const;

/** The host each context was built by, so later contexts build their parameters the same way. */
const hosts = new WeakMap<object, ParameterHost>();

function parameterOf(spec: ParameterSpec, host: ParameterHost): unknown {
    return isCustomParameter(spec) ? spec.buildParameter(host) : property(spec, host.languageId);
}

/**
 * `context.utils` with getEntityMetadata answering as a model-driven app does: the table's display name
 * (in the user's language), primary name column and entity set, and `Attributes.get(name)` giving a
 * column's metadata, whose `attributeDescriptor.OptionSet` lists the options with labels in the user's
 * language and their colors. A table the metadata does not list is refused as Dataverse refuses it.
 */
function utilsFor(options: FakeContextOptions, languageId: number): unknown {
    const metadata = options.entityMetadata;
    if (metadata === undefined || metadata === null) return undefined;
    // One host, one utils object: contexts built from the same metadata share it, as a form's controls do.
    const shared = metadata === "fail" ? undefined : (sharedUtils.get(metadata) ?? new Map<number, Map<unknown, unknown>>());
    const known = shared?.get(languageId)?.get(options.onUtility);
    if (known) return known;
    const utils = {
        getEntityMetadata: (entityName: string, attributes: string[] = []) => {
            options.onUtility?.({ method: "getEntityMetadata", args: [entityName, attributes] });
            if (metadata === "fail") return Promise.reject(new Error("Metadata could not be retrieved."));
            const table = Object.prototype.hasOwnProperty.call(metadata, entityName) ? metadata[entityName] : undefined;
            if (!table)
                return Promise.reject(
                    Object.assign(new Error(`Could not find an entity with specified entityName: ${entityName}`), { errorCode: -2147217150 }),
                );
            const described = Object.fromEntries(
                Object.entries(table.columns ?? {})
                    .filter(([name]) => attributes.length === 0 || attributes.includes(name))
                    .map(([name, set]) => [
                        name,
                        {
                            LogicalName: name,
                            attributeDescriptor: {
                                LogicalName: name,
                                OptionSet: set.map((o) => ({ Value: o.Value, Label: labelIn(o.Label, languageId), Color: o.Color ?? "" })),
                            },
                        },
                    ]),
            );
            return Promise.resolve({
                LogicalName: entityName,
                DisplayName: table.DisplayName === undefined ? undefined : labelIn(table.DisplayName, languageId),
                PrimaryNameAttribute: table.PrimaryNameAttribute,
                EntitySetName: table.EntitySetName ?? `${entityName}s`,
                Attributes: { get: (name: string) => described[name], getNames: () => Object.keys(described) },
            });
        },
        hasEntityPrivilege: () => true,
        lookupObjects: () => Promise.resolve([]),
    };
    if (shared && metadata !== "fail") sharedUtils.set(metadata, shared.set(languageId, (shared.get(languageId) ?? new Map()).set(options.onUtility, utils)));
    return utils;
}

/** Shared utils objects by metadata, language and utils-call listener. */
const sharedUtils = new WeakMap<object, Map<number, Map<unknown, unknown>>>();

/** A context as the host hands it to init and updateView. */
export function createFakeContext<TInputs>(options: FakeContextOptions): FakeContext<TInputs> {
    const languageId = options.languageId ?? BASE_LANGUAGE;
    const strings = options.strings ?? {};
    const navigationCalls = options.navigationCalls ?? [];
    const webAPI = options.webAPI ?? undefined;
    const requestRender = options.requestRender ?? (() => undefined);
    const navigate = (method: string, args: unknown[]) => {
        const call = { method, args };
        navigationCalls.push(call);
        options.onNavigate?.(call);
    };
    const answering =
        <T>(method: string, answer: T | ((...args: unknown[]) => T)) =>
        (...args: unknown[]) => {
            navigate(method, args);
            return Promise.resolve(typeof answer === "function" ? (answer as (...a: unknown[]) => T)(...args) : answer);
        };
    const confirm = options.confirm ?? true;
    const host: ParameterHost = { languageId, requestRender, navigate, webAPI };
    const parameters = Object.fromEntries(Object.entries(options.parameters).map(([name, spec]) => [name, parameterOf(spec, host)]));
    const offset = options.timeZoneOffsetMinutes ?? 0;
    const record = options.record === undefined ? { entityName: "unknown", id: "" } : options.record;
    const formFactor = FORM_FACTORS[options.formFactor ?? "desktop"];
    const context = {
        parameters,
        mode: {
            allocatedHeight: options.allocatedHeight ?? -1,
            allocatedWidth: options.allocatedWidth ?? 800,
            isControlDisabled: options.disabled === true,
            isVisible: true,
            label: options.label ?? "",
            setControlState: () => true,
            setFullScreen: () => undefined,
            trackContainerResize: () => undefined,
            contextInfo: record ? { entityId: record.id, entityTypeName: record.entityName, entityRecordName: "" } : undefined,
        },
        page: record
            ? {
                  entityId: record.id,
                  entityTypeName: record.entityName,
                  appId: "00000000-0000-0000-0000-00000000a99a",
                  isPageReadOnly: options.disabled === true,
              }
            : undefined,
        client: { getClient: () => "Web", getFormFactor: () => formFactor, isOffline: () => false, isNetworkAvailable: () => true, disableScroll: false },
        userSettings: {
            languageId,
            isRTL: options.isRTL === true,
            userId: "{00000000-0000-0000-0000-000000000001}",
            userName: options.userName ?? "Test User",
            securityRoles: [],
            dateFormattingInfo: {},
            numberFormattingInfo: {},
            getTimeZoneOffsetMinutes: () => offset,
        },
        formatting: formattingFor(LOCALES[languageId] ?? LOCALES[BASE_LANGUAGE], offset),
        resources: {
            getString: (id: string) => strings[id] ?? "",
            getResource: (_id: string, _success: unknown, failure: () => void) => failure(),
        },
        navigation: {
            openForm: answering("openForm", { savedEntityReference: [] }),
            openConfirmDialog: answering("openConfirmDialog", async (...args: unknown[]) => ({
                confirmed: typeof confirm === "function" ? await confirm(...args) : confirm,
            })),
            openAlertDialog: answering("openAlertDialog", undefined),
            openErrorDialog: answering("openErrorDialog", undefined),
            openUrl: (...args: unknown[]) => navigate("openUrl", args),
            openWebResource: (...args: unknown[]) => navigate("openWebResource", args),
            openFile: answering("openFile", undefined),
        },
        webAPI,
        utils: utilsFor(options, languageId),
        factory: options.fireEvent ? { requestRender, fireEvent: options.fireEvent } : { requestRender },
        fluentDesignLanguage: options.theme
            ? { isDarkTheme: options.theme === "dark", tokenTheme: options.themeTokens === false ? {} : TOKENS[options.theme], brand: {} }
            : undefined,
        updatedProperties: options.updatedProperties ?? [],
        navigationCalls,
    };
    hosts.set(context, host);
    return context as unknown as FakeContext<TInputs>;
}

/** A new context with some parameters changed, as the host hands one to updateView. */
export function withParameters<TInputs>(context: FakeContext<TInputs>, changes: Record<string, ParameterSpec>): FakeContext<TInputs> {
    const host = hosts.get(context) ?? {
        languageId: context.userSettings.languageId,
        requestRender: () => undefined,
        navigate: () => undefined,
        webAPI: context.webAPI,
    };
    const parameters = { ...(context.parameters as object) } as Record<string, unknown>;
    for (const [name, spec] of Object.entries(changes)) parameters[name] = parameterOf(spec, host);
    const next = { ...context, parameters } as FakeContext<TInputs>;
    hosts.set(next, host);
    return next;
}
