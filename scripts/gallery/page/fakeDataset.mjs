// The data sets of a dataset control's scenario (a view or subgrid), for the gallery's fake host: the
// same FakeDataset the jest tests use (scripts/host/dataset.ts, served as /host/dataset.js), over the
// rows of the scenario's fake Web API, so a cancel written through the Web API shows after the next load.
// A scenario describes one with `dataset: { name?, entity, columns, optionSets?, pageSize?, steps?,
// totalUnknown?, startLoading?, emptyUntilRefresh?, emptiedWhileLoading?, withoutFormattedValues? }`; `steps`
// are the changes each refresh finds (live changes); the last three are hosts as public threads report them.
import { FakeDataset } from "/host/dataset.js";
import { OPTION_SETS } from "/fixtures/options.mjs";

/** The option sets of the status columns a board shows; a scenario's own `optionSets` come first. */
export const BOARD_OPTION_SETS = { backgroundoperationstatuscode: OPTION_SETS.backgroundoperationstatuscode, msdyn_status: OPTION_SETS.msdyn_status };

/**
 * @param {object} definition the scenario
 * @param {Record<string, object[]>} tables the fake Web API's tables (shared rows)
 * @param {{ settings: object, log: (entry: object) => void, onChange: (name: string) => void }} host
 * @returns {{ snapshots(): Record<string, object>, calls(): object[], sets: Record<string, FakeDataset>, metadata: object | undefined } | undefined}
 */
export function datasetsFor(definition, tables, { settings, log, onChange }) {
    const spec = definition.dataset;
    if (!spec) return undefined;
    const name = spec.name ?? "operations";
    const optionSets = { ...BOARD_OPTION_SETS, ...definition.optionSets, ...spec.optionSets };
    const dataset = new FakeDataset({
        entityName: spec.entity,
        rows: (tables[spec.entity] ??= []),
        columns: spec.columns,
        optionSets,
        // Formatted option values come in the user's language, as a real host gives them.
        languageId: settings.languageId,
        pageSize: spec.pageSize,
        steps: spec.steps,
        totalUnknown: spec.totalUnknown,
        startLoading: spec.startLoading,
        emptyUntilRefresh: spec.emptyUntilRefresh,
        emptiedWhileLoading: spec.emptiedWhileLoading,
        withoutFormattedValues: spec.withoutFormattedValues,
        masked: settings.masked === true,
        latencyMs: settings.latencyMs > 0 ? settings.latencyMs : spec.latencyMs,
        // The host's timers are not the control's: the page's instrumentation counts only the control's.
        schedule: (handler, ms) => window.__aops.nativeSetTimeout(handler, ms),
        log: (call) => log({ kind: "dataset", method: call.method, args: call.args }),
        onChange: () => onChange(name),
    });
    const sets = { [name]: dataset };
    return {
        sets,
        // What the host's getEntityMetadata knows of the view's table: its option sets.
        metadata: { [spec.entity]: { columns: optionSets } },
        snapshots: () => Object.fromEntries(Object.entries(sets).map(([key, set]) => [key, set.snapshot()])),
        calls: () => Object.values(sets).flatMap((set) => set.calls.map((call) => ({ method: call.method, args: structuredClone(call.args) }))),
    };
}
