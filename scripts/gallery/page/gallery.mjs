// The gallery page: loads the production bundles, lets a maker pick a scenario and host settings, and
// runs the chosen control the way a form does (init → updateView → ReactDOM.render, destroy + unmount on
// switch). `window.gallery` is the handle the browser tests and the benchmark drive.
import { scenarios } from "/fixtures/scenarios.mjs";
import { materialize } from "/fixtures/materialize.mjs";
import { FakeWebApi } from "/host/webApi.js";
import { hostControl } from "/host/lifecycle.js";
import { createContext, LOCALES } from "/page/fakeHost.mjs";
import { datasetsFor } from "/page/fakeDataset.mjs";
import { columnDefinitions, createFakeGrid } from "/host/powerAppsGrid.js";

const $ = (id) => document.getElementById(id);
const registry = new Map();
const stringCache = new Map();
const DEFAULT_SETTINGS = {
    languageId: 1033,
    timeZoneOffsetMinutes: 0,
    dark: false,
    rtl: false,
    /** 0 on a desktop; else the phone's screen width in px (true means 390). */
    phone: false,
    /** The form section's or view's width in px; 0 for the scenario's own (its formWidth, else 880). */
    width: 0,
    disabled: false,
    masked: false,
    noWebApi: false,
    latencyMs: 0,
};
/** Settings a form can change between updateView calls; the others need a new form load. */
const LIVE_SETTINGS = new Set(["phone", "width", "disabled", "masked"]);
/** Languages the platform lays out right to left: it derives `isRTL` from the user's language. */
const RTL_LANGUAGES = new Set([1025, 1037, 1056, 1065]);
const DEFAULT_FORM_WIDTH = 880;
const PHONE_WIDTH = 390;

window.ComponentFramework = {
    registerControl(name, constructor) {
        registry.set(name, constructor);
    },
};

let catalog = [];
let current; // { definition, control, hosted, view, context, container, webAPI, fake, values, properties, strings }
let settings = { ...DEFAULT_SETTINGS };
const log = [];

/** Empties the host log: a new scenario starts with a log of its own. */
function clearLog() {
    log.splice(0);
    $("log").replaceChildren();
}

/** Log text for long strings (a saved file's base64 content can be 100 MB): their start and their length. */
function shortened(_key, value) {
    return typeof value === "string" && value.length > 500 ? `${value.slice(0, 200)}… (${value.length.toLocaleString("en-US")} characters)` : value;
}

function addLog(entry) {
    log.push({ at: new Date().toISOString(), ...entry });
    const list = $("log");
    const item = document.createElement("li");
    const details =
        entry.kind === "webAPI"
            ? `${entry.method} ${entry.entity}${entry.id ? ` ${entry.id}` : ""}${entry.options ? ` ${entry.options}` : ""}`
            : `${entry.method ?? ""} ${JSON.stringify(entry.args ?? entry.outputs ?? "", shortened)}`;
    item.textContent = `${entry.kind}: ${details}`; // data shows as text, never as markup
    list.append(item);
    while (list.childElementCount > 200) list.firstElementChild.remove();
}

/**
 * The platform libraries the page really runs: the runtime id the server filled in, React's own version
 * and the version Fluent registered (`window.__packages__`, written by @fluentui/set-version).
 */
function loadedRuntime() {
    const fluent = window.__packages__?.["@fluentui/react"];
    return {
        id: document.documentElement.dataset.runtime,
        react: window.React?.version,
        reactDom: window.ReactDOM?.version,
        fluent: Array.isArray(fluent) ? fluent.join(", ") : fluent,
    };
}

/** The runtime picker: choosing another loads the page again with `?runtime=<id>` (settings stay in the hash). */
function setUpRuntimePicker(runtimes) {
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

function setStatus(text) {
    $("status").textContent = text;
}

/** Per loaded bundle: how long its script took to run once downloaded (the benchmark's cold start). */
const bundleTimings = {};

function loadScript(src, name) {
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

async function stringsOf(control, lcid) {
    const key = `${control}/${lcid}`;
    if (!stringCache.has(key)) {
        const response = await fetch(`/api/strings/${control}/${lcid}`);
        stringCache.set(key, response.ok ? await response.json() : {});
    }
    return stringCache.get(key);
}

/**
 * The fake Web API of a scenario (the shared Dataverse-like one), logging every call and answering after
 * `latencyMs`. A scenario's `failures` ({ method, entity?, times?, error: { message, status } }) make
 * matching calls fail `times` times (every time when omitted); a failed call is recorded like any other
 * but changes nothing.
 */
function webApiFor(tables, failures = []) {
    const fake = new FakeWebApi(structuredClone(tables)).failWhen(...failures);
    fake.onCall = ({ method, entity, id, options }) => addLog({ kind: "webAPI", method, entity, id, options });
    fake.delay = () => (settings.latencyMs > 0 ? new Promise((resolve) => window.__aops.nativeSetTimeout(resolve, settings.latencyMs)) : undefined);
    return fake;
}

/**
 * A model-driven page's Client API (window.Xrm) with only `WebApi.online.execute`, for scenarios with
 * `clientApi`: "accept" runs a bound action on the fake tables (msdyn_MarkIntegrationJobAsFailedAsync sets
 * the job Failed), "refuse" rejects as Dataverse does without the privilege. Other scenarios have none, as
 * in the test harness and canvas apps. Calls are logged like Web API calls (method "execute").
 */
function installClientApi(mode, fake) {
    if (!mode) {
        delete window.Xrm;
        return;
    }
    const execute = async (request) => {
        const metadata = request.getMetadata();
        const call = {
            method: "execute",
            entity: request.entity?.entityType,
            id: request.entity?.id,
            options: metadata.operationName,
            data: { Error: request.Error },
        };
        fake.calls.push(call);
        addLog({ kind: "webAPI", ...call });
        if (mode === "refuse") throw { errorCode: 2147746336, message: "Principal user is missing prvWritemsdyn_integrationjob privilege." };
        const row = (fake.tables[call.entity] ?? []).find((r) => String(r[`${call.entity}id`]).toLowerCase() === String(call.id).toLowerCase());
        if (row && metadata.operationName === "msdyn_MarkIntegrationJobAsFailedAsync") row.msdyn_status = 192350005;
        return { ok: true, status: 204 };
    };
    window.Xrm = { WebApi: { online: { execute } } };
}

function readSettingsFromForm() {
    const languageId = Number($("language").value);
    return {
        ...settings,
        languageId,
        timeZoneOffsetMinutes: Number($("timezone").value),
        dark: $("dark").checked,
        rtl: RTL_LANGUAGES.has(languageId),
        phone: Number($("phone").value),
        width: Number($("width").value),
        disabled: $("disabled").checked,
        masked: $("masked").checked,
        noWebApi: $("nowebapi").checked,
        latencyMs: Number($("latency").value),
    };
}

function writeSettingsToForm() {
    $("language").value = String(settings.languageId);
    $("timezone").value = String(settings.timeZoneOffsetMinutes);
    $("dark").checked = settings.dark;
    $("phone").value = String(phoneWidth() ?? 0);
    $("width").value = String(settings.width || 0);
    $("disabled").checked = settings.disabled;
    $("masked").checked = settings.masked;
    $("nowebapi").checked = settings.noWebApi;
    $("latency").value = String(settings.latencyMs);
    document.body.classList.toggle("dark", settings.dark);
    // The whole page turns, as a model-driven app does for a right-to-left language.
    document.documentElement.dir = settings.rtl ? "rtl" : "ltr";
    document.documentElement.lang = LOCALES[settings.languageId] ?? "en-US";
    $("stage").style.width = `${stageWidth()}px`;
}

/** The phone's screen width, or undefined on a desktop. */
function phoneWidth() {
    if (!settings.phone) return undefined;
    return settings.phone === true ? PHONE_WIDTH : Number(settings.phone);
}

/** The width the form section (or view) asks for; a narrower window gives less (max-width in the CSS). */
function stageWidth() {
    return phoneWidth() ?? (settings.width || current?.definition.formWidth || DEFAULT_FORM_WIDTH);
}

/** The control box's width as the resize observer last reported it (a host knows it without a layout). */
let observedWidth;

/** What the control's box really measures: the host tells the control this, never a guess. */
function measuredWidth() {
    if (observedWidth !== undefined) return observedWidth;
    return Math.floor(current?.container.getBoundingClientRect().width ?? stageWidth());
}

function writeHash(id) {
    const params = new URLSearchParams({ scenario: id });
    for (const [key, value] of Object.entries(settings)) if (key !== "rtl" && value !== DEFAULT_SETTINGS[key]) params.set(key, String(value));
    history.replaceState(null, "", `#${params}`);
}

function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    const read = { ...DEFAULT_SETTINGS };
    for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
        if (!params.has(key)) continue;
        read[key] = typeof fallback === "boolean" && key !== "phone" ? params.get(key) === "true" : Number(params.get(key));
    }
    read.rtl = RTL_LANGUAGES.has(read.languageId);
    return { id: params.get("scenario"), settings: read };
}

function buildContext(updatedProperties = []) {
    return createContext({
        control: current.definition.control,
        properties: current.properties,
        values: current.values,
        record: current.record,
        strings: current.strings,
        settings: { ...settings, phone: phoneWidth() !== undefined, allocatedWidth: measuredWidth() },
        webAPI: current.webAPI,
        log: addLog,
        requestRender: () => rerender(),
        updatedProperties,
        optionSets: current.definition.optionSets,
        datasets: current.datasets?.snapshots(),
        entityMetadata: current.datasets?.metadata,
        fireEvent: current.grid ? current.grid.receive : undefined,
    });
}

/** updateView with a new context (as the host does on any change) and render; returns timings. */
function rerender(updatedProperties = []) {
    if (!current) return undefined;
    current.context = buildContext(updatedProperties);
    const { view } = current;
    const started = performance.now();
    current.hosted.update(current.context);
    const rendered = performance.now();
    const timings = { updateViewMs: view.viewedAt - started, renderMs: rendered - view.viewedAt };
    current.updates.push(timings);
    return timings;
}

/** Where the host renders a control: ReactDOM into `container`, noting when updateView handed an element. */
function viewIn(container) {
    const view = {
        viewedAt: 0,
        render(element) {
            view.viewedAt = performance.now();
            window.ReactDOM.render(current?.grid ? current.grid.element(element) : element, container);
        },
        unmount() {
            window.ReactDOM.unmountComponentAtNode(container);
            container.remove();
        },
    };
    return view;
}

let FakeGrid;

/**
 * A grid scenario (`grid: true`): the Power Apps grid (scripts/host/powerAppsGrid.ts) over the scenario's
 * view, with the customizer the control hands it through `factory.fireEvent`, drawn beside the element
 * updateView returns (a customizer's own, which is empty), as the grid hosts it.
 */
function gridFor(definition) {
    if (!definition.grid) return undefined;
    FakeGrid ??= createFakeGrid(window.React);
    const grid = {
        colDefs: columnDefinitions(definition.dataset.columns),
        customizer: undefined,
        events: [],
        receive: (name, payload) => {
            grid.events.push(name);
            grid.customizer = payload;
            addLog({ kind: "grid", method: "fireEvent", args: [name] });
        },
        element(controlElement) {
            const data = current.datasets.sets[definition.dataset.name ?? "operations"].snapshot();
            // `gridWithoutCustomizer`: the same grid drawing every cell itself (the benchmark's baseline).
            const props = {
                customizer: definition.gridWithoutCustomizer ? undefined : grid.customizer,
                colDefs: grid.colDefs,
                data,
                locale: LOCALES[settings.languageId] ?? "en-US",
                rtl: settings.rtl,
            };
            return window.React.createElement(window.React.Fragment, null, controlElement, window.React.createElement(FakeGrid, props));
        },
    };
    return grid;
}

/**
 * Times updateView with the value unchanged, as the host calls it after an unrelated change: `batches`
 * runs of `perBatch` calls, each with a fresh context built beforehand. Per call, in milliseconds, one
 * figure per batch: updateView alone, and updateView with ReactDOM.render of what it returned.
 */
function timeSameValueUpdates({ batches = 40, perBatch = 25 } = {}) {
    if (!current) return undefined;
    const updateViewMs = [];
    const withRenderMs = [];
    for (let batch = 0; batch < batches; batch += 1) {
        const contexts = Array.from({ length: perBatch }, () => buildContext());
        let started = performance.now();
        for (const context of contexts) current.control.updateView(context);
        updateViewMs.push((performance.now() - started) / perBatch);
        const again = Array.from({ length: perBatch }, () => buildContext());
        started = performance.now();
        for (const context of again) window.ReactDOM.render(current.control.updateView(context), current.container);
        withRenderMs.push((performance.now() - started) / perBatch);
        current.context = again[again.length - 1];
    }
    return { updateViewMs, withRenderMs };
}

/** destroy() the control and unmount its tree, as the host does when the form closes. */
function teardown() {
    if (!current) return;
    const { hosted, container } = current;
    current = undefined;
    resizes.unobserve(container);
    observedWidth = undefined;
    hosted.destroy();
}

function nextFrame() {
    return new Promise((resolve) => requestAnimationFrame(() => window.__aops.nativeSetTimeout(resolve, 0)));
}

/** A timer this short is work under way (a slice, a focus or layout step), not a refresh interval. */
const SHORT_TIMER_MS = 50;

/**
 * Resolves true once the control is quiet: every Web API call answered, no short timer pending, for two
 * frames in a row; false if that has not happened within `limitMs`. Tests wait for this, never a fixed time.
 */
async function settled(limitMs = 10_000) {
    const started = performance.now();
    let quietFrames = 0;
    while (performance.now() - started < limitMs) {
        await nextFrame();
        const busy =
            (current?.fake.unanswered() ?? 0) > 0 || window.__aops.liveTimers().some((timer) => timer.kind === "timeout" && timer.delay <= SHORT_TIMER_MS);
        quietFrames = busy ? 0 : quietFrames + 1;
        if (quietFrames >= 2) return true;
    }
    return false;
}

/** The host tells a control its new width with updateView("layout"), as a form does when its section resizes. */
const resizes = new ResizeObserver((entries) => {
    const entry = entries.findLast((e) => e.target === current?.container);
    if (!entry) return;
    const box = entry.borderBoxSize?.[0];
    observedWidth = box ? Math.floor(box.inlineSize) : undefined;
    if (current && current.context.mode.allocatedWidth !== measuredWidth()) rerender(["layout"]);
});

/** Shows a scenario (an entry of the fixtures, or one shaped like it). Returns timings. */
async function render(definition, patch = {}) {
    teardown();
    settings = { ...settings, ...patch };
    settings.rtl = RTL_LANGUAGES.has(settings.languageId);
    writeSettingsToForm();
    $("scenario-title").textContent = definition.title ?? definition.id;
    // A new control starts with an empty host log: the list and the calls the page reports.
    clearLog();
    const stage = $("stage");
    const container = document.createElement("div");
    container.className = "control-host";
    container.dataset.control = definition.control;
    container.dataset.scenario = definition.id ?? "";
    stage.replaceChildren(container);
    observedWidth = undefined;
    resizes.observe(container);
    const Control = registry.get(`AsyncOps.${definition.control}`);
    const info = catalog.find((c) => c.name === definition.control);
    if (!Control || !info) {
        const missing = document.createElement("p");
        missing.className = "missing";
        missing.textContent = `${definition.control}: no production bundle is loaded. Run npm run build.`;
        container.append(missing);
        return { missing: true };
    }
    const { parameters, tables, record } = materialize(definition);
    const fake = webApiFor(tables, definition.failures);
    installClientApi(definition.clientApi, fake);
    const strings = await stringsOf(definition.control, settings.languageId);
    const withoutWebApi = settings.noWebApi || definition.noWebApi === true;
    const control = new Control();
    const view = viewIn(container);
    const hosted = hostControl(control, view, { notifyOutputChanged: () => addLog({ kind: "output", outputs: current?.control.getOutputs?.() }) });
    current = {
        definition,
        control,
        hosted,
        view,
        container,
        values: parameters,
        properties: info.properties,
        record,
        strings,
        webAPI: withoutWebApi ? undefined : fake,
        fake,
        /** updateView + render of every update since the scenario showed (the benchmark reads them). */
        updates: [],
        grid: gridFor(definition),
    };
    current.datasets = datasetsFor(definition, fake.tables, { settings, log: addLog, onChange: (name) => rerender([name]) });
    $("stage").style.width = `${stageWidth()}px`;
    current.context = buildContext();
    const started = performance.now();
    hosted.init(current.context);
    const timings = rerender();
    await nextFrame();
    return { ...timings, firstPaintMs: performance.now() - started };
}

async function show(id, patch = {}) {
    const scenario = scenarios.find((s) => s.id === id);
    if (!scenario) throw new Error(`No scenario ${id}`);
    $("scenario").value = id;
    const result = await render(scenario, patch);
    writeHash(id);
    return result;
}

async function applySettings() {
    const next = readSettingsFromForm();
    const changed = Object.keys(next).filter((key) => next[key] !== settings[key]);
    settings = next;
    writeSettingsToForm();
    if (current && changed.every((key) => LIVE_SETTINGS.has(key))) {
        // A new width reaches the control through the resize observer (updateView with "layout").
        $("stage").style.width = `${stageWidth()}px`;
        rerender(changed.includes("masked") ? current.properties.map((p) => p.name) : []);
        writeHash($("scenario").value);
    } else {
        await show($("scenario").value);
    }
}

async function start() {
    // ?frame: the scenario alone, without the settings bar and the host log (the side-by-side page, product.html).
    if (new URLSearchParams(location.search).has("frame")) document.documentElement.classList.add("framed");
    const response = await fetch("/api/controls");
    const info = await response.json();
    catalog = info.controls;
    const loaded = [];
    // ?controls=A,B loads only those bundles (the benchmark's cold start of one control).
    const only = new URLSearchParams(location.search).get("controls")?.split(",");
    for (const control of catalog) {
        if (only && !only.includes(control.name)) continue;
        if (control.built && (await loadScript(`/out/controls/${control.name}/bundle.js?t=${Date.now()}`, control.name))) loaded.push(control.name);
    }
    const missing = catalog.filter((c) => (!only || only.includes(c.name)) && !registry.has(`AsyncOps.${c.name}`)).map((c) => c.name);
    const wrongRuntime = setUpRuntimePicker(info.runtimes);
    setStatus(missing.length ? `Not built: ${missing.join(", ")} (run npm run build)` : wrongRuntime || (info.building ? "Rebuilding…" : ""));

    const picker = $("scenario");
    for (const control of catalog) {
        const group = document.createElement("optgroup");
        group.label = control.name;
        for (const scenario of scenarios.filter((s) => s.control === control.name)) group.append(new Option(scenario.title, scenario.id));
        picker.append(group);
    }
    for (const lcid of info.languages) $("language").append(new Option(`${LOCALES[lcid] ?? lcid} (${lcid})`, String(lcid)));

    const fromHash = readHash();
    settings = fromHash.settings;
    writeSettingsToForm();
    picker.addEventListener("change", () => show(picker.value));
    for (const id of ["language", "timezone", "dark", "phone", "width", "disabled", "masked", "nowebapi", "latency"])
        $(id).addEventListener("change", applySettings);
    $("controls").addEventListener("submit", (event) => event.preventDefault());

    // npm start rebuilds on change and tells the page; reload keeps the scenario and settings (hash).
    if (!navigator.webdriver) {
        const events = new EventSource("/events");
        events.onmessage = (event) => {
            if (event.data === "reload") location.reload();
            else setStatus(event.data);
        };
    }
    await show(fromHash.id && scenarios.some((s) => s.id === fromHash.id) ? fromHash.id : scenarios[0].id);
}

window.gallery = {
    scenarios,
    show,
    render,
    teardown,
    /** updateView again with an unchanged value, as the host does after an unrelated change. */
    update: () => rerender(),
    /** A bound parameter takes a new value (as when the record changes): updateView and render; returns timings. */
    setParameter: (name, value) => {
        if (!current) return undefined;
        current.values = { ...current.values, [name]: value };
        return rerender([name]);
    },
    timeSameValueUpdates,
    settled,
    bundleTimings: () => ({ ...bundleTimings }),
    /** Each update's { updateViewMs, renderMs } since the scenario showed: the control's own work, host work apart. */
    updateTimings: () => (current ? current.updates.map((u) => ({ ...u })) : []),
    /** The width the control was last told (context.mode.allocatedWidth). */
    allocatedWidth: () => current?.context.mode.allocatedWidth,
    /** The platform libraries the page runs: { id, react, reactDom, fluent } (versions as the libraries report them). */
    runtime: loadedRuntime,
    webApiCalls: () => (current ? current.fake.calls.map((c) => ({ method: c.method, entity: c.entity, id: c.id, options: c.options, data: c.data })) : []),
    navigationCalls: () => log.filter((entry) => entry.kind === "navigation").map((entry) => ({ method: entry.method, args: entry.args })),
    datasetCalls: () => current?.datasets?.calls() ?? [],
    /** The events the control fired to the grid (a grid scenario), by name. */
    gridEvents: () => [...(current?.grid?.events ?? [])],
    log,
    get settings() {
        return { ...settings };
    },
    ready: start().catch((error) => {
        setStatus(`Gallery failed to start: ${error?.message ?? error}`);
        throw error;
    }),
};
