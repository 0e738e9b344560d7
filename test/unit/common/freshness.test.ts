import { formIsNewer, newest } from "../../../common/model/freshness";
import { ChangeClock } from "../../../common/sources/changeClock";
import { codeText, errorCodeHex, formatErrorCode } from "../../../common/model/errorCodes";
import { userMessage } from "../../../common/model/dataverseErrors";
import { RefreshSource } from "../../../common/sources/refreshSource";

describe("the newest value wins", () => {
    it("decides by the row's version, else modifiedon, else which arrived later", () => {
        expect(newest({ version: 8, at: 1 }, { version: 7, at: 2 })).toBe("form");
        expect(newest({ version: 7, at: 3 }, { version: 8, at: 2 })).toBe("read");
        // Equal stamps are the same version of the row: the read holds every column the control asked for.
        expect(newest({ version: 8, at: 3 }, { version: 8, at: 2 })).toBe("read");
        const earlier = new Date("2024-03-01T10:00:00Z");
        const later = new Date("2024-03-01T10:05:00Z");
        expect(newest({ modifiedOn: later, at: 1 }, { modifiedOn: earlier, at: 2 })).toBe("form");
        expect(newest({ modifiedOn: earlier, at: 3 }, { modifiedOn: later, at: 2 })).toBe("read");
        // Without comparable stamps: the form wins only when it changed after the read arrived.
        expect(newest({ at: 3 }, { modifiedOn: later, at: 2 })).toBe("form");
        expect(newest({ at: 2 }, { at: 2 })).toBe("read");
        expect(newest({ at: 1 }, { at: 2 })).toBe("read");
        expect(newest({ at: 1 }, {})).toBe("form");
    });

    it("stamps the form's values when they change, not on every updateView", () => {
        let time = 100;
        const clock = new ChangeClock<object>(() => time);
        const first = {};
        expect(clock.stamp(first)).toBe(100);
        time = 200;
        expect(clock.stamp(first)).toBe(100);
        const second = {};
        expect(clock.stamp(second)).toBe(200);
    });

    it("compares the form with a refresh loop's last read", () => {
        const readAt = new Date(1_000);
        expect(formIsNewer(2_000, { data: {}, readAt })).toBe(true);
        expect(formIsNewer(500, { data: {}, readAt })).toBe(false);
        expect(formIsNewer(500, { data: undefined, readAt: undefined })).toBe(true);
        expect(formIsNewer(500, undefined)).toBe(true);
        // A read's time as epoch milliseconds (a status read's answer) decides alike.
        expect(formIsNewer(2_000, { data: 20, readAt: 1_000 })).toBe(true);
        expect(formIsNewer(500, { data: 20, readAt: 1_000 })).toBe(false);
    });
});

describe("one error code formatter", () => {
    it("gives decimal and hex, from numbers and from text, and never groups digits", () => {
        expect(errorCodeHex(-2147185406)).toBe("0x80048D02");
        expect(formatErrorCode(-2147187707)).toBe("-2147187707 (0x80048405)");
        expect(formatErrorCode("0x80048D02")).toBe("-2147185406 (0x80048D02)");
        expect(formatErrorCode("-2147220960")).toBe("-2147220960 (0x80040220)");
        expect(formatErrorCode(2147746308)).toBe("-2147220988 (0x80040204)");
        expect(formatErrorCode(0)).toBe("0");
        expect(formatErrorCode("not a code")).toBeUndefined();
        expect(formatErrorCode(null)).toBeUndefined();
    });
});

describe("what a user is told about a failure", () => {
    it("is Dataverse's own message when Dataverse answered (an error code or an HTTP status)", () => {
        expect(userMessage(Object.assign(new Error("Der Datensatz wurde nicht gefunden."), { errorCode: -2147185406 }))).toBe(
            "Der Datensatz wurde nicht gefunden.",
        );
        expect(userMessage(Object.assign(new Error("Service Unavailable"), { status: 503 }))).toBe("Service Unavailable");
        expect(userMessage({ error: { code: "0x80040220", message: "Principal user is missing prvReadbackgroundoperation privilege." } })).toBe(
            "Principal user is missing prvReadbackgroundoperation privilege.",
        );
    });

    it("is nothing for an engine's or network stack's exception, nor for an empty message", () => {
        expect(userMessage(new Error("Network down"))).toBeUndefined();
        expect(userMessage(new TypeError("object is not iterable"))).toBeUndefined();
        expect(userMessage("plain text")).toBeUndefined();
        expect(userMessage(Object.assign(new Error("  "), { status: 500 }))).toBeUndefined();
        expect(userMessage(undefined)).toBeUndefined();
    });
});

describe("RefreshSource.finish", () => {
    it("stops reading for good, keeps the data and lets a read in flight go unseen", async () => {
        jest.useFakeTimers();
        try {
            let answer: (value: string) => void = () => undefined;
            const load = jest.fn(() => new Promise<string>((resolve) => (answer = resolve)));
            const source = new RefreshSource<string>({ load, intervalMs: 5_000 });
            source.start();
            answer("first");
            await jest.advanceTimersByTimeAsync(0);
            expect(source.current.data).toBe("first");
            await jest.advanceTimersByTimeAsync(5_000);
            expect(load).toHaveBeenCalledTimes(2);
            source.finish();
            answer("late");
            await jest.advanceTimersByTimeAsync(0);
            expect(source.current).toMatchObject({ phase: "finished", data: "first" });
            await jest.advanceTimersByTimeAsync(600_000);
            expect(load).toHaveBeenCalledTimes(2);
            expect(jest.getTimerCount()).toBe(0);
            source.dispose();
        } finally {
            jest.useRealTimers();
        }
    });
});

describe("codeText", () => {
    it("writes a Dataverse code in the one form, and anything else as written", () => {
        expect(codeText("0x80044150")).toBe("-2147204784 (0x80044150)");
        expect(codeText("-2147204784")).toBe("-2147204784 (0x80044150)");
        expect(codeText(-2147204784)).toBe("-2147204784 (0x80044150)");
        expect(codeText(404)).toBe("404");
        expect(codeText(" E42 ")).toBe("E42");
        expect(codeText("")).toBeUndefined();
        expect(codeText(null)).toBeUndefined();
    });
});
