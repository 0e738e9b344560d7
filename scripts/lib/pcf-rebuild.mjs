// `pcf-scripts rebuild --buildMode production --skipBuildLinting true` (our ESLint step runs beside it), minus
// pcf-scripts' "Validating control": it builds a TypeScript program of each index.ts with every @types
// package and Fluent's typings, a third of the bundling time, to check what scripts/lib/entryPoint.mjs
// checks on the syntax alone before this runs. The task list is pcf-scripts' own; this relies on its
// internal modules, so it is pinned to the version it was written against: with any other version it runs
// the stock command, check included.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const WRITTEN_FOR = "1.51.1";
const ARGS = ["rebuild", "--buildMode", "production", "--skipBuildLinting", "true"];

if (require("pcf-scripts/package.json").version !== WRITTEN_FOR) {
    console.log(`pcf-scripts is not ${WRITTEN_FOR}: running the stock \`pcf-scripts ${ARGS.join(" ")}\`.`);
    process.argv = [process.argv[0], require.resolve("pcf-scripts/bin/pcf-scripts.js"), ...ARGS];
    require("pcf-scripts/bin/pcf-scripts.js");
} else {
    const { TaskRunner } = require("pcf-scripts/taskRunner");
    const { standardTaskGroups } = require("pcf-scripts/taskGroup");
    const { ValidateSourceTask } = require("pcf-scripts/tasks/validateTask");
    const { getBuildConfig } = require("pcf-scripts/buildConfig");
    const stock = standardTaskGroups.rebuild.default;
    const tasks = stock.filter((task) => !(task instanceof ValidateSourceTask));
    if (tasks.length !== stock.length - 1) throw new Error("pcf-scripts' rebuild tasks are not the expected ones.");
    // The arguments as pcf-scripts' own command line hands them over (yargs).
    const args = { _: ["rebuild"], buildMode: "production", skipBuildLinting: true };
    await new TaskRunner(args, getBuildConfig()).run({ rebuild: { default: tasks } });
}
