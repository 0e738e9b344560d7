/**
 * Solution component type codes (solutioncomponent.componenttype) and the names Dataverse gives them. The
 * names are data here: they let a type written as text ("Attribute", "option set") be recognised. What a
 * user reads is the view's translation of `componentTypeLabelKey(code)`, the resx label in their language.
 */
const COMPONENT_TYPES: readonly (readonly [code: number, name: string])[] = [
    [1, "Entity"],
    [2, "Attribute"],
    [3, "Relationship"],
    [4, "Attribute Picklist Value"],
    [5, "Attribute Lookup Value"],
    [6, "View Attribute"],
    [7, "Localized Label"],
    [8, "Relationship Extra Condition"],
    [9, "Option Set"],
    [10, "Entity Relationship"],
    [11, "Entity Relationship Role"],
    [12, "Entity Relationship Relationships"],
    [13, "Managed Property"],
    [14, "Entity Key"],
    [16, "Privilege"],
    [17, "PrivilegeObjectTypeCode"],
    [18, "Index"],
    [20, "Role"],
    [21, "Role Privilege"],
    [22, "Display String"],
    [23, "Display String Map"],
    [24, "Form"],
    [25, "Organization"],
    [26, "Saved Query"],
    [29, "Workflow"],
    [31, "Report"],
    [32, "Report Entity"],
    [33, "Report Category"],
    [34, "Report Visibility"],
    [35, "Attachment"],
    [36, "Email Template"],
    [37, "Contract Template"],
    [38, "KB Article Template"],
    [39, "Mail Merge Template"],
    [44, "Duplicate Rule"],
    [45, "Duplicate Rule Condition"],
    [46, "Entity Map"],
    [47, "Attribute Map"],
    [48, "Ribbon Command"],
    [49, "Ribbon Context Group"],
    [50, "Ribbon Customization"],
    [52, "Ribbon Rule"],
    [53, "Ribbon Tab To Command Map"],
    [55, "Ribbon Diff"],
    [59, "Saved Query Visualization"],
    [60, "System Form"],
    [61, "Web Resource"],
    [62, "Site Map"],
    [63, "Connection Role"],
    [64, "Complex Control"],
    [65, "Hierarchy Rule"],
    [66, "Custom Control"],
    [68, "Custom Control Default Config"],
    [70, "Field Security Profile"],
    [71, "Field Permission"],
    [90, "Plugin Type"],
    [91, "Plugin Assembly"],
    [92, "SDK Message Processing Step"],
    [93, "SDK Message Processing Step Image"],
    [95, "Service Endpoint"],
    [150, "Routing Rule"],
    [151, "Routing Rule Item"],
    [152, "SLA"],
    [153, "SLA Item"],
    [154, "Convert Rule"],
    [155, "Convert Rule Item"],
    [161, "Mobile Offline Profile"],
    [162, "Mobile Offline Profile Item"],
    [165, "Similarity Rule"],
    [166, "Data Source Mapping"],
    [201, "SDKMessage"],
    [202, "SDKMessageFilter"],
    [203, "SdkMessagePair"],
    [204, "SdkMessageRequest"],
    [205, "SdkMessageRequestField"],
    [206, "SdkMessageResponse"],
    [207, "SdkMessageResponseField"],
    [208, "Import Map"],
    [210, "WebWizard"],
    [300, "Canvas App"],
    [371, "Connector"],
    [372, "Connector"],
    [380, "Environment Variable Definition"],
    [381, "Environment Variable Value"],
    [400, "AI Project Type"],
    [401, "AI Project"],
    [402, "AI Configuration"],
    [430, "Entity Analytics Configuration"],
    [431, "Attribute Image Configuration"],
    [432, "Entity Image Configuration"],
];

/** Every code Dataverse lists, in its order. */
export const COMPONENT_TYPE_CODES: readonly number[] = COMPONENT_TYPES.map(([code]) => code);

const KNOWN: ReadonlySet<number> = new Set(COMPONENT_TYPE_CODES);

const squash = (text: string): string => text.toLowerCase().replace(/[\s_-]+/g, "");

/** Names (and common synonyms) without spaces, lower case → code. */
const CODE_BY_NAME: ReadonlyMap<string, number> = (() => {
    const map = new Map<string, number>();
    for (const [code, name] of COMPONENT_TYPES) {
        const key = squash(name);
        if (!map.has(key)) map.set(key, code);
    }
    // What the metadata API and makers call some of them.
    for (const [name, code] of [
        ["table", 1],
        ["column", 2],
        ["field", 2],
        ["choice", 9],
        ["optionset", 9],
        ["view", 26],
        ["savedquery", 26],
        ["systemform", 60],
        ["webresource", 61],
        ["pluginassembly", 91],
        ["sdkmessageprocessingstep", 92],
    ] as const) {
        map.set(name, code);
    }
    return map;
})();

/**
 * The component type code a dependency's type field denotes: a number or numeric text is the code itself;
 * a known name ("Entity", "attribute", "Option Set") maps to its code; anything else is undefined.
 */
export function componentTypeCode(type: unknown): number | undefined {
    if (typeof type === "number") return Number.isInteger(type) ? type : undefined;
    if (typeof type !== "string") return undefined;
    const text = type.trim();
    if (text === "") return undefined;
    if (/^-?\d{1,10}$/.test(text)) return Number(text);
    return CODE_BY_NAME.get(squash(text));
}

/** The resx key of a component type's label, `ComponentType_<code>`; undefined for a code Dataverse does not list (the view shows "Unknown (N)"). */
export function componentTypeLabelKey(code: number): string | undefined {
    return KNOWN.has(code) ? `ComponentType_${code}` : undefined;
}

/** The name Dataverse's API and older tools give a component type ("Entity", "Attribute"); undefined for a code it does not list. */
export function componentTypeName(code: number): string | undefined {
    return COMPONENT_TYPES.find(([known]) => known === code)?.[1];
}
