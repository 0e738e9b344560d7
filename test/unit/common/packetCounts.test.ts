import { PacketCounts } from "../../../common/sources/packetCounts";
import { FakeWebApi } from "../../host/fakeWebApi";

const JOB = (n: number) => `5d6a7e1c-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** Lets the fake Web API's answers settle. */
async function settle(): Promise<void> {
    for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe("PacketCounts.follow: when the packets of a view's jobs are counted again", () => {
    function setup() {
        const api = new FakeWebApi({ msdyn_integrationjobdetail: [] });
        const counts = new PacketCounts(() => api);
        const reads = () => api.calls.filter((c) => c.method === "retrieveMultipleRecords").length;
        return { api, counts, reads };
    }

    it("counts once per rows and refresh: the same rows and refresh ask for nothing, a refresh or other rows count again", async () => {
        const { counts, reads } = setup();
        const rows = [
            { id: JOB(1), live: true },
            { id: JOB(2), live: false },
        ];
        counts.follow(rows, 0);
        await settle();
        expect(reads()).toBe(1);
        counts.follow(rows, 0);
        await settle();
        expect(reads()).toBe(1);
        counts.follow(rows, 1);
        await settle();
        expect(reads()).toBe(2);
        counts.follow([...rows, { id: JOB(3), live: true }], 1);
        await settle();
        expect(reads()).toBe(3);
        counts.dispose();
    });

    it("does not ask again for jobs that can no longer change once they are counted", async () => {
        const { api, counts, reads } = setup();
        const settled = [{ id: JOB(1), live: false }];
        counts.follow(settled, 0);
        await settle();
        expect(reads()).toBe(1);
        counts.follow(settled, 1);
        await settle();
        expect(reads()).toBe(1);
        // A live job beside it: only the live one is asked for.
        counts.follow([...settled, { id: JOB(2), live: true }], 2);
        await settle();
        const multiple = api.calls.filter((c) => c.method === "retrieveMultipleRecords");
        const last = multiple[multiple.length - 1];
        expect(String(last?.options)).toContain(JOB(2));
        expect(String(last?.options)).not.toContain(JOB(1));
        counts.dispose();
    });
});
