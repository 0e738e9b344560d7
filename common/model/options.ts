import type { Translate } from "./text";

/** How a value should look when the option set's metadata gives no color. */
export type Tone = "neutral" | "info" | "progress" | "success" | "warning" | "error";

export interface OptionTable {
    /** Prefix of the resx keys of the labels: `Option_<name>_<value>`. */
    name: string;
    entries: Readonly<Record<number, Tone>>;
}

export interface ResolvedOption {
    value: number | null;
    label: string;
    /** Color from the option set's metadata, when it has one. */
    color?: string;
    tone: Tone;
    known: boolean;
}

export type OptionMetadataLike = { Value: number; Label?: string | null; Color?: string | null };

const CSS_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** Options from an OptionSet property's attributes; an empty list when the host gives none. */
export function optionsOf(property: unknown): readonly OptionMetadataLike[] {
    const attributes = (property as { attributes?: { Options?: unknown } } | null | undefined)?.attributes;
    const options = attributes?.Options;
    return Array.isArray(options) ? (options as OptionMetadataLike[]).filter((o) => o && typeof o.Value === "number") : [];
}

/** Whether two option lists say the same: value, label and color of each, in order. */
export function sameOptions(a: readonly OptionMetadataLike[], b: readonly OptionMetadataLike[]): boolean {
    return (
        a === b || (a.length === b.length && a.every((option, i) => option.Value === b[i].Value && option.Label === b[i].Label && option.Color === b[i].Color))
    );
}

/**
 * Label and color of an option value: the bound property's metadata first (so a customised label such as
 * the Sales relabel shows as the host names it), then the table's resx label, then "Unknown (N)".
 */
export function resolveOption(
    value: number | null | undefined,
    table: OptionTable,
    t: Translate,
    metadata: readonly OptionMetadataLike[] = [],
): ResolvedOption {
    if (value === null || value === undefined || !Number.isFinite(value)) {
        return { value: null, label: t("Option_None"), tone: "neutral", known: false };
    }
    const tone = table.entries[value];
    const fromMetadata = metadata.find((o) => o.Value === value);
    const color = fromMetadata?.Color && CSS_COLOR.test(fromMetadata.Color) ? fromMetadata.Color : undefined;
    if (fromMetadata?.Label) {
        return { value, label: fromMetadata.Label, color, tone: tone ?? "neutral", known: true };
    }
    if (tone !== undefined) {
        return { value, label: t(`Option_${table.name}_${value}`), color, tone, known: true };
    }
    return { value, label: t("Option_Unknown", String(value)), color, tone: "neutral", known: false };
}
