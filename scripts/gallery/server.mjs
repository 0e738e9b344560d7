// The gallery's HTTP server: Node's http module only, bound to 127.0.0.1. It serves the page, the shared
// fixtures, the fake host (scripts/host, transpiled on request), the production bundles and strings from
// out/, and the platform libraries of the chosen runtime (React 16.14 or 17.0.2 with Fluent 8.29 or
// 8.121.1, as listed in scripts/gallery/runtimes.mjs) from node_modules, so the gallery works offline.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import ts from "typescript";
import { CONTROLS } from "../lib/controls.mjs";
import { LANGUAGES, readResx } from "../lib/resx.mjs";
import { DEFAULT_RUNTIME, RUNTIMES, runtimeId } from "./runtimes.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PAGE = join(ROOT, "scripts", "gallery", "page");

const TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".resx": "application/xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".png": "image/png",
    ".woff": "font/woff",
};

/** Libraries every runtime shares, under the names the page loads them by. */
const LIBRARIES = {
    "axe.min.js": "node_modules/axe-core/axe.min.js",
};

/** `/lib/<runtime>/<name>` (or `/lib/<name>`: the default runtime, then the shared libraries) → file. */
function libraryFile(relative) {
    const [first, second] = relative.split("/");
    if (second !== undefined) return Object.hasOwn(RUNTIMES, first) ? RUNTIMES[first].files[second] : undefined;
    return RUNTIMES[DEFAULT_RUNTIME].files[first] ?? LIBRARIES[first];
}

/** The page with the chosen runtime's libraries (`?runtime=<id>`; unknown or none: the default). */
function pageFor(url) {
    const id = runtimeId(url.searchParams.get("runtime"));
    return readFileSync(join(PAGE, "index.html"), "utf8").replaceAll("{{runtime}}", id);
}

/** URL prefix → folder; nothing outside these folders is served. */
const foldersOf = (root) => ({
    "/page/": PAGE,
    "/fixtures/": join(ROOT, "scripts", "gallery", "fixtures"),
    "/out/": join(root, "out"),
    "/icons/": join(root, "node_modules", "@fluentui", "font-icons-mdl2", "fonts"),
});

const manifestParser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (name) => ["property", "type", "resx", "type-group"].includes(name),
});

/** Each control's bound and input properties with their types, from the built (or source) manifest. */
export function controlCatalog(root = ROOT) {
    return CONTROLS.map((name) => {
        const built = join(root, "out", "controls", name, "ControlManifest.xml");
        const source = join(root, name, "ControlManifest.Input.xml");
        const doc = manifestParser.parse(readFileSync(existsSync(built) ? built : source, "utf8"));
        const control = doc.manifest.control;
        const groups = Object.fromEntries((control["type-group"] ?? []).map((g) => [g["@_name"], g.type]));
        const properties = (control.property ?? []).map((p) => {
            const group = p["@_of-type-group"] ? (groups[p["@_of-type-group"]] ?? []) : [];
            // A text type group: a form binds the widest member (multiple lines of text).
            const type = p["@_of-type"] ?? (group.includes("Multiple") ? "Multiple" : group[0]);
            return { name: p["@_name"], type, usage: p["@_usage"], required: p["@_required"] === "true", defaultValue: p["@_default-value"] };
        });
        const bundle = join(root, "out", "controls", name, "bundle.js");
        return { name, namespace: control["@_namespace"], properties, built: existsSync(bundle) };
    });
}

/** A control's strings in one language, from the built resx (falling back to the source folder). */
export function controlStrings(control, lcid, root = ROOT) {
    const file = `${control}.${lcid}.resx`;
    const built = join(root, "out", "controls", control, "strings", file);
    const source = join(root, control, "strings", file);
    const path = existsSync(built) ? built : source;
    if (!existsSync(path)) return undefined;
    return Object.fromEntries(readResx(path));
}

/** The runtimes the page offers: id, label and the versions it must find loaded. */
const runtimeList = () => Object.entries(RUNTIMES).map(([id, { label, react, fluent }]) => ({ id, label, react, fluent }));

const HOST = join(ROOT, "scripts", "host");
const hostModules = new Map();
/**
 * A module of the shared fake host (scripts/host/<name>.ts, the same source the jest tests import) as a
 * browser ES module. Its own imports are extensionless ("./webApi"), so `/host/webApi` is served too.
 */
function hostModule(name) {
    const path = join(HOST, `${name}.ts`);
    if (!existsSync(path)) return undefined;
    const mtime = statSync(path).mtimeMs;
    const cached = hostModules.get(name);
    if (cached?.mtime === mtime) return cached.text;
    const { outputText } = ts.transpileModule(readFileSync(path, "utf8"), {
        fileName: path,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 },
    });
    hostModules.set(name, { mtime, text: outputText });
    return outputText;
}

function send(response, status, body, type = "text/plain; charset=utf-8") {
    response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
    response.end(body);
}

function sendFile(response, path) {
    if (!existsSync(path) || !statSync(path).isFile()) return send(response, 404, "Not found");
    return send(response, 200, readFileSync(path), TYPES[extname(path)] ?? "application/octet-stream");
}

/** `folder` + `relative`, or undefined when the result would leave `folder`. */
function inside(folder, relative) {
    const path = normalize(join(folder, decodeURIComponent(relative)));
    return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep) ? path : undefined;
}

/**
 * Starts the server. `port` 0 picks a free port; `root` is the project whose out/ and node_modules are
 * served (another checkout's build can be shown with the page and fixtures of this one). Returns the URL, `reload()` (tells open pages that the
 * bundles changed) and `close()`.
 */
export function startGalleryServer({ port = 0, host = "127.0.0.1", root = ROOT, status = () => ({}) } = {}) {
    const listeners = new Set();
    const folders = foldersOf(root);
    const server = createServer((request, response) => {
        const url = new URL(request.url ?? "/", "http://localhost");
        const path = url.pathname;
        try {
            if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405, "Method not allowed");
            if (path === "/favicon.ico") return send(response, 204, "");
            if (path === "/" || path === "/index.html") return send(response, 200, pageFor(url), TYPES[".html"]);
            if (path.startsWith("/lib/")) {
                const library = libraryFile(path.slice(5));
                return library ? sendFile(response, join(root, library)) : send(response, 404, "Not found");
            }
            const hostFile = /^\/host\/(\w+)(?:\.js)?$/.exec(path);
            if (hostFile) {
                const text = hostModule(hostFile[1]);
                return text === undefined ? send(response, 404, "Not found") : send(response, 200, text, TYPES[".js"]);
            }
            if (path === "/api/controls")
                return send(
                    response,
                    200,
                    JSON.stringify({ controls: controlCatalog(root), languages: LANGUAGES, runtimes: runtimeList(), ...status() }),
                    TYPES[".json"],
                );
            const strings = /^\/api\/strings\/(\w+)\/(\d+)$/.exec(path);
            if (strings) {
                const table = CONTROLS.includes(strings[1]) ? controlStrings(strings[1], Number(strings[2]), root) : undefined;
                return table ? send(response, 200, JSON.stringify(table), TYPES[".json"]) : send(response, 404, "No such strings");
            }
            if (path === "/events") {
                response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store", Connection: "keep-alive" });
                response.write(": connected\n\n");
                listeners.add(response);
                request.on("close", () => listeners.delete(response));
                return undefined;
            }
            for (const [prefix, folder] of Object.entries(folders)) {
                if (path.startsWith(prefix)) {
                    const file = inside(folder, path.slice(prefix.length));
                    return file ? sendFile(response, file) : send(response, 403, "Forbidden");
                }
            }
            return send(response, 404, "Not found");
        } catch (error) {
            return send(response, 500, String(error?.stack ?? error));
        }
    });
    return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
            const address = server.address();
            resolve({
                url: `http://${host}:${address.port}/`,
                port: address.port,
                reload(message = "reload") {
                    for (const listener of listeners) listener.write(`data: ${message}\n\n`);
                },
                close() {
                    for (const listener of listeners) listener.end();
                    listeners.clear();
                    const closed = new Promise((done) => server.close(() => done()));
                    server.closeAllConnections();
                    return closed;
                },
            });
        });
    });
}
