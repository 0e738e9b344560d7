import { csvSeparator, spreadsheetCell, toCsvText, toTabText } from "../../../common/model/spreadsheet";
import { hasInvisible, revealInvisible } from "../../../common/model/visibleText";

describe("spreadsheet text", () => {
    it("never hands a spreadsheet a formula, in CSV or on the clipboard", () => {
        for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(spreadsheetCell(`${start}1+1`).startsWith("'")).toBe(true);
        expect(spreadsheetCell("contact")).toBe("contact");
        expect(toCsvText([['=HYPERLINK("x")', "a"]], ",")).toBe('"\'=HYPERLINK(""x"")",a\r\n');
        expect(toTabText([["@SUM(A1)", "line\nbreak"]])).toBe("'@SUM(A1)\tline break");
    });

    it("strips control characters and uses the locale's list separator", () => {
        expect(spreadsheetCell("a\u0000b\u0007c")).toBe("abc");
        expect(csvSeparator("de-DE")).toBe(";");
        expect(csvSeparator("fr-FR")).toBe(";");
        expect(csvSeparator("en-US")).toBe(",");
        expect(csvSeparator("ja-JP")).toBe(",");
        expect(toCsvText([["a;b", "c,d"]], ";")).toBe('"a;b";c,d\r\n');
    });
});

describe("invisible characters", () => {
    it("marks each invisible or reordering character and keeps the text", () => {
        expect(revealInvisible("contact")).toEqual([{ text: "contact" }]);
        expect(hasInvisible("con\u200btact")).toBe(true);
        expect(revealInvisible("con\u200btact")).toEqual([{ text: "con" }, { text: "\u200b", codePoint: "U+200B" }, { text: "tact" }]);
        expect(revealInvisible("\u202eabc").map((s) => s.codePoint ?? s.text)).toEqual(["U+202E", "abc"]);
        expect(revealInvisible("a\u0000").map((s) => s.codePoint ?? s.text)).toEqual(["a", "U+0000"]);
        expect(revealInvisible("مرحبا")).toEqual([{ text: "مرحبا" }]);
    });
});
