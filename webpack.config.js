const path = require("node:path");
const webpack = require("webpack");

// pcf-scripts merges this into its webpack configuration (featureconfig.json switches that on).
// `npm run build` type-checks every control, common/ and the tests once with tsc, so it asks pcf-scripts'
// ts-loader to only transpile (ASYNCOPS_TRANSPILE_ONLY=1) instead of type-checking the whole project again
// for each control. The bundles are the same bytes; tsc runs with --isolatedModules so that transpiling
// file by file stays equivalent. Any other pcf-scripts run (npm run harness, a build by hand) keeps
// ts-loader's own type-check.
class TranspileOnly {
    apply(compiler) {
        for (const rule of compiler.options.module.rules) {
            for (const use of Array.isArray(rule.use) ? rule.use : []) {
                if (use && typeof use === "object" && /[\\/]ts-loader[\\/]/.test(use.loader)) use.options = { ...use.options, transpileOnly: true };
            }
        }
    }
}

// Every `import … from "react"` but the bindings module's own goes to common/components/reactBindings.ts
// (why: see that file), so the bindings module alone reaches the platform's React. pcf-scripts declares React
// an external for every importer; webpack looks for externals before it resolves a request, so the plugin
// makes "react" external for the bindings module only and sends every other importer's "react" there. A
// React export the bindings module lacks fails the build instead of being undefined (exportsPresence).
const REACT_BINDINGS = path.resolve(__dirname, "common/components/reactBindings.ts");
class ReactThroughBindings {
    apply(compiler) {
        const externals = compiler.options.externals;
        const platform = Array.isArray(externals)
            ? externals.find((entry) => entry && typeof entry === "object" && typeof entry.react === "string")
            : undefined;
        if (!platform) throw new Error("webpack.config.js: pcf-scripts no longer declares React as an external object entry; update ReactThroughBindings.");
        const reactGlobal = platform.react;
        delete platform.react;
        externals.unshift(({ request, contextInfo }, callback) =>
            request === "react" && contextInfo.issuer === REACT_BINDINGS ? callback(null, reactGlobal) : callback(),
        );
        new webpack.NormalModuleReplacementPlugin(/^react$/, (resolveData) => {
            if (resolveData.contextInfo.issuer !== REACT_BINDINGS) resolveData.request = REACT_BINDINGS;
        }).apply(compiler);
    }
}

// ASYNCOPS_SOURCE_MAP=1 (npm run bench) writes bundle.js.map beside each bundle, without a reference in
// bundle.js (its bytes stay those of any build): the benchmark reads it to say where the bytes come from.
// The solution zips take the manifest's files only, never a map.
module.exports = {
    plugins: [new ReactThroughBindings(), ...(process.env.ASYNCOPS_TRANSPILE_ONLY === "1" ? [new TranspileOnly()] : [])],
    module: { parser: { javascript: { exportsPresence: "error" } } },
    ...(process.env.ASYNCOPS_SOURCE_MAP === "1" ? { devtool: "hidden-source-map" } : {}),
};
