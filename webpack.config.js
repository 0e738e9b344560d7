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

// ASYNCOPS_SOURCE_MAP=1 (npm run bench) writes bundle.js.map beside each bundle, without a reference in
// bundle.js (its bytes stay those of any build): the benchmark reads it to say where the bytes come from.
// The solution zips take the manifest's files only, never a map.
module.exports = {
    ...(process.env.ASYNCOPS_TRANSPILE_ONLY === "1" ? { plugins: [new TranspileOnly()] } : {}),
    ...(process.env.ASYNCOPS_SOURCE_MAP === "1" ? { devtool: "hidden-source-map" } : {}),
};
