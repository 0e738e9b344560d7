import { memoLast } from "../../../common/model/memo";

describe("memoLast", () => {
    it("hands back the same object while the arguments are the same, and builds anew when one changes", () => {
        const build = jest.fn((state: string, value: number | null) => ({ state, value }));
        const memo = memoLast(build);
        const first = memo("value", 3);
        expect(memo("value", 3)).toBe(first);
        expect(build).toHaveBeenCalledTimes(1);
        const second = memo("value", 4);
        expect(second).not.toBe(first);
        expect(second).toEqual({ state: "value", value: 4 });
        expect(memo("value", 3)).not.toBe(first);
        expect(build).toHaveBeenCalledTimes(3);
    });

    it("compares with Object.is: NaN equals NaN, objects by identity", () => {
        const memo = memoLast((a: unknown) => ({ a }));
        const nan = memo(NaN);
        expect(memo(NaN)).toBe(nan);
        const key = { k: 1 };
        const byKey = memo(key);
        expect(memo(key)).toBe(byKey);
        expect(memo({ k: 1 })).not.toBe(byKey);
    });
});
