/* global window -- page.evaluate callbacks run in the browser */
// Cold start of each control, as a form opening shows it: a fresh page that loads only that control's
// production bundle (the gallery's `controls` parameter), then its first scenario. Script evaluation is
// the time from the bundle's download ending to its script having run (resource timing); then init, the
// first updateView and the first paint, as the gallery's render() times them. Each control gets its own
// page, so no code of it has run before (nothing is compiled or cached in the page).

/** [{ control, scenario, evaluateMs, firstPaintMs, coldStartMs }] for each control, median of `samples` pages. */
export async function measureColdStarts(browser, url, controls, { samples = 3, runtime } = {}) {
    const results = [];
    for (const control of controls) {
        const runs = [];
        for (let sample = 0; sample < samples; sample += 1) {
            const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
            try {
                const query = new URLSearchParams({ controls: control, ...(runtime ? { runtime } : {}) });
                await page.goto(`${url}?${query}`);
                await page.evaluate(() => window.gallery.ready);
                runs.push(
                    await page.evaluate(async (name) => {
                        const evaluateMs = window.gallery.bundleTimings()[name]?.evaluateMs ?? null;
                        const scenario = window.gallery.scenarios.find((s) => s.control === name);
                        const started = performance.now();
                        const timings = await window.gallery.render(scenario, { width: 600, languageId: 1033, dark: false, phone: false });
                        return { scenario: scenario.id, evaluateMs, firstPaintMs: timings.firstPaintMs ?? performance.now() - started };
                    }, control),
                );
            } finally {
                await page.close();
            }
        }
        const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
        const evaluateMs = runs.every((r) => r.evaluateMs !== null) ? median(runs.map((r) => r.evaluateMs)) : null;
        const firstPaintMs = median(runs.map((r) => r.firstPaintMs));
        results.push({
            control,
            scenario: runs[0].scenario,
            evaluateMs,
            firstPaintMs,
            coldStartMs: median(runs.map((r) => (r.evaluateMs ?? 0) + r.firstPaintMs)),
        });
    }
    return results;
}
