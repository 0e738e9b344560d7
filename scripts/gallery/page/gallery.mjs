// The gallery page: loads the production bundles, lets a maker pick a scenario and host settings, and
// runs the chosen control the way a form does (init → updateView → ReactDOM.render, destroy + unmount on
// switch). `window.gallery` is the handle the browser tests and the benchmark drive.
import { scenarios } from "/fixtures/scenarios.mjs";
import { materialize } from "/fixtures/materialize.mjs";
import { hostControl } from "/host/lifecycle.js";
import { createContext, LOCALES } from "/page/fakeHost.mjs";
import { datasetsFor } from "/page/fakeDataset.mjs";
import { columnDefinitions, createFakeGrid } from "/host/powerAppsGrid.js";
import { addLog, clearLog, log } from "/page/hostLog.mjs";
import { installClientApi, webApiFor } from "/page/clientApi.mjs";
import { nextFrame, settled } from "/page/quiet.mjs";
import { DEFAULT_SETTINGS, LIVE_SETTINGS, readHash, RTL_LANGUAGES, writeHash } from "/page/settings.mjs";
import { bundleTimings, loadedRuntime, loadScript, setUpRuntimePicker } from "/page/runtime.mjs";

const $ = (id) => document.getElementById(id);
const registry = new Map();
const stringCache = new Map();
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
function setStatus(text) {
    $("status").textContent = text;
}

async function stringsOf(control, lcid) {
    const key = `${control}/${lcid}`;
    if (!stringCache.has(key)) {
        const response = await fetch(`/api/strings/${control}/${lcid}`);
        stringCache.set(key, response.ok ? await response.json() : {});
    }
    return stringCache.get(key);
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
    const fake = webApiFor(tables, definition.failures, () => settings.latencyMs);
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
    writeHash(id, settings);
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
        writeHash($("scenario").value, settings);
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
    settled: (limitMs) => settled(() => current?.fake.unanswered() ?? 0, limitMs),
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
