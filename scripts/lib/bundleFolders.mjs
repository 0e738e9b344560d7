// Where a production bundle's bytes come from: every byte of bundle.js is attributed, through its source
// map (written by a build with ASYNCOPS_SOURCE_MAP=1, see webpack.config.js), to the source folder it was
// compiled from ("common/components", "OperationsBoard/model", "node_modules/tslib"); bytes no mapping
// covers (webpack's module wrappers and runtime) count as "webpack runtime".
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { SourceMapConsumer } = require("source-map");

/** A source of the map as a path from the project's root ("common/host/theme.ts"). */
export function sourcePath(source) {
    return decodeURIComponent(source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, ""));
}

/** The folder a source of the map belongs to: the package for node_modules, else the first two folders. */
export function folderOf(source) {
    const path = sourcePath(source);
    // webpack's own modules and the platform libraries' external references.
    if (path === "webpack" || path.startsWith("webpack/") || path.startsWith("external ")) return "webpack runtime";
    const modules = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    if (modules) return `node_modules/${modules[1]}`;
    const parts = path.split("/").filter((part) => part !== "" && part !== ".");
    if (parts.length <= 1) return parts[0] ?? "(unknown)";
    return parts.length === 2 ? parts[0] : `${parts[0]}/${parts[1]}`;
}

/**
 * Bytes per source file of one bundle: a Map from the map's source path (webpack:// prefix removed) to bytes,
 * bytes no mapping covers (webpack's module wrappers and runtime) under "webpack runtime"; undefined when
 * the bundle has no map beside it. Counted in characters of the minified text, ASCII but for string contents.
 */
export async function bytesPerSource(bundlePath) {
    const mapPath = `${bundlePath}.map`;
    if (!existsSync(bundlePath) || !existsSync(mapPath)) return undefined;
    const lines = readFileSync(bundlePath, "utf8").split("\n");
    const map = JSON.parse(readFileSync(mapPath, "utf8"));
    const totals = new Map();
    const add = (source, bytes) => totals.set(source, (totals.get(source) ?? 0) + bytes);
    const consumer = await new SourceMapConsumer(map);
    try {
        const byLine = new Map();
        consumer.eachMapping((m) => {
            const list = byLine.get(m.generatedLine) ?? [];
            list.push(m);
            byLine.set(m.generatedLine, list);
        });
        lines.forEach((text, index) => {
            const mappings = (byLine.get(index + 1) ?? []).sort((a, b) => a.generatedColumn - b.generatedColumn);
            let covered = 0;
            for (let i = 0; i < mappings.length; i += 1) {
                const end = i + 1 < mappings.length ? mappings[i + 1].generatedColumn : text.length;
                const length = Math.max(0, end - mappings[i].generatedColumn);
                add(mappings[i].source ? sourcePath(mappings[i].source) : "webpack runtime", length);
                covered += length;
            }
            // Text before the first mapping of a line, and newlines.
            add("webpack runtime", text.length - covered + (index + 1 < lines.length ? 1 : 0));
        });
    } finally {
        consumer.destroy?.();
    }
    return totals;
}

/** Bytes per folder of one bundle, largest first: [{ folder, bytes }]; undefined without a map. */
export async function bytesPerFolder(bundlePath) {
    const sources = await bytesPerSource(bundlePath);
    if (!sources) return undefined;
    const totals = new Map();
    for (const [source, bytes] of sources) {
        const folder = source === "webpack runtime" ? source : folderOf(source);
        totals.set(folder, (totals.get(folder) ?? 0) + bytes);
    }
    return [...totals].map(([folder, bytes]) => ({ folder, bytes })).sort((a, b) => b.bytes - a.bytes);
}
