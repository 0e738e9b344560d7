import { HARD_PAGE_CAP, nextLinkQuery, pageCap, readPages, UnexpectedAnswerError } from "../../../common/sources/pagedRead";

type Answer = { entities?: unknown; nextLink?: unknown } | null | string;

function api(answer: (options: string, call: number) => Answer) {
    const calls: string[] = [];
    return {
        calls,
        retrieveMultipleRecords: (_table: string, options?: string) => {
            calls.push(options ?? "");
            return Promise.resolve(answer(options ?? "", calls.length) as unknown as ComponentFramework.WebApi.RetrieveMultipleResponse);
        },
    };
}

const map = (row: Record<string, unknown>) => row.n;

describe("readPages", () => {
    it("follows nextLink to the end, passing on only its query part", async () => {
        const fake = api((_o, call) =>
            call < 3 ? { entities: [{ n: call }], nextLink: `https://elsewhere.example/api/data/v9.2/t?$skiptoken=${call}` } : { entities: [{ n: call }] },
        );
        const read = await readPages(fake, { table: "t", options: "?$select=n", map });
        expect(read).toEqual({ rows: [1, 2, 3], pages: 3 });
        expect(fake.calls).toEqual(["?$select=n", "?$skiptoken=1", "?$skiptoken=2"]);
    });

    it("asks for no further page once its signal is aborted (the control was destroyed)", async () => {
        const controller = new AbortController();
        const fake = api((_o, call) => {
            if (call === 1) controller.abort();
            return { entities: [{ n: call }], nextLink: `x?$skiptoken=${call}` };
        });
        await expect(readPages(fake, { table: "t", options: "?a", map, signal: controller.signal })).rejects.toBeDefined();
        expect(fake.calls).toEqual(["?a"]);
    });

    it("ends a nextLink that repeats itself", async () => {
        const fake = api(() => ({ entities: [{ n: 1 }], nextLink: "x?$skiptoken=same" }));
        const read = await readPages(fake, { table: "t", options: "?a", map });
        expect(read.stoppedBy).toBe("repeatedLink");
        expect(fake.calls).toHaveLength(2);
    });

    it("stops a nextLink that changes forever at the cap the expected rows allow, and at the hard cap otherwise", async () => {
        const endless = api((_o, call) => ({ entities: [{ n: call }], nextLink: `x?$skiptoken=${call}` }));
        const bounded = await readPages(endless, { table: "t", options: "?a", pageSize: 5000, expectedRows: 12, map });
        expect(bounded.stoppedBy).toBe("pageCap");
        expect(endless.calls).toHaveLength(pageCap(5000, 12));
        expect(pageCap(5000, 12)).toBe(3);
        const unknown = api((_o, call) => ({ entities: [], nextLink: `x?$skiptoken=${call}` }));
        const capped = await readPages(unknown, { table: "t", options: "?a", map });
        expect(capped).toMatchObject({ stoppedBy: "pageCap", pages: HARD_PAGE_CAP });
    });

    it("refuses answers of an unexpected shape instead of counting them", async () => {
        for (const answer of [null, "text", {}, { entities: null }, { entities: { 0: 1 } }, { entities: "rows" }] as Answer[]) {
            await readPages(
                api(() => answer),
                { table: "t", options: "?a", map },
            ).then(
                () => {
                    throw new Error("should have refused");
                },
                (error) => expect(error).toBeInstanceOf(UnexpectedAnswerError),
            );
        }
    });

    it("stops at a nextLink without a query part", async () => {
        const fake = api(() => ({ entities: [{ n: 1 }], nextLink: "https://elsewhere.example/" }));
        expect(await readPages(fake, { table: "t", options: "?a", map })).toMatchObject({ stoppedBy: "foreignLink", rows: [1] });
        expect(nextLinkQuery(42)).toBeUndefined();
    });
});
