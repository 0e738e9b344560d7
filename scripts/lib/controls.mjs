// The controls of the project: every top-level folder holding a ControlManifest.Input.xml (what pcf-scripts
// builds), so a new control, or a copy of the project with fewer controls, needs no list to be edited.
// Known controls keep their build, packaging and gallery order; any other follows in name order.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ORDER = ["OperationStatusTimeline", "IntegrationJobProgress", "StagedDependencyViewer", "OperationsBoard", "OperationCells"];
const IGNORED = new Set(["node_modules", "out", "Solutions", "scripts", "test", "common"]);

/** Control folders (named as their constructors) under `root`, in build order. */
export function controlsIn(root) {
    const found = readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && !IGNORED.has(entry.name))
        .map((entry) => entry.name)
        .filter((name) => existsSync(join(root, name, "ControlManifest.Input.xml")));
    const rank = (name) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
    return found.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CONTROLS = controlsIn(ROOT);
export const NAMESPACE = "AsyncOps";
