// The platform libraries a host loads for our virtual controls, as the gallery can serve them. The
// bundles are built against React 16.14 and Fluent 8.29 (the manifests' platform-library versions); at
// run time canvas apps (and the pcf-start harness) load React 16.14.0, model-driven apps React 17.0.2,
// and Fluent 8 is served at 8.29.0 or 8.121.1. The gallery picks one with `?runtime=<id>`; the browser
// tests with the environment variable GALLERY_RUNTIME (the same ids). npm test runs TESTED_RUNTIMES.

/** Files under node_modules, by the names the page loads them as (/lib/<runtime>/<name>). */
export const RUNTIMES = {
    "react16-fluent8.29": {
        label: "React 16.14 + Fluent 8.29 (canvas apps, harness)",
        short: "React 16.14.0 + Fluent 8.29.0",
        react: "16.14.0",
        fluent: "8.29.0",
        files: {
            "react.js": "node_modules/react/umd/react.production.min.js",
            "react-dom.js": "node_modules/react-dom/umd/react-dom.production.min.js",
            "fluent.js": "node_modules/@fluentui/react/dist/fluentui-react.umd.js",
        },
    },
    "react17-fluent8.121": {
        label: "React 17.0.2 + Fluent 8.121.1 (model-driven apps)",
        short: "React 17.0.2 + Fluent 8.121.1",
        react: "17.0.2",
        fluent: "8.121.1",
        files: {
            "react.js": "node_modules/react-17/umd/react.production.min.js",
            "react-dom.js": "node_modules/react-dom-17/umd/react-dom.production.min.js",
            "fluent.js": "node_modules/fluentui-react-8121/dist/fluentui-react.umd.js",
        },
    },
    // What a model-driven app loads for our manifests (they name Fluent 8.29.0; see the README).
    "react17-fluent8.29": {
        label: "React 17.0.2 + Fluent 8.29 (model-driven apps, manifests naming 8.29.0)",
        short: "React 17.0.2 + Fluent 8.29.0",
        react: "17.0.2",
        fluent: "8.29.0",
        files: {
            "react.js": "node_modules/react-17/umd/react.production.min.js",
            "react-dom.js": "node_modules/react-dom-17/umd/react-dom.production.min.js",
            "fluent.js": "node_modules/@fluentui/react/dist/fluentui-react.umd.js",
        },
    },
};

/** The runtimes npm test runs every gallery and board test on (the third pairs React 17 with Fluent 8.29). */
export const TESTED_RUNTIMES = ["react16-fluent8.29", "react17-fluent8.121"];

export const DEFAULT_RUNTIME = "react16-fluent8.29";

/** A known runtime id, else the default (an unknown id in a URL shows the default runtime). */
export function runtimeId(id) {
    return id && Object.hasOwn(RUNTIMES, id) ? id : DEFAULT_RUNTIME;
}

/**
 * The runtime the browser tests and the benchmark open the gallery with: GALLERY_RUNTIME, else the
 * default. An unknown id is an error here (a typo must not silently test the default).
 */
export function runtimeFromEnvironment(env = process.env) {
    const id = env.GALLERY_RUNTIME;
    if (!id) return DEFAULT_RUNTIME;
    if (!Object.hasOwn(RUNTIMES, id)) throw new Error(`GALLERY_RUNTIME=${id} is not one of ${Object.keys(RUNTIMES).join(", ")}`);
    return id;
}
