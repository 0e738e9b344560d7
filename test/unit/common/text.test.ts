import { percentText } from "../../../common/model/text";
import { csvSeparator, spreadsheetCell, csvLine, tabLine } from "../../../common/model/spreadsheet";
import { hasInvisible, revealInvisible } from "../../../common/model/visibleText";

describe("spreadsheet text", () => {
    it("never hands a spreadsheet a formula, in CSV or on the clipboard", () => {
        for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(spreadsheetCell(`${start}1+1`).startsWith("'")).toBe(true);
        expect(spreadsheetCell("contact")).toBe("contact");
        expect(csvLine(['=HYPERLINK("x")', "a"], ",")).toBe('"\'=HYPERLINK(""x"")",a');
        expect(tabLine(["@SUM(A1)", "line\nbreak"])).toBe("'@SUM(A1)\tline break");
    });

    it("strips control characters and uses the locale's list separator", () => {
        expect(spreadsheetCell("a\u0000b\u0007c")).toBe("abc");
        expect(csvSeparator("de-DE")).toBe(";");
        expect(csvSeparator("fr-FR")).toBe(";");
        expect(csvSeparator("en-US")).toBe(",");
        expect(csvSeparator("ja-JP")).toBe(",");
        expect(csvLine(["a;b", "c,d"], ";")).toBe('"a;b";c,d');
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

describe("percentText", () => {
    it("writes a share as the user's locale writes a whole percentage", () => {
        expect(percentText(0.52, "en-US")).toBe("52%");
        expect(percentText(0.52, "de-DE")).toBe("52\u00a0%");
        const arabic = percentText(0.52, "ar-SA");
        expect(arabic).toContain("٥٢");
        expect(arabic).toContain("٪");
        expect(percentText(0.999, "en-US")).toBe("100%");
        expect(percentText(0.5, "not a locale")).toBe("50%");
    });
});
