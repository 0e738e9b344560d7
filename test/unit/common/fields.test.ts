import { isReadOnly, readDate, readNumber, readText } from "../../../common/host/fields";
import { property } from "../../host/mockContext";

describe("reading bound properties", () => {
    it("tells a value, an empty column and a masked column apart", () => {
        expect(readNumber(property(30))).toEqual({ state: "value", value: 30, formatted: "30" });
        expect(readNumber(property(null)).state).toBe("empty");
        expect(readNumber(undefined).state).toBe("empty");
        expect(readNumber(property({ raw: 30, readable: false }))).toEqual({ state: "masked", value: null });
    });

    it("accepts numbers sent as numeric strings and refuses other junk", () => {
        expect(readNumber(property("42")).value).toBe(42);
        expect(readNumber(property("forty")).state).toBe("empty");
        expect(readNumber(property(Number.NaN)).state).toBe("empty");
    });

    it("reads text and treats an empty string as empty", () => {
        expect(readText(property("<b>x</b>")).value).toBe("<b>x</b>");
        expect(readText(property("")).state).toBe("empty");
        expect(readText(property(12)).state).toBe("empty");
    });

    it("reads dates from Date objects and ISO strings, rejecting invalid ones", () => {
        const when = new Date("2026-11-23T10:00:00Z");
        expect(readDate(property(when)).value).toEqual(when);
        expect(readDate(property("2026-11-23T10:00:00Z")).value?.toISOString()).toBe("2026-11-23T10:00:00.000Z");
        expect(readDate(property("not a date")).state).toBe("empty");
        expect(readDate(property(new Date("x"))).state).toBe("empty");
    });

    it("re-evaluates security on every read", () => {
        const visible = property({ raw: "secret", readable: true });
        const hidden = property({ raw: "secret", readable: false });
        expect(readText(visible).state).toBe("value");
        expect(readText(hidden).state).toBe("masked");
    });

    it("is read-only when the form disables the control or security forbids editing", () => {
        expect(isReadOnly({ mode: { isControlDisabled: true } })).toBe(true);
        expect(isReadOnly({ mode: { isControlDisabled: false } }, property({ raw: 1, editable: false }))).toBe(true);
        expect(isReadOnly({ mode: { isControlDisabled: false } }, property({ raw: 1, editable: true }))).toBe(false);
    });
});
