import { Store } from "../../../common/sources/store";
import { KeyedSource, started } from "../../../common/sources/keyedSource";
import { HostNavigation, trackContainerResize } from "../../../common/host/hostApis";
import { UpdateGate } from "../../../common/host/updates";
import { dateOf, numberOf, textOf, wholeNumberOf } from "../../../common/model/rowValues";

describe("Store", () => {
    it("tells listeners of each change, not of the same value, and nothing after dispose", () => {
        const store = new Store({ n: 1 });
        const seen: number[] = [];
        const unsubscribe = store.subscribe((value) => seen.push(value.n));
        store.patch({ n: 2 });
        store.set(store.current);
        store.set({ n: 3 });
        unsubscribe();
        store.set({ n: 4 });
        expect(seen).toEqual([2, 3]);
        store.subscribe((value) => seen.push(value.n));
        store.dispose();
        store.set({ n: 5 });
        expect(store.current.n).toBe(4);
        expect(seen).toEqual([2, 3]);
        expect(store.disposed).toBe(true);
    });
});

describe("KeyedSource", () => {
    class Probe {
        disposed = false;
        constructor(readonly key: string) {}
        dispose(): void {
            this.disposed = true;
        }
    }

    it("keeps the source while the key stays, replaces it when the key changes, ends it when the key goes", () => {
        const keyed = new KeyedSource<Probe>();
        const first = keyed.sync("a", () => new Probe("a"));
        expect(keyed.sync("a", () => new Probe("again"))).toBe(first);
        const second = keyed.sync("b", () => new Probe("b"));
        expect(first?.disposed).toBe(true);
        expect(second?.key).toBe("b");
        expect(keyed.sync(undefined, () => new Probe("never"))).toBeUndefined();
        expect(second?.disposed).toBe(true);
        expect(keyed.current).toBeUndefined();
        const third = keyed.sync("c", () => new Probe("c"));
        keyed.dispose();
        expect(third?.disposed).toBe(true);
    });

    it("starts a source once, when it is created, not when the same key comes back", () => {
        let starts = 0;
        const create = () => started({ start: () => (starts += 1), dispose: () => undefined });
        const keyed = new KeyedSource<ReturnType<typeof create>>();
        const source = keyed.sync("a", create);
        expect(keyed.sync("a", create)).toBe(source);
        expect(starts).toBe(1);
        keyed.sync("b", create);
        expect(starts).toBe(2);
    });
});

describe("HostNavigation", () => {
    it("hides what the host lacks and never throws", async () => {
        const navigation = new HostNavigation();
        navigation.update({});
        expect(navigation.canOpenRecord).toBe(false);
        expect(() => navigation.openRecord("asyncoperation", "1")).not.toThrow();
        await expect(navigation.confirm({ title: "", text: "", confirmButtonLabel: "", cancelButtonLabel: "" })).resolves.toBeUndefined();
        await expect(navigation.saveFile({ fileName: "a", fileContent: "", fileSize: 0, mimeType: "text/csv" })).rejects.toBeTruthy();
    });

    it("uses the newest navigation and reads the confirm answer; a failing dialog means 'ask inside'", async () => {
        const navigation = new HostNavigation();
        const opened: unknown[] = [];
        navigation.update({
            navigation: { openForm: () => Promise.reject(new Error("blocked")), openConfirmDialog: () => Promise.resolve({ confirmed: false }) },
        });
        navigation.update({
            navigation: {
                openForm: (options: unknown) => {
                    opened.push(options);
                    return Promise.resolve({});
                },
                openConfirmDialog: () => Promise.resolve({ confirmed: true }),
            },
        });
        navigation.openRecord("asyncoperation", "42");
        expect(opened).toEqual([{ entityName: "asyncoperation", entityId: "42" }]);
        await expect(navigation.confirm({ title: "t", text: "x", confirmButtonLabel: "y", cancelButtonLabel: "n" })).resolves.toBe(true);
        navigation.update({ navigation: { openConfirmDialog: () => Promise.reject(new Error("no dialog")) } });
        await expect(navigation.confirm({ title: "t", text: "x", confirmButtonLabel: "y", cancelButtonLabel: "n" })).resolves.toBeUndefined();
    });

    it("asks for resize updates only where the host can give them", () => {
        const track = jest.fn();
        trackContainerResize({ mode: { trackContainerResize: track } });
        expect(track).toHaveBeenCalledWith(true);
        expect(() => trackContainerResize({ mode: {} })).not.toThrow();
        expect(() => trackContainerResize({})).not.toThrow();
    });
});

describe("row values", () => {
    it("reads what the Web API may hand back without guessing", () => {
        expect(textOf("  name ")).toBe("name");
        expect(textOf(42)).toBe("");
        expect(numberOf("12")).toBe(12);
        expect(numberOf("twelve")).toBeUndefined();
        expect(numberOf(Number.NaN)).toBeUndefined();
        expect(wholeNumberOf(-1)).toBeUndefined();
        expect(wholeNumberOf(1.5)).toBeUndefined();
        expect(wholeNumberOf("7")).toBe(7);
        expect(dateOf("2026-01-02T03:04:05Z")?.toISOString()).toBe("2026-01-02T03:04:05.000Z");
        expect(dateOf("not a date")).toBeUndefined();
        expect(dateOf(new Date(Number.NaN))).toBeUndefined();
    });
});

describe("UpdateGate", () => {
    const base = () => ({
        parameters: { status: {}, refreshSeconds: {} },
        mode: { allocatedWidth: 800, isControlDisabled: false },
        userSettings: { languageId: 1033, isRTL: false },
        updatedProperties: [] as string[],
    });

    it("hands back the last element only when the host says nothing the control reads changed", () => {
        const gate = new UpdateGate<object>();
        const element = {};
        const first = base();
        expect(gate.reuse(first)).toBeUndefined();
        gate.remember(first, element);
        // An empty list says nothing: render again.
        expect(gate.reuse({ ...first, updatedProperties: [] })).toBeUndefined();
        // Another column of the form changed, not ours.
        expect(gate.reuse({ ...first, updatedProperties: ["somethingElse"] })).toBe(element);
        expect(gate.reuse({ ...first, updatedProperties: ["status"] })).toBeUndefined();
        expect(gate.reuse({ ...first, updatedProperties: ["layout"] })).toBeUndefined();
        expect(gate.reuse({ ...first, updatedProperties: ["x"], mode: { allocatedWidth: 300, isControlDisabled: false } })).toBeUndefined();
        expect(gate.reuse({ ...first, updatedProperties: ["x"], userSettings: { languageId: 1031, isRTL: false } })).toBeUndefined();
        gate.forget();
        expect(gate.reuse({ ...first, updatedProperties: ["x"] })).toBeUndefined();
    });
});
