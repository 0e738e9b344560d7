// The gallery's form: the shared fake host (scripts/host/context.ts, the one the jest tests use) set up
// from a scenario and the page's settings. Each property of the control's manifest gets the scenario's
// value (or the input's default), the option metadata of the option set it is bound to on a real form
// (a scenario's own `optionSets` first), and field security when the form is masked.
import { createFakeContext, LOCALES } from "/host/context.js";
import { OPTION_SETS, PROPERTY_OPTION_SETS, TABLE_METADATA } from "/fixtures/options.mjs";
import { askConfirm } from "/page/confirmDialog.mjs";

export { LOCALES };

const scenarioTables = new WeakMap();
const loggers = new WeakMap();

/**
 * What `utils.getEntityMetadata` knows: the tables every scenario shares and a scenario's own. One object
 * per scenario (and one logger per log), so every context of a scenario shares one utils object, as the
 * controls of one form share their host's.
 */
function tablesFor(ofScenario) {
    if (!ofScenario) return TABLE_METADATA;
    if (!scenarioTables.has(ofScenario)) {
        const tables = { ...TABLE_METADATA };
        for (const [name, spec] of Object.entries(ofScenario)) tables[name] = { ...tables[name], ...spec };
        scenarioTables.set(ofScenario, tables);
    }
    return scenarioTables.get(ofScenario);
}

function utilityLogger(log) {
    if (!loggers.has(log)) loggers.set(log, (call) => log({ kind: "utils", ...call }));
    return loggers.get(log);
}

/** One manifest property as a PropertySpec of the fake host. */
function propertySpec(definition, value, { masked, control, optionSets }) {
    const optionSetName = PROPERTY_OPTION_SETS[control]?.[definition.name];
    const options = optionSetName ? (optionSets?.[optionSetName] ?? OPTION_SETS[optionSetName]) : undefined;
    const secured = masked === true && definition.usage === "bound";
    return {
        raw: value === undefined ? null : value,
        type: definition.type ?? "",
        options,
        name: definition.name,
        required: definition.required,
        behavior: definition.type?.startsWith("DateAndTime") ? 1 : undefined,
        readable: !secured,
        editable: !secured,
        secured,
    };
}

/**
 * @param {object} options
 * @param {string} options.control control name
 * @param {object[]} options.properties the control's properties from its manifest
 * @param {Record<string, unknown>} options.values materialized parameter values
 * @param {{entityName: string, id: string} | null} options.record
 * @param {Record<string, string>} options.strings the control's resx in the chosen language
 * @param {object} options.settings { languageId, rtl, dark, phone, allocatedWidth, disabled, masked, timeZoneOffsetMinutes }
 * @param {object | undefined} options.webAPI
 * @param {(entry: object) => void} options.log
 * @param {() => void} options.requestRender
 * @param {string[]} options.updatedProperties
 * @param {Record<string, object[]>} [options.optionSets] a scenario's own option metadata (a maker's labels and colors)
 * @param {Record<string, object>} [options.datasets] data sets of a dataset control, by name (scripts/gallery/page/fakeDataset.mjs)
 * @param {Record<string, object>} [options.entityMetadata] a scenario's table metadata (a view's option sets, per table: `{ columns }`)
 * @param {(name: string, payload: unknown) => void} [options.fireEvent] the grid's listener, in a grid scenario (`factory.fireEvent`)
 */
export function createContext({
    control,
    properties,
    values,
    record,
    strings,
    settings,
    webAPI,
    log,
    requestRender,
    updatedProperties = [],
    optionSets,
    datasets,
    entityMetadata,
    fireEvent,
}) {
    const parameters = {};
    for (const definition of properties) {
        const value =
            definition.name in values
                ? values[definition.name]
                : definition.usage === "input" && definition.defaultValue !== undefined
                  ? Number(definition.defaultValue)
                  : null;
        parameters[definition.name] = propertySpec(definition, value, { masked: settings.masked, control, optionSets });
    }
    // A dataset control's data sets (a view or subgrid) are whole parameters of their own.
    for (const [name, dataset] of Object.entries(datasets ?? {})) parameters[name] = { buildParameter: () => dataset };
    return createFakeContext({
        parameters,
        strings,
        languageId: settings.languageId,
        isRTL: settings.rtl === true,
        timeZoneOffsetMinutes: settings.timeZoneOffsetMinutes ?? 0,
        allocatedWidth: settings.allocatedWidth,
        formFactor: settings.phone ? "phone" : "desktop",
        disabled: settings.disabled === true,
        label: control,
        record,
        userName: "Gallery User",
        webAPI,
        theme: settings.dark ? "dark" : "light",
        // The host's dialog with the title, text and button labels the control passes.
        confirm: (strings) => askConfirm(strings),
        onNavigate: (call) => log({ kind: "navigation", ...call }),
        entityMetadata: tablesFor(entityMetadata),
        onUtility: utilityLogger(log),
        requestRender,
        updatedProperties,
        fireEvent,
    });
}
