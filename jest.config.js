/** Unit, component and lifecycle tests (jsdom). Browser tests run separately against the built bundles. */
module.exports = {
    testEnvironment: "jsdom",
    roots: ["<rootDir>/test"],
    testMatch: ["**/*.test.ts", "**/*.test.tsx"],
    testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
    transform: {
        "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }],
    },
    moduleNameMapper: {
        // Source imports Fluent's ES module paths (what the host's platform library exposes); jest wants CommonJS.
        "^@fluentui/react/lib/(.*)$": "<rootDir>/node_modules/@fluentui/react/lib-commonjs/$1",
        // Fluent 8.29's CommonJS build deep-imports paths that this package's exports map blocks.
        "^@fluentui/date-time-utilities/lib-commonjs/(.*)$": "<rootDir>/node_modules/@fluentui/date-time-utilities/lib-commonjs/$1",
    },
    setupFilesAfterEnv: ["<rootDir>/test/host/setup.ts"],
    clearMocks: true,
    // Component tests render Fluent in jsdom: on a loaded 2-core machine a test can take several seconds.
    testTimeout: 30_000,
};
