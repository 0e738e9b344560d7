import { createTranslator, fillPlaceholders } from "../../../common/host/strings";

describe("strings", () => {
    const defaults = { Greeting: "Hello {0}, {1} left", Only: "English only" };

    it("uses the host's string for the user's language", () => {
        const t = createTranslator({ getString: (id) => (id === "Greeting" ? "Hallo {0}, noch {1}" : "") }, defaults);
        expect(t("Greeting", "Ada", 3)).toBe("Hallo Ada, noch 3");
    });

    it("falls back to English when the host answers with nothing or the key itself", () => {
        expect(createTranslator({ getString: () => "" }, defaults)("Only")).toBe("English only");
        expect(createTranslator({ getString: (id) => id }, defaults)("Only")).toBe("English only");
        expect(createTranslator(undefined, defaults)("Only")).toBe("English only");
        expect(createTranslator({ getString: () => { throw new Error("no resources"); } }, defaults)("Only")).toBe("English only");
    });

    it("leaves unknown placeholders and keys visible rather than inventing text", () => {
        expect(fillPlaceholders("{0} and {2}", ["a"])).toBe("a and {2}");
        expect(createTranslator(undefined, {})("Missing_Key")).toBe("Missing_Key");
    });
});
