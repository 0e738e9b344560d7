import { entityMetadataReader } from "../../../common/host/entityMetadata";

describe("entityMetadataReader", () => {
    it("is undefined where the host has no getEntityMetadata", () => {
        expect(entityMetadataReader({})).toBeUndefined();
        expect(entityMetadataReader({ utils: null })).toBeUndefined();
        expect(entityMetadataReader({ utils: { getEntityMetadata: "no" } })).toBeUndefined();
    });

    it("asks the host once per table and columns, for every reader of the same host", async () => {
        const getEntityMetadata = jest.fn(async (entity: string, attributes?: string[]) => ({ entity, attributes }));
        const utils = { getEntityMetadata };
        const first = entityMetadataReader({ utils });
        const second = entityMetadataReader({ utils });
        await expect(first?.("backgroundoperation", ["statuscode"])).resolves.toEqual({ entity: "backgroundoperation", attributes: ["statuscode"] });
        await second?.("backgroundoperation", ["statuscode"]);
        await second?.("backgroundoperation", []);
        expect(getEntityMetadata.mock.calls).toEqual([
            ["backgroundoperation", ["statuscode"]],
            ["backgroundoperation", []],
        ]);
        // Another host (another utils object) asks for itself.
        await entityMetadataReader({ utils: { getEntityMetadata } })?.("backgroundoperation", []);
        expect(getEntityMetadata).toHaveBeenCalledTimes(3);
    });

    it("rejects when the host throws or fails, and asks again next time", async () => {
        let calls = 0;
        const utils = {
            getEntityMetadata: () => {
                calls += 1;
                if (calls === 1) throw new Error("host threw");
                if (calls === 2) return Promise.reject(new Error("failed"));
                return Promise.resolve({ ok: true });
            },
        };
        const read = entityMetadataReader({ utils });
        await expect(read?.("msdyn_integrationjob", [])).rejects.toThrow("host threw");
        await expect(read?.("msdyn_integrationjob", [])).rejects.toThrow("failed");
        await expect(read?.("msdyn_integrationjob", [])).resolves.toEqual({ ok: true });
        expect(calls).toBe(3);
    });
});
