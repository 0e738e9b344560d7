// The runtime a browser test file runs on (GALLERY_RUNTIME; scripts/test.mjs runs each file once per
// runtime) and the test that proves the page really runs it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { testRuntime } from "../../scripts/gallery/galleryPage.mjs";
import { DEFAULT_RUNTIME } from "../../scripts/gallery/runtimes.mjs";

export const runtime = testRuntime();

/**
 * Whether this run sweeps every host state (light, dark, Arabic, two phones, with screenshots) and reads the
 * largest values: on the default runtime, or on any with GALLERY_SWEEPS=all. Another runtime runs the runtime
 * proof, every scenario once, dark Arabic and a phone per control, and the interactions (docs/testing.md).
 */
export const sweepsHere = runtime.id === DEFAULT_RUNTIME || process.env.GALLERY_SWEEPS === "all";

/** The `skip` option of a test that only runs where the sweeps do. */
export const onlyWithSweeps = sweepsHere ? false : `sweeps and the largest values run on ${DEFAULT_RUNTIME} (GALLERY_SWEEPS=all runs them here)`;

/**
 * Registers a test "runtime <React + Fluent>: …" that asks the page which React, ReactDOM and Fluent it
 * loaded, that the bundles' globals (webpack externals) are those libraries, and that the control on
 * screen was rendered by that React (React 17 marks its DOM nodes `__reactFiber$…`, React 16
 * `__reactInternalInstance$…`).
 */
export function testTheRuntime(galleryOf, scenarioId) {
    test(`runtime ${runtime.short}: the page and the control's bundle run it`, async () => {
        const { page } = galleryOf();
        await page.evaluate((id) => window.gallery.show(id), scenarioId);
        const loaded = await page.evaluate(() => {
            const node = document.querySelector("#stage .control-host *");
            const marks = node ? Object.keys(node).filter((key) => key.startsWith("__react")) : [];
            return {
                ...window.gallery.runtime(),
                reactGlobal: window.Reactv16 === window.React,
                fluentGlobals: window.FluentUIReactv8290 === window.FluentUIReact && window.FluentUIReactv81211 === window.FluentUIReact,
                marks: marks.map((key) => key.replace(/\$.*/, "$")),
            };
        });
        assert.equal(loaded.id, runtime.id);
        assert.equal(loaded.react, runtime.react, "React.version");
        assert.equal(loaded.reactDom, runtime.react, "ReactDOM.version");
        assert.equal(loaded.fluent, runtime.fluent, "the Fluent version the page registered");
        assert.ok(loaded.reactGlobal, "the bundles' React (Reactv16) is the page's React");
        assert.ok(loaded.fluentGlobals, "the bundles' Fluent (FluentUIReactv8290, FluentUIReactv81211) is the page's Fluent");
        const mark = runtime.react.startsWith("16.") ? "__reactInternalInstance$" : "__reactFiber$";
        assert.ok(
            loaded.marks.includes(mark),
            `the control was rendered by React ${runtime.react} (its nodes carry ${loaded.marks.join(", ") || "no React mark"})`,
        );
    });
}
