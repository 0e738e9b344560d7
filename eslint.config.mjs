// Lint for the controls, shared core, tests and scripts. `npm run build` runs it with --max-warnings 0.
// Formatting is Prettier's (npm run format); none of the rule sets below holds a stylistic rule, so the two
// never disagree (eslint-config-prettier would only switch off no-unexpected-multiline here).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import promise from "eslint-plugin-promise";
import powerApps from "@microsoft/eslint-plugin-power-apps";
import { builtinRules } from "eslint/use-at-your-own-risk";
import globals from "globals";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { controlsIn } from "./scripts/lib/controls.mjs";

// ─── Fences ──────────────────────────────────────────────────────────────────────────────────────────────
// Each control (every folder with a ControlManifest.Input.xml) has the same rooms:
//   index.ts     the PCF lifecycle
//   sources/     everything that does I/O (Web API, navigation) or outlives one updateView (timers, loops)
//   model/       pure functions from values to a view model: no React, no host, no timers, no context
//   components/  the React views
// common/ mirrors them (common/sources, common/host, common/model, common/components) and belongs to no
// control. Each fence is its own rule under the local "fence/" prefix, so fences never override each other
// and a message names the fence that was crossed.
const ROOT = fileURLToPath(new URL(".", import.meta.url));
const CONTROLS = controlsIn(ROOT);
const PRODUCT = [...CONTROLS.map((control) => `${control}/**/*.{ts,tsx}`), "common/**/*.{ts,tsx}"];
const MODEL = [...CONTROLS.map((control) => `${control}/model/**/*.{ts,tsx}`), "common/model/**/*.{ts,tsx}"];
const MAY_CALL_HOST = [...CONTROLS.map((control) => `${control}/sources/**`), "common/sources/**", "common/host/**"];

/**
 * Files that may still cross a fence while they move to their room: exact paths, each with the fences it
 * may cross and why, e.g.
 *     "IntegrationJobProgress/model/packetReader.ts": ["host-calls", "model-globals"], // reads the packets; moves to sources/
 * Fences: "host-calls", "model-imports", "model-globals". Remove a line when its file has moved; keep the
 * list short and empty it. (Empty today: every control and common/ are in their rooms.)
 */
/** @type {Record<string, string[]>} */
const TEMPORARY_FENCE_EXEMPTIONS = {};
// A file that has moved must leave the list too (a copy of the project without its folder is fine).
for (const file of Object.keys(TEMPORARY_FENCE_EXEMPTIONS)) {
    if (existsSync(join(ROOT, file.split("/")[0])) && !existsSync(join(ROOT, file))) {
        throw new Error(`eslint.config.mjs: TEMPORARY_FENCE_EXEMPTIONS names ${file}, which no longer exists: remove its line.`);
    }
}
const exemptFrom = (fence) => Object.keys(TEMPORARY_FENCE_EXEMPTIONS).filter((file) => TEMPORARY_FENCE_EXEMPTIONS[file].includes(fence));

const HOST_CALLS = [
    "retrieveRecord",
    "retrieveMultipleRecords",
    "updateRecord",
    "createRecord",
    "deleteRecord",
    "execute",
    "openForm",
    "openConfirmDialog",
    "openAlertDialog",
    "openErrorDialog",
    "openFile",
    "openUrl",
    "openWebResource",
    "openDatasetItem",
];
const HOST_CALL = `/^(${HOST_CALLS.join("|")})$/`;
const TIMERS = ["setTimeout", "setInterval", "requestAnimationFrame", "requestIdleCallback", "queueMicrotask", "MessageChannel"];
const otherFolders = (names) => `(^|/)(${names.join("|")})(/|$)`;

const fence = {
    // The core rules again under the names of the fences they enforce (same behaviour, separate settings).
    rules: {
        "model-imports": builtinRules.get("no-restricted-imports"),
        "model-globals": builtinRules.get("no-restricted-globals"),
        "model-syntax": builtinRules.get("no-restricted-syntax"),
        "host-calls": builtinRules.get("no-restricted-syntax"),
        folders: builtinRules.get("no-restricted-imports"),
    },
};

const fences = [
    {
        name: "fence: only sources/ and common/host call the Web API or navigation",
        files: PRODUCT,
        ignores: [...MAY_CALL_HOST, ...exemptFrom("host-calls")],
        plugins: { fence },
        rules: {
            "fence/host-calls": [
                "error",
                {
                    selector: `CallExpression[callee.property.name=${HOST_CALL}]`,
                    message: "Web API and navigation calls belong in a sources/ folder (or common/host).",
                },
                {
                    selector: `CallExpression[callee.property.value=${HOST_CALL}]`,
                    message: "Web API and navigation calls belong in a sources/ folder (or common/host).",
                },
            ],
        },
    },
    {
        name: "fence: model/ imports no React, Fluent, host, sources or components",
        files: MODEL,
        ignores: exemptFrom("model-imports"),
        plugins: { fence },
        rules: {
            "fence/model-imports": [
                "error",
                {
                    patterns: [
                        { regex: "^(react|react-dom)(/|$)", message: "model/ is pure: no React (views go in components/)." },
                        { regex: "^@fluentui/", message: "model/ is pure: no Fluent (views go in components/)." },
                        { regex: "(^|/)(sources|components|host)(/|$)", message: "model/ is pure: it imports only model code (and its own generated types)." },
                    ],
                },
            ],
        },
    },
    {
        name: "fence: model/ uses no timers, window, document or the PCF context",
        files: MODEL,
        ignores: exemptFrom("model-globals"),
        plugins: { fence },
        rules: {
            "fence/model-globals": [
                "error",
                ...TIMERS.map((name) => ({ name, message: "model/ is pure: timers belong in a sources/ folder." })),
                ...["window", "document", "globalThis", "self"].map((name) => ({
                    name,
                    message: "model/ is pure: browser access belongs in sources/ or components/.",
                })),
            ],
            "fence/model-syntax": [
                "error",
                { selector: "Identifier[name='context']", message: "model/ is pure: pass values from the PCF context, not the context." },
                {
                    selector: "TSQualifiedName[left.name='ComponentFramework'][right.name=/^(Context|WebApi|Navigation)$/]",
                    message: "model/ is pure: no PCF context, Web API or navigation.",
                },
            ],
        },
    },
    {
        name: "fence: common/ belongs to no control",
        files: ["common/**/*.{ts,tsx}"],
        plugins: { fence },
        rules: {
            "fence/folders": ["error", { patterns: [{ regex: otherFolders(CONTROLS), message: "common/ must not import a control." }] }],
        },
    },
    ...(CONTROLS.length < 2 ? [] : CONTROLS).map((control) => ({
        name: `fence: ${control} imports no other control`,
        files: [`${control}/**/*.{ts,tsx}`],
        plugins: { fence },
        rules: {
            "fence/folders": [
                "error",
                {
                    patterns: [
                        { regex: otherFolders(CONTROLS.filter((other) => other !== control)), message: "A control imports only its own files and common/." },
                    ],
                },
            ],
        },
    })),
];

export default tseslint.config(
    {
        ignores: ["node_modules/**", "out/**", "**/generated/**", "Solutions/bin/**", "Solutions/obj/**", "test-results/**", "bench/results/**", "coverage/**"],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ["**/*.{ts,tsx}"],
        plugins: { react, "react-hooks": reactHooks, promise, "@microsoft/power-apps": powerApps },
        languageOptions: {
            globals: { ...globals.browser, ComponentFramework: "readonly" },
            parserOptions: { ecmaFeatures: { jsx: true } },
        },
        settings: { react: { version: "16.14" } },
        rules: {
            ...powerApps.configs.paCheckerHosted.rules,
            "@microsoft/power-apps/avoid-loadtheme": "error",
            ...react.configs.recommended.rules,
            "react/prop-types": "off",
            "react/display-name": "off",
            "react-hooks/rules-of-hooks": "error",
            "react-hooks/exhaustive-deps": "error",
            ...promise.configs.recommended.rules,
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
            "no-restricted-syntax": [
                "error",
                { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Data must render as text, never as markup." },
            ],
            "no-restricted-imports": [
                "error",
                {
                    paths: [
                        {
                            name: "@fluentui/react/lib/Theme",
                            importNames: ["useTheme"],
                            message:
                                "Use useControlTheme (common/components/useControlTheme.ts): Fluent's useTheme subscribes every component to the global customizations.",
                        },
                    ],
                },
            ],
        },
    },
    ...fences,
    {
        files: ["test/**/*.{ts,tsx}"],
        languageOptions: { globals: { ...globals.jest, ...globals.node } },
        rules: { "@typescript-eslint/no-non-null-assertion": "off" },
    },
    {
        files: ["**/*.{js,mjs,cjs}"],
        languageOptions: { globals: { ...globals.node } },
    },
    {
        // pcf-scripts require()s its webpack customization, so that file is CommonJS.
        files: ["webpack.config.js"],
        languageOptions: { sourceType: "commonjs" },
        rules: { "@typescript-eslint/no-require-imports": "off" },
    },
    {
        files: ["test/browser/**/*.{js,mjs}", "scripts/gallery/**/*.{js,mjs}"],
        languageOptions: { globals: { ...globals.node, ...globals.browser } },
    },
);
