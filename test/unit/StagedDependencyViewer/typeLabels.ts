/** Component type labels in English from the resx defaults, as the view's translator gives them. */
import type { TypeLabeler } from "../../../StagedDependencyViewer/model/dependencyGroups";
import { componentTypeLabel } from "../../../StagedDependencyViewer/components/typeLabels";
import { DEFAULT_STRINGS } from "../../../StagedDependencyViewer/strings/defaults";
import { createTranslator } from "../../host/resx";

export const t = createTranslator(undefined, DEFAULT_STRINGS);
export const labelOf: TypeLabeler = (entry) => (entry.typeCode !== undefined ? componentTypeLabel(entry.typeCode, t) : entry.type);
