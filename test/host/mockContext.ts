/**
 * A typed stand-in for the context a model-driven form hands a control: parameters with metadata and
 * field security, mode (disabled, width, record), user settings (language, RTL, time zone), resources
 * from the control's real resx, an optional webAPI and a navigation that logs.
 */
import { resxStrings } from "./resx";

export interface OptionSpec {
    Value: number;
    Label: string;
    Color?: string;
}

export interface PropertySpec {
    raw: unknown;
    formatted?: string;
    type?: string;
    options?: OptionSpec[];
    /** false: field security hides the value (raw becomes null, as the host does). */
    readable?: boolean;
    editable?: boolean;
    /** DateTime behaviour: 1 UserLocal, 2 DateOnly, 3 TimeZoneIndependent. */
    behavior?: number;
}

export function property(spec: PropertySpec | unknown): ComponentFramework.PropertyTypes.Property {
    const s: PropertySpec = spec !== null && typeof spec === "object" && "raw" in (spec as object) ? (spec as PropertySpec) : { raw: spec };
    const readable = s.readable !== false;
    const attributes: Record<string, unknown> = { DisplayName: "", LogicalName: "", RequiredLevel: 0, IsSecured: s.readable !== undefined, SourceType: 0, Description: "" };
    if (s.options) attributes.Options = s.options.map((o) => ({ Color: "", ...o }));
    if (s.behavior !== undefined) attributes.Behavior = s.behavior;
    return {
        raw: readable ? s.raw : null,
        formatted: readable ? (s.formatted ?? (s.raw === null || s.raw === undefined ? "" : String(s.raw))) : "***",
        error: false,
        errorMessage: "",
        type: s.type ?? "",
        security: s.readable === undefined && s.editable === undefined ? undefined : { readable, editable: s.editable ?? readable, secured: true },
        attributes: attributes as unknown as ComponentFramework.PropertyHelper.FieldPropertyMetadata.Metadata,
    };
}

export interface NavigationCall {
    method: string;
    args: unknown[];
}

export interface ContextOptions {
    control: string;
    parameters: Record<string, PropertySpec | unknown>;
    languageId?: number;
    isRTL?: boolean;
    /** The user's Dataverse time zone as minutes east of UTC (e.g. 60 for CET in winter). */
    timeZoneOffsetMinutes?: number;
    allocatedWidth?: number;
    disabled?: boolean;
    webAPI?: ComponentFramework.WebApi | null;
    record?: { entityName: string; id: string } | null;
    dark?: boolean;
    /** Resource lookup: the control's resx (default), or none at all (as some hosts behave). */
    resources?: "resx" | "none";
    /** Answer of openConfirmDialog. */
    confirm?: boolean;
}

export interface MockContext<TInputs> extends ComponentFramework.Context<TInputs> {
    navigationCalls: NavigationCall[];
}

export function mockContext<TInputs>(options: ContextOptions): MockContext<TInputs> {
    const parameters = Object.fromEntries(Object.entries(options.parameters).map(([name, spec]) => [name, property(spec)]));
    const strings = options.resources === "none" ? {} : resxStrings(options.control, options.languageId ?? 1033);
    const navigationCalls: NavigationCall[] = [];
    const log =
        <T>(method: string, answer: T) =>
        (...args: unknown[]) => {
            navigationCalls.push({ method, args });
            return Promise.resolve(answer);
        };
    const offset = options.timeZoneOffsetMinutes ?? 0;
    const record = options.record === undefined ? { entityName: "unknown", id: "" } : options.record;
    const context = {
        parameters,
        mode: {
            allocatedHeight: -1,
            allocatedWidth: options.allocatedWidth ?? 800,
            isControlDisabled: options.disabled === true,
            isVisible: true,
            label: "",
            setControlState: () => true,
            setFullScreen: () => undefined,
            trackContainerResize: () => undefined,
            contextInfo: record ? { entityId: record.id, entityTypeName: record.entityName, entityRecordName: "" } : undefined,
        },
        userSettings: {
            languageId: options.languageId ?? 1033,
            isRTL: options.isRTL === true,
            userId: "{00000000-0000-0000-0000-000000000001}",
            userName: "Test User",
            securityRoles: [],
            dateFormattingInfo: {},
            numberFormattingInfo: {},
            getTimeZoneOffsetMinutes: () => offset,
        },
        resources: {
            getString: (id: string) => strings[id] ?? "",
            getResource: (_id: string, _ok: unknown, failure: () => void) => failure(),
        },
        navigation: {
            openForm: log("openForm", { savedEntityReference: [] }),
            openConfirmDialog: log("openConfirmDialog", { confirmed: options.confirm !== false }),
            openAlertDialog: log("openAlertDialog", undefined),
            openErrorDialog: log("openErrorDialog", undefined),
            openUrl: (...args: unknown[]) => navigationCalls.push({ method: "openUrl", args }),
            openWebResource: (...args: unknown[]) => navigationCalls.push({ method: "openWebResource", args }),
            openFile: log("openFile", undefined),
        },
        webAPI: options.webAPI === null ? undefined : options.webAPI,
        fluentDesignLanguage: options.dark ? { isDarkTheme: true, tokenTheme: {}, brand: {} } : undefined,
        updatedProperties: [],
        navigationCalls,
    };
    return context as unknown as MockContext<TInputs>;
}

/** A new context with some parameters changed, as the host hands one to updateView. */
export function withParameters<TInputs>(context: MockContext<TInputs>, changes: Record<string, PropertySpec | unknown>): MockContext<TInputs> {
    const parameters = { ...(context.parameters as object) } as Record<string, unknown>;
    for (const [name, spec] of Object.entries(changes)) parameters[name] = property(spec);
    return { ...context, parameters } as MockContext<TInputs>;
}
