// What the page runs: the platform libraries it loaded (and the picker for another runtime), and each
// control's bundle, timed from its download to its script having run (the benchmark's cold start).
const $ = (id) => document.getElementById(id);

/**
 * The platform libraries the page really runs: the runtime id the server filled in, React's own version
 * and the version Fluent registered (`window.__packages__`, written by @fluentui/set-version).
 */
export function loadedRuntime() {
    const fluent = window.__packages__?.["@fluentui/react"];
    return {
        id: document.documentElement.dataset.runtime,
        react: window.React?.version,
        reactDom: window.ReactDOM?.version,
        fluent: Array.isArray(fluent) ? fluent.join(", ") : fluent,
    };
}

/** The runtime picker: choosing another loads the page again with `?runtime=<id>` (settings stay in the hash). */
export function setUpRuntimePicker(runtimes) {
    const picker = $("runtime");
    const loaded = loadedRuntime();
    for (const runtime of runtimes) picker.append(new Option(runtime.label, runtime.id));
    picker.value = loaded.id;
    picker.addEventListener("change", () => {
        const params = new URLSearchParams(location.search);
        params.set("runtime", picker.value);
        location.assign(`${location.pathname}?${params}${location.hash}`);
    });
    const expected = runtimes.find((r) => r.id === loaded.id);
    if (!expected) return `Unknown runtime ${loaded.id}`;
    if (loaded.react !== expected.react || loaded.reactDom !== expected.react || loaded.fluent !== expected.fluent)
        return `The page runs React ${loaded.react}, ReactDOM ${loaded.reactDom} and Fluent ${loaded.fluent} instead of ${expected.label}`;
    return "";
}

/** Per loaded bundle: how long its script took to run once downloaded (the benchmark's cold start). */
export const bundleTimings = {};

export function loadScript(src, name) {
    return new Promise((resolve) => {
        const script = document.createElement("script");
        script.src = src;
        script.onload = () => {
            // onload fires once the script has run; its download ended at the resource's responseEnd.
            const ran = performance.now();
            const entry = performance.getEntriesByName(new URL(src, location.href).href).at(-1);
            if (name && entry) bundleTimings[name] = { evaluateMs: ran - entry.responseEnd };
            resolve(true);
        };
        script.onerror = () => resolve(false);
        document.head.append(script);
    });
}
