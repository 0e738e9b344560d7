// Lint for the controls, shared core, tests and scripts. pcf-scripts also runs this during its build.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import promise from "eslint-plugin-promise";
import powerApps from "@microsoft/eslint-plugin-power-apps";
import globals from "globals";

export default tseslint.config(
    {
        ignores: ["node_modules/**", "out/**", "**/generated/**", "Solutions/bin/**", "Solutions/obj/**", "test-results/**", "bench/results/**", "coverage/**"],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ["**/*.{ts,tsx}"],
        plugins: { react, promise, "@microsoft/power-apps": powerApps },
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
            ...promise.configs.recommended.rules,
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
            "no-restricted-syntax": [
                "error",
                { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Data must render as text, never as markup." },
            ],
        },
    },
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
        files: ["test/browser/**/*.{js,mjs}", "scripts/gallery/**/*.{js,mjs}"],
        languageOptions: { globals: { ...globals.node, ...globals.browser } },
    },
);
