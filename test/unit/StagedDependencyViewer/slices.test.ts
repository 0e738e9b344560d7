// Work on a large list in slices (grouping, filtering, searching) and where its rows sit, as at once.
import { listOf, type DependencyEntries } from "../../../StagedDependencyViewer/model/dependencyEntries";
import { EntryCollector } from "../../../StagedDependencyViewer/model/textEntries";
import {
    countDuplicates,
    DependencyGrouper,
    DuplicateCounter,
    groupDependencies,
    type TypeLabeler,
} from "../../../StagedDependencyViewer/model/dependencyGroups";
import { FilterRun, filterDependencies, filteredIndexes } from "../../../StagedDependencyViewer/model/dependencyFilter";
import { LIST_PAGE_ROWS, listPageRows, rowLayout } from "../../../StagedDependencyViewer/model/rowLayout";
import { SEARCH_CHUNK_ENTRIES, searchIndexOf } from "../../../StagedDependencyViewer/model/searchIndex";
import { exportFileName, MAX_FILE_NAME_PART } from "../../../StagedDependencyViewer/model/spreadsheetText";

describe("DependencyGrouper: grouping that follows a reading", () => {
    it("groups run by run, and counts duplicates run by run, exactly as at once", () => {
        const values = Array.from({ length: 500 }, (_, i) => ({
            id: `id-${i % 450}`,
            name: `n${i}`,
            componenttype: i % 7 === 0 ? "Custom thing" : (i % 3) + 1,
        }));
        const slices: (typeof values)[] = [];
        for (let start = 0; start < values.length; start += 37) slices.push(values.slice(start, start + 37));
        const bodies = slices.map((run) => JSON.stringify(run).slice(1, -1));
        const text = "[" + bodies.join(",") + "]";
        const collector = new EntryCollector(text);
        const grouper = new DependencyGrouper(collector.entries);
        let at = 1;
        slices.forEach((run, r) => {
            collector.release();
            collector.add(run, at, at + bodies[r].length);
            at += bodies[r].length + 1;
            grouper.add();
        });
        const once = listOf(values, false, false);
        if (once.kind !== "list") throw new Error("expected a list");
        const grouped = groupDependencies(once.entries);
        const strip = (g: typeof grouped) => g.groups.map((group) => ({ key: group.key, members: Array.from(group.members) }));
        expect(strip(grouper.result())).toEqual(strip(grouped));
        const counter = new DuplicateCounter(once.entries, grouped);
        let runs = 0;
        while (!counter.step(45)) runs++;
        expect(runs).toBeGreaterThan(5);
        expect(counter.duplicates).toBe(countDuplicates(once.entries, grouped));
        expect(counter.duplicates).toBeGreaterThan(0);
    });
});

describe("FilterRun: a search in slices", () => {
    it("finds in small steps what a search at once finds, in the same order", () => {
        const values = Array.from({ length: 2_000 }, (_, i) => ({ id: `id-${i}`, name: `name_${i}`, componenttype: i % 5 === 0 ? "Attribute" : (i % 3) + 1 }));
        const list = listOf(values, false, false);
        if (list.kind !== "list") throw new Error("expected a list");
        const grouped = groupDependencies(list.entries);
        const labelOf: TypeLabeler = (entry) => (entry.typeCode !== undefined ? `Type ${entry.typeCode}` : entry.type);
        for (const query of ["name_1", "ATTRIB", "type 2", "nothing like it"]) {
            const run = new FilterRun(list.entries, grouped, query, labelOf);
            let steps = 1;
            while (!run.step(97)) steps++;
            expect(steps).toBeGreaterThan(10);
            const once = filterDependencies(list.entries, grouped, query, labelOf);
            expect(run.result().matches).toBe(once.matches);
            expect(filteredIndexes(run.result())).toEqual(filteredIndexes(once));
        }
    });
});

describe("SearchIndex: chunks of lower-case text searched with indexOf", () => {
    const labelOf: TypeLabeler = () => "";
    /** What a search must find: the entries whose name, id or parent holds the query, ignoring case. */
    const naive = (entries: DependencyEntries, query: string): number[] => {
        const needle = query.trim().toLowerCase();
        const found: number[] = [];
        for (let i = 0; i < entries.length; i++) {
            const entry = entries.at(i);
            if ([entry.name, entry.id, entry.parent].some((field) => field.toLowerCase().includes(needle))) found.push(i);
        }
        return found;
    };

    it("finds every entry holding the query across chunk boundaries, each once, in list order", () => {
        const count = SEARCH_CHUNK_ENTRIES * 2 + 123;
        const values = Array.from({ length: count }, (_, i) => ({ id: `ID-${i}`, name: `Name_${i}_name_${i}`, parent: i % 7 === 0 ? `Parent${i}` : "" }));
        const list = listOf(values, false, false);
        if (list.kind !== "list") throw new Error("expected a list");
        const grouped = groupDependencies(list.entries);
        for (const query of ["name_4095", "NAME_1", "id-8", "parent7", "_", "no such text"]) {
            const found = filterDependencies(list.entries, grouped, query, labelOf);
            expect(filteredIndexes(found)).toEqual(naive(list.entries, query));
            expect(found.matches).toBe(naive(list.entries, query).length);
        }
        // The last entry of a chunk and the first of the next are searched apart.
        const last = SEARCH_CHUNK_ENTRIES - 1;
        expect(filteredIndexes(filterDependencies(list.entries, grouped, `name_${last}`, labelOf))).toContain(last);
    });

    it("never matches across two entries, and keeps offsets right where lower case changes a text's length", () => {
        // U+0130 (İ) lower-cases to two code units: the chunk is lower-cased entry by entry.
        const list = listOf(["ab", "cd", "\u0130stanbul", "ISTANBUL", "after"], false, false);
        if (list.kind !== "list") throw new Error("expected a list");
        const grouped = groupDependencies(list.entries);
        expect(filterDependencies(list.entries, grouped, "bc", labelOf).matches).toBe(0);
        expect(filteredIndexes(filterDependencies(list.entries, grouped, "stanbul", labelOf))).toEqual([2, 3]);
        expect(filteredIndexes(filterDependencies(list.entries, grouped, "after", labelOf))).toEqual([4]);
        expect(filteredIndexes(filterDependencies(list.entries, grouped, "\u0130", labelOf))).toEqual(naive(list.entries, "\u0130"));
    });

    it("is built a chunk at a time, and a search completes what is missing", () => {
        const list = listOf(
            Array.from({ length: SEARCH_CHUNK_ENTRIES + 10 }, (_, i) => `entry_${i}`),
            false,
            false,
        );
        if (list.kind !== "list") throw new Error("expected a list");
        const index = searchIndexOf(list.entries);
        index.extend(1);
        expect(index.length).toBe(SEARCH_CHUNK_ENTRIES);
        expect(index.complete).toBe(false);
        const found = filterDependencies(list.entries, groupDependencies(list.entries), "entry_4100", labelOf);
        expect(index.complete).toBe(true);
        expect(filteredIndexes(found)).toEqual([4100]);
    });
});

describe("rowLayout: where rows of two heights sit", () => {
    // Phone width: group headers one line (32 px), entries three lines (64 px).
    const rows = Int32Array.from([-1, 0, 1, 2, -2, 3, 4]);
    const layout = rowLayout(rows, 32, 64);

    it("adds up headers and entries, for the whole list and for any page", () => {
        expect(layout.total).toBe(2 * 32 + 5 * 64);
        expect(layout.rangeHeight(0, 10)).toBe(layout.total);
        expect(layout.rangeHeight(3, 2)).toBe(64 + 32);
        expect(layout.rangeHeight(6, 10)).toBe(64);
    });

    it("finds the row under a pixel, and pages around a rectangle on rows of mixed height", () => {
        expect([0, 31, 32, 96, 223, 224, 256, 10_000].map(layout.rowAt)).toEqual([0, 0, 1, 2, 3, 4, 5, 7]);
        const many = new Int32Array(1_000_000).map((_, i) => (i % 1000 === 0 ? -1 : i));
        const tall = rowLayout(many, 32, 64);
        const top = tall.rangeHeight(0, 600_000);
        const shown = { top, bottom: top + 400 };
        // The rows under the rectangle are on pages of ten, wherever the headers put them.
        const pageOf = (row: number): number => {
            for (let start = 0; ;) {
                const size = listPageRows(start, many.length, tall.rowAt, shown, -1);
                if (row < start + size) return size;
                start += size;
            }
        };
        expect(pageOf(600_000)).toBe(LIST_PAGE_ROWS);
        expect(pageOf(600_006)).toBe(LIST_PAGE_ROWS);
    });
});

describe("listPageRows: pages of the virtualized list", () => {
    const H = 32;
    /** The pages the list lays out from row 0, as Fluent's List does: [start, rows]. */
    const pagesOf = (rowCount: number, shown: { top: number; bottom: number } | undefined, focused = -1): [number, number][] => {
        const pages: [number, number][] = [];
        for (let start = 0; start < rowCount;) {
            const rows = listPageRows(start, rowCount, (pixel) => pixel / H, shown, focused);
            pages.push([start, rows]);
            start += rows;
        }
        return pages;
    };

    it("lays out a million rows in a few pages, with pages of ten rows around what shows", () => {
        const shown = { top: 500_000 * H - 400, bottom: 500_000 * H + 800 };
        const pages = pagesOf(1_000_000, shown);
        expect(pages.length).toBeLessThan(20);
        // Every row the list renders is on a page of ten rows, and the pages cover every row once.
        for (let row = Math.floor(shown.top / H); row <= Math.ceil(shown.bottom / H); row++) {
            const page = pages.find(([start, rows]) => row >= start && row < start + rows);
            expect(page?.[1]).toBe(LIST_PAGE_ROWS);
        }
        expect(pages[0]).toEqual([0, LIST_PAGE_ROWS]);
        expect(pages.reduce((sum, [, rows]) => sum + rows, 0)).toBe(1_000_000);
        pages.forEach(([start]) => expect(start % LIST_PAGE_ROWS).toBe(0));
    });

    it("keeps the focused row on a page of its own, and pages of ten before the list measured itself", () => {
        const pages = pagesOf(1_000_000, { top: 0, bottom: 400 }, 700_005);
        expect(pages).toContainEqual([700_000, LIST_PAGE_ROWS]);
        expect(pages.length).toBeLessThan(20);
        expect(pagesOf(95, undefined)).toEqual(Array.from({ length: 10 }, (_, i) => [i * 10, 10]));
    });
});

describe("exportFileName", () => {
    it("carries the operation's name, without what a file name cannot hold", () => {
        expect(exportFileName("unprocessed-dependencies", "Create new_project")).toBe("unprocessed-dependencies-Create-new_project.csv");
        expect(exportFileName("base", ' a<b>:c"d/e\\f|g?h*i ')).toBe("base-a-b-c-d-e-f-g-h-i.csv");
        expect(exportFileName("base", "x\u200b\u202ey\u0007z")).toBe("base-x-y-z.csv");
        expect(exportFileName("base", "...")).toBe("base.csv");
        expect(exportFileName("base", null)).toBe("base.csv");
        expect(exportFileName("base", "  ")).toBe("base.csv");
        expect(exportFileName("base", "n".repeat(500))).toBe(`base-${"n".repeat(MAX_FILE_NAME_PART)}.csv`);
    });
});
