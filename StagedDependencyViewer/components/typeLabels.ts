import type { Translate } from "../../common/model/text";
import { componentTypeLabelKey } from "../model/componentTypes";
import type { Dependency } from "../model/dependencyEntries";

/** What a user reads for a component type code: its label in their language, "Unknown (N)" for a code Dataverse does not list. */
export function componentTypeLabel(code: number, t: Translate): string {
    const key = componentTypeLabelKey(code);
    return key === undefined ? t("Option_Unknown", code) : t(key);
}

/** An entry's type as a user reads it: the component type's label, the type as written, or "". */
export function entryTypeLabel(entry: Pick<Dependency, "typeCode" | "type">, t: Translate): string {
    return entry.typeCode !== undefined ? componentTypeLabel(entry.typeCode, t) : entry.type;
}
