/**
 * The status column's options as the host's entity metadata describes them (labels in the user's
 * language and the colors a maker chose), and a row's status with them applied. Pure: reads the plain
 * object `context.utils.getEntityMetadata` resolved with, whatever shape of it the host gives.
 */
import { attempt, isFunction } from "./guard";
import type { OptionMetadataLike, ResolvedOption } from "./options";

const CSS_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

type Bag = Record<string, unknown>;
const bag = (value: unknown): Bag | undefined => (value && typeof value === "object" ? (value as Bag) : undefined);

/** A label given as text or as Dataverse's Label object ({ UserLocalizedLabel: { Label } }). */
function labelText(label: unknown): string | undefined {
    if (typeof label === "string") return label.trim() !== "" ? label : undefined;
    const localized = bag(bag(label)?.UserLocalizedLabel)?.Label;
    if (typeof localized === "string" && localized.trim() !== "") return localized;
    const first = bag(label)?.LocalizedLabels;
    const text = Array.isArray(first) ? bag(first[0])?.Label : undefined;
    return typeof text === "string" && text.trim() !== "" ? text : undefined;
}

/** The attribute's metadata: `Attributes.get(name)` (model-driven apps), else a plain map of attributes. */
function attributeOf(metadata: unknown, column: string): Bag | undefined {
    const attributes = bag(bag(metadata)?.Attributes);
    if (!attributes) return undefined;
    const get = attributes.get;
    // A collection that refuses the name: the plain forms below.
    const found = isFunction(get) ? bag(attempt(() => (get as (name: string) => unknown).call(attributes, column), undefined)) : undefined;
    if (found) return found;
    return bag(attributes[column]) ?? bag(bag(attributes._collection)?.[column]);
}

function optionList(attribute: Bag): unknown[] {
    for (const holder of [attribute, bag(attribute.attributeDescriptor)]) {
        const set = holder?.OptionSet ?? holder?.Options;
        if (Array.isArray(set)) return set;
        const options = bag(set)?.Options;
        if (Array.isArray(options)) return options;
        // { "0": { Value: 0, … }, "20": { … } }
        if (bag(set)) return Object.values(set as Bag);
    }
    return [];
}

/**
 * The options of `column` in the entity metadata: value, label and color (colors that are not hex
 * colors dropped). An empty list when the metadata has none or an unexpected shape.
 */
export function optionsFromEntityMetadata(metadata: unknown, column: string): readonly OptionMetadataLike[] {
    const attribute = attributeOf(metadata, column);
    if (!attribute) return [];
    const options: OptionMetadataLike[] = [];
    for (const entry of optionList(attribute)) {
        const option = bag(entry);
        const value = option?.Value;
        if (typeof value !== "number" || !Number.isFinite(value)) continue;
        const color = typeof option?.Color === "string" && CSS_COLOR.test(option.Color.trim()) ? option.Color.trim() : undefined;
        options.push({ Value: value, Label: labelText(option?.Label) ?? null, Color: color ?? null });
    }
    return options;
}

/**
 * A row's status with the metadata applied: the option's color, and its label where the host gave no
 * formatted value (a label the host formatted is what the rest of the app shows, so it stays).
 */
export function withStatusOptions(status: ResolvedOption, labelFromHost: boolean, options: readonly OptionMetadataLike[] | undefined): ResolvedOption {
    if (!options || options.length === 0 || status.value === null) return status;
    const option = options.find((o) => o.Value === status.value);
    if (!option) return status;
    const color = option.Color ?? undefined;
    const label = !labelFromHost && option.Label ? option.Label : status.label;
    if (color === status.color && label === status.label) return status;
    return { ...status, label, color, known: true };
}
