// The runtime a browser test file runs on (GALLERY_RUNTIME; scripts/test.mjs runs each file once per
// runtime) and the test that proves the page really runs it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { testRuntime } from "../../scripts/gallery/galleryPage.mjs";

export const runtime = testRuntime();

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
