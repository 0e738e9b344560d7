import type { Translate } from "../../common/model/text";
import { componentTypeLabelKey, componentTypeName } from "../model/componentTypes";
import type { Dependency } from "../model/dependencyEntries";

/**
 * What a user reads for a component type code: its name as the maker portal gives it today, in their
 * language ("Table", "Column", "Choice"); "Unknown type N" for a code Dataverse does not list (no
 * parentheses, so a count after it reads plainly).
 */
export function componentTypeLabel(code: number, t: Translate): string {
    const key = componentTypeLabelKey(code);
    return key === undefined ? t("TypeName_Unknown", String(code)) : t(key);
}

/** The name Dataverse's API and older tools give the type, with its code, for a tooltip; "" for an unknown code. */
export function componentTypeLegacy(code: number | undefined, t: Translate): string {
    if (code === undefined) return "";
    const name = componentTypeName(code);
    return name === undefined ? "" : t("TypeName_Legacy", name, String(code));
}

/** An entry's type as a user reads it: the component type's label, the type as written, or "". */
export function entryTypeLabel(entry: Pick<Dependency, "typeCode" | "type">, t: Translate): string {
    return entry.typeCode !== undefined ? componentTypeLabel(entry.typeCode, t) : entry.type;
}
