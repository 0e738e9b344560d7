import { MAX_DEPENDENCY_CHARS, parseDependencies } from "../../../StagedDependencyViewer/model/parseDependencies";
import { parseDependenciesInChunks } from "../../../StagedDependencyViewer/model/scanDependencies";
import type { SliceScheduler as ChunkScheduler } from "../../../common/model/slices";
import type { Dependency, DependencyList } from "../../../StagedDependencyViewer/model/dependencyEntries";

const G1 = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
const G2 = "{8A4B1C2D-0E0F-4A1B-9C2D-3E4F5A6B7C8D}";

function entries(list: DependencyList): Dependency[] {
    if (list.kind !== "list") throw new Error(`expected a list, got ${list.kind}`);
    return Array.from({ length: list.entries.length }, (_, i) => list.entries.at(i));
}

const dep = (patch: Partial<Dependency>): Dependency => ({ id: "", name: "", type: "", typeCode: undefined, parent: "", ...patch });

describe("parseDependencies: what the column can hold", () => {
    it("says there is nothing for null, empty and blank values, [] and {}", () => {
        for (const text of [null, undefined, "", "   \n ", "[]", "{}", '{"dependencies":[]}', "null", '[null, "", "  "]']) {
            expect(parseDependencies(text).kind).toBe("empty");
        }
    });

    it("reads a JSON array of strings, telling GUIDs from names", () => {
        const list = parseDependencies(`["account", "${G1}", " contact ", "${G2}"]`);
        expect(list.kind === "list" && list.format).toBe("jsonStrings");
        expect(entries(list)).toEqual([dep({ name: "account" }), dep({ id: G1 }), dep({ name: "contact" }), dep({ id: G2 })]);
    });

    it("reads a JSON array of objects, matching id, name, type and parent keys case-insensitively", () => {
        const list = parseDependencies(
            JSON.stringify([
                { ObjectId: G1, SchemaName: "new_Project", ComponentType: 1 },
                { componentid: "c-2", LogicalName: "new_budget", Type: "Attribute", ENTITY: "new_project" },
                { MetadataId: G2, displayName: "Status", componentType: "9", parentName: "new_project" },
                { id: "x", name: "y", type: "Gizmo", parent: "z" },
            ]),
        );
        expect(list.kind === "list" && list.format).toBe("jsonObjects");
        expect(entries(list)).toEqual([
            dep({ id: G1, name: "new_Project", typeCode: 1 }),
            dep({ id: "c-2", name: "new_budget", typeCode: 2, parent: "new_project" }),
            dep({ id: G2, name: "Status", typeCode: 9, parent: "new_project" }),
            dep({ id: "x", name: "y", type: "Gizmo", parent: "z" }),
        ]);
    });

    it("takes labels and option values out of nested Dataverse-style objects", () => {
        const list = parseDependencies(
            JSON.stringify([{ MetadataId: G1, DisplayName: { UserLocalizedLabel: { Label: "Project" } }, ComponentType: { Value: 1, Label: "Entity" } }]),
        );
        expect(entries(list)).toEqual([dep({ id: G1, name: "Project", typeCode: 1 })]);
    });

    it("finds the list inside a wrapping object, at the top or nested", () => {
        const wrapped = parseDependencies(JSON.stringify({ count: 2, Dependencies: [{ name: "a" }, { name: "b" }] }));
        expect(wrapped.kind === "list" && wrapped.format).toBe("jsonWrapped");
        expect(entries(wrapped).map((d) => d.name)).toEqual(["a", "b"]);
        const nested = parseDependencies(JSON.stringify({ result: { page: { items: ["x", "y", "z"] } } }));
        expect(entries(nested).map((d) => d.name)).toEqual(["x", "y", "z"]);
        const single = parseDependencies(JSON.stringify({ id: G1, name: "only" }));
        expect(entries(single)).toEqual([dep({ id: G1, name: "only" })]);
    });

    it("flattens nested arrays and reads double-encoded JSON", () => {
        expect(entries(parseDependencies('[["a","b"],["c"],"d"]')).map((d) => d.name)).toEqual(["a", "b", "c", "d"]);
        expect(entries(parseDependencies(JSON.stringify(JSON.stringify(["a", "b"])))).map((d) => d.name)).toEqual(["a", "b"]);
    });

    it("reads delimited text of GUIDs or names: commas, semicolons, new lines, pipes", () => {
        const list = parseDependencies(`account, contact;lead\r\n${G1}|  opportunity  \n\n`);
        expect(list.kind === "list" && list.format).toBe("delimited");
        expect(entries(list)).toEqual([
            dep({ name: "account" }),
            dep({ name: "contact" }),
            dep({ name: "lead" }),
            dep({ id: G1 }),
            dep({ name: "opportunity" }),
        ]);
        expect(entries(parseDependencies(`"a;b"`)).map((d) => d.name)).toEqual(["a", "b"]);
    });

    it("gives prose and unknown JSON back as raw text with a reason, never an error", () => {
        const prose = "The staged operation is waiting for the solution import to finish before it can process anything else at all.";
        expect(parseDependencies(prose)).toEqual({ kind: "raw", text: prose, reason: "unrecognized" });
        expect(parseDependencies('{"status":"pending"}')).toEqual({ kind: "raw", text: '{"status":"pending"}', reason: "unrecognized" });
        expect(parseDependencies('[{"a":1},, ]')).toEqual({ kind: "raw", text: '[{"a":1},, ]', reason: "malformed" });
        expect(parseDependencies("{not json")).toMatchObject({ kind: "raw", reason: "malformed" });
        expect(parseDependencies("x".repeat(300))).toMatchObject({ kind: "raw", reason: "unrecognized" });
    });

    it("keeps the complete entries of a truncated JSON array and says it was cut", () => {
        const full = JSON.stringify([
            { id: G1, name: "a, b" },
            { id: "2", name: "c" },
            { id: "3", name: "d" },
        ]);
        const list = parseDependencies(full.slice(0, full.length - 8));
        expect(list.kind === "list" && list.truncated).toBe(true);
        expect(entries(list).map((d) => d.id)).toEqual([G1, "2"]);
        expect(parseDependencies('["a","b","c')).toMatchObject({ kind: "list", truncated: true });
    });

    it("keeps duplicated entries (the list counts them separately)", () => {
        expect(entries(parseDependencies('["a","a","b"]')).map((d) => d.name)).toEqual(["a", "a", "b"]);
    });

    it("carries hostile text as data: HTML, control characters, very long names", () => {
        const html = '<img src=x onerror="alert(1)"><b>bold</b>';
        const long = "n".repeat(50_000);
        const list = parseDependencies(JSON.stringify([{ name: html }, { name: "a\u0000b\u202Ec" }, { name: long }]));
        const [first, second, third] = entries(list);
        expect(first.name).toBe(html);
        expect(second.name).toBe("a\u0000b\u202Ec");
        // Fields are capped so one entry cannot hold the whole value.
        expect(third.name.length).toBe(2_000);
    });

    it("refuses values beyond the limit without reading them", () => {
        const huge = " ".repeat(MAX_DEPENDENCY_CHARS + 1);
        expect(parseDependencies(huge)).toEqual({ kind: "tooLarge", length: MAX_DEPENDENCY_CHARS + 1 });
    });

    it("reads a 100,000-entry list", () => {
        const source = Array.from({ length: 100_000 }, (_, i) => ({
            objectid: `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`,
            name: `n${i}`,
            componenttype: (i % 3) + 1,
        }));
        const list = parseDependencies(JSON.stringify(source));
        expect(list.kind === "list" && list.entries.length).toBe(100_000);
        expect(list.kind === "list" && list.entries.at(99_999)).toEqual(dep({ id: "00000000-0000-0000-0000-000000099999", name: "n99999", typeCode: 1 }));
    });
});

/** Runs scheduled slices only when the test says so. */
class ManualScheduler implements ChunkScheduler {
    queue: (() => void)[] = [];
    schedule(next: () => void): unknown {
        this.queue.push(next);
        return next;
    }
    cancel(handle: unknown): void {
        this.queue = this.queue.filter((job) => job !== handle);
    }
    runOne(): boolean {
        const next = this.queue.shift();
        next?.();
        return next !== undefined;
    }
    runAll(): number {
        let slices = 0;
        while (this.runOne()) slices++;
        return slices;
    }
}

describe("parseDependenciesInChunks: large values without freezing", () => {
    const objects = Array.from({ length: 2_000 }, (_, i) => ({ id: `id-${i}`, Name: `name, "${i}"`, ComponentType: i % 2 === 0 ? 1 : "Attribute" }));
    const json = JSON.stringify(objects);

    async function chunked(text: string, sliceChars = 5_000, segmentChars = 3_000) {
        const scheduler = new ManualScheduler();
        const progress: number[] = [];
        const job = parseDependenciesInChunks(text, { scheduler, sliceChars, segmentChars, onProgress: (f) => progress.push(f) });
        const slices = scheduler.runAll();
        return { list: await job.result, slices, progress };
    }

    it("reads a JSON array in many slices with rising progress, equal to the one-shot reading", async () => {
        const { list, slices, progress } = await chunked(json);
        expect(slices).toBeGreaterThan(10);
        expect(progress.length).toBeGreaterThan(10);
        expect([...progress].sort((a, b) => a - b)).toEqual(progress);
        expect(progress[progress.length - 1]).toBe(1);
        expect(entries(list)).toEqual(entries(parseDependencies(json)));
    });

    it("reads the list inside a wrapping object, and delimited text, in slices", async () => {
        const wrapped = JSON.stringify({ meta: { note: "[not this]" }, dependencies: objects });
        expect(entries((await chunked(wrapped)).list)).toEqual(entries(parseDependencies(json)));
        const names = objects.map((o) => o.id).join(";\n");
        const delimited = await chunked(names, 1_000);
        expect(delimited.slices).toBeGreaterThan(10);
        expect(entries(delimited.list).map((d) => d.name)).toEqual(objects.map((o) => o.id));
    });

    it("takes the same list from a wrapping object as the one-shot reading: a preferred key over an earlier array", async () => {
        const shapes = [
            { warnings: ["first array, not the list"], meta: { tags: ["x"] }, unprocessedDependencies: objects, components: [{ name: "later" }] },
            { notes: ["a"], Components: objects },
            { header: { version: 2 }, payload: { other: { values: objects } } },
            { note: 'has [brackets] and "quotes" and {braces}', 'esc"aped': [1], Items: objects },
        ];
        for (const shape of shapes) {
            const text = JSON.stringify(shape);
            const once = parseDependencies(text);
            expect(entries(once)).toHaveLength(objects.length);
            const sliced = (await chunked(text)).list;
            expect(sliced.kind === "list" && sliced.format).toBe(once.kind === "list" && once.format);
            expect(entries(sliced)).toEqual(entries(once));
        }
    });

    it("reads runs whose first boundary found lies inside a string or a nested value as the one-shot reading does", async () => {
        // Names that look like the boundary between two entries, and entries holding lists of their own.
        const tricky = Array.from({ length: 1_500 }, (_, i) => ({
            id: `id-${i}`,
            name: i % 3 === 0 ? `a},{"name":"fake ${i}"}` : i % 3 === 1 ? `q\\"},{\\"x ${i}` : `n${i}`,
            parts: [{ x: i }, { y: [i, "],["] }],
        }));
        const strings = Array.from({ length: 3_000 }, (_, i) => (i % 4 === 0 ? `s", "fake${i}` : `s${i}`));
        const nested = Array.from({ length: 1_500 }, (_, i) => [[`a${i}`], [`b${i}`, "],["]]);
        const mixed = Array.from({ length: 2_000 }, (_, i) => (i % 5 === 0 ? `name_${i}` : { id: `id-${i}`, name: `},{ ${i}` }));
        const texts = [tricky, strings, nested, mixed].flatMap((value) => [JSON.stringify(value), JSON.stringify(value, null, 2)]);
        for (const text of texts) {
            const once = parseDependencies(text);
            const sliced = (await chunked(text)).list;
            expect(sliced.kind).toBe("list");
            expect(entries(sliced)).toEqual(entries(once));
        }
    });

    it("keeps a sliced reading's entries as text: read again run by run in list order, then each from its own characters", async () => {
        const tricky = Array.from({ length: 1_200 }, (_, i) => ({
            id: `id-${i}`,
            name: i % 2 === 0 ? `a},{"name":"fake ${i}"}, \\"x` : `n${i}`,
            parts: [{ x: i }, { y: "],[" }],
            componenttype: (i % 4) + 1,
        }));
        const strings = Array.from({ length: 2_000 }, (_, i) => (i % 3 === 0 ? `s", "fake${i}` : `s${i}`));
        for (const text of [tricky, strings].flatMap((value) => [JSON.stringify(value), JSON.stringify(value, null, 2)])) {
            const once = entries(parseDependencies(text));
            const sliced = (await chunked(text)).list;
            if (sliced.kind !== "list") throw new Error("expected a list");
            const parse = jest.spyOn(JSON, "parse");
            try {
                // A walk in list order (search index, duplicates) parses each run once, not each entry.
                once.forEach((entry, i) => expect(sliced.entries.at(i)).toEqual(entry));
                expect(parse.mock.calls.length).toBeGreaterThan(1);
                expect(parse.mock.calls.length).toBeLessThan(text.length / 2_000);
                parse.mockClear();
                // Then any order (rows of a group, export): each entry from its own text, never its run again.
                const order = Array.from({ length: once.length }, (_, i) => (i * 7_919) % once.length);
                for (const i of order) expect(sliced.entries.at(i)).toEqual(once[i]);
                expect(parse.mock.calls.length).toBeLessThanOrEqual(once.length);
                for (const [source] of parse.mock.calls) expect(String(source).length).toBeLessThan(400);
            } finally {
                parse.mockRestore();
            }
        }
    });

    it("reads a wrapping object without a list in it as the one-shot reading does", async () => {
        for (const text of ["{}", JSON.stringify({ id: "a1", name: "Only one" }), JSON.stringify({ note: "nothing here" })]) {
            expect((await chunked(text, 3)).list).toEqual(parseDependencies(text));
        }
    });

    it("keeps the complete entries of a cut-off array", async () => {
        const { list } = await chunked(json.slice(0, json.length - 20));
        expect(list.kind === "list" && list.truncated).toBe(true);
        expect(list.kind === "list" && list.entries.length).toBe(1_999);
    });

    it("reports malformed JSON as raw text", async () => {
        const broken = json.replace('"id-500"', "id-500");
        expect((await chunked(broken)).list).toMatchObject({ kind: "raw", reason: "malformed" });
    });

    it("stops when cancelled: nothing more is scheduled", () => {
        const scheduler = new ManualScheduler();
        const job = parseDependenciesInChunks(json, { scheduler, sliceChars: 1_000 });
        scheduler.runOne();
        scheduler.runOne();
        job.cancel();
        expect(scheduler.queue).toHaveLength(0);
    });
});

describe("parseDependenciesInChunks: entries handed out as they are read", () => {
    const objects = Array.from({ length: 3_000 }, (_, i) => ({ id: `id-${i}`, name: `component ${i}`, componenttype: (i % 3) + 1 }));
    const json = JSON.stringify(objects);

    function reading(text: string, sliceChars = 5_000) {
        const scheduler = new ManualScheduler();
        const seen: number[] = [];
        let shown: { at(i: number): Dependency; length: number } | undefined;
        let settled: DependencyList | undefined;
        const job = parseDependenciesInChunks(text, {
            scheduler,
            sliceChars,
            segmentChars: 2_000,
            onEntries: (entries) => {
                shown = entries;
                seen.push(entries.length);
            },
        });
        void job.result.then((list) => (settled = list));
        return { scheduler, seen, job, shown: () => shown, settled: () => settled };
    }

    it("hands out the entries read so far after each slice, in the order of the value, never changing those already out", async () => {
        const r = reading(json);
        r.scheduler.runOne();
        expect(r.seen).toHaveLength(1);
        const first = r.shown()!;
        const early = Array.from({ length: first.length }, (_, i) => first.at(i));
        expect(early.length).toBeGreaterThan(0);
        expect(early.length).toBeLessThan(objects.length);
        early.forEach((entry, i) => expect(entry.id).toBe(`id-${i}`));
        r.scheduler.runAll();
        await Promise.resolve();
        expect([...r.seen].sort((a, b) => a - b)).toEqual(r.seen);
        const list = r.settled();
        expect(list?.kind === "list" && list.entries).toBe(first);
        expect(entries(list!)).toEqual(entries(parseDependencies(json)));
        early.forEach((entry, i) => expect(first.at(i)).toEqual(entry));
    });

    it("stops at once when cancelled mid-read: no more entries, no result, nothing scheduled", async () => {
        const r = reading(json);
        r.scheduler.runOne();
        r.scheduler.runOne();
        const handedOut = r.seen.length;
        r.job.cancel();
        expect(r.scheduler.queue).toHaveLength(0);
        r.scheduler.runAll();
        await Promise.resolve();
        expect(r.seen).toHaveLength(handedOut);
        expect(r.settled()).toBeUndefined();
    });

    it("ends as malformed when the value breaks late, after entries were handed out", async () => {
        const at = json.lastIndexOf("},{", json.length - 200);
        const broken = `${json.slice(0, at)}},oops,{${json.slice(at + 3)}`;
        const r = reading(broken);
        r.scheduler.runAll();
        await Promise.resolve();
        expect(r.seen.length).toBeGreaterThan(0);
        expect(r.settled()).toMatchObject({ kind: "raw", reason: "malformed" });
    });

    it("runs several steps per slice on a clock, the first slice one step only", async () => {
        const scheduler = new ManualScheduler();
        let time = 0;
        const clocked: ChunkScheduler = { schedule: (next) => scheduler.schedule(next), cancel: (h) => scheduler.cancel(h), now: () => time++ };
        const seen: number[] = [];
        const job = parseDependenciesInChunks(json, {
            scheduler: clocked,
            sliceChars: 5_000,
            segmentChars: 2_000,
            budgetMs: 1_000,
            onEntries: (e) => seen.push(e.length),
        });
        scheduler.runOne();
        expect(seen).toHaveLength(1);
        const slices = 1 + scheduler.runAll();
        const list = await job.result;
        // One step of 5,000 characters, then up to 16 per slice.
        expect(slices).toBeLessThanOrEqual(1 + Math.ceil((json.length - 5_000) / 80_000) + 1);
        expect(slices).toBeLessThan(Math.ceil(json.length / 5_000));
        expect(list.kind === "list" && list.entries.length).toBe(objects.length);
    });
});
