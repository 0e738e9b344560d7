import { translatorOf } from "../../../common/host/strings";
import { createTranslator } from "../../host/resx";
import { countText, fillPlaceholders, numberText } from "../../../common/model/text";
import { COMMON_STRINGS } from "../../../common/strings/defaults";
import { DEFAULT_STRINGS as OST_STRINGS } from "../../../OperationStatusTimeline/strings/defaults";
import { DEFAULT_STRINGS as IJP_STRINGS } from "../../../IntegrationJobProgress/strings/defaults";
import { DEFAULT_STRINGS as SDV_STRINGS } from "../../../StagedDependencyViewer/strings/defaults";
import { resxStrings } from "../../host/resx";

describe("strings", () => {
    const defaults = { Greeting: "Hello {0}, {1} left", Only: "English only" };

    it("uses the host's string for the user's language", () => {
        const t = createTranslator({ getString: (id) => (id === "Greeting" ? "Hallo {0}, noch {1}" : "") }, defaults);
        expect(t("Greeting", "Ada", "3")).toBe("Hallo Ada, noch 3");
    });

    it("falls back to English when the host answers with nothing or the key itself", () => {
        expect(createTranslator({ getString: () => "" }, defaults)("Only")).toBe("English only");
        expect(createTranslator({ getString: (id) => id }, defaults)("Only")).toBe("English only");
        expect(createTranslator(undefined, defaults)("Only")).toBe("English only");
        expect(
            createTranslator(
                {
                    getString: () => {
                        throw new Error("no resources");
                    },
                },
                defaults,
            )("Only"),
        ).toBe("English only");
    });

    it("adopts new resources that answer every key used so far alike, and refuses ones that answer otherwise", () => {
        const translator = translatorOf({ getString: (id) => (id === "Greeting" ? "Hallo {0}, noch {1}" : "") }, defaults);
        const t = translator.t;
        expect(t("Greeting", "Ada", "3")).toBe("Hallo Ada, noch 3");
        expect(t("Only")).toBe("English only");
        expect(translator.adopt({ getString: (id) => (id === "Greeting" ? "Hallo {0}, noch {1}" : "") })).toBe(true);
        expect(translator.adopt({ getString: (id) => (id === "Greeting" ? "Servus {0}, noch {1}" : "") })).toBe(false);
        expect(translator.adopt({ getString: (id) => (id === "Only" ? "Nur Deutsch" : "Hallo {0}, noch {1}") })).toBe(false);
        expect(t("Greeting", "Ada", "3")).toBe("Hallo Ada, noch 3");
    });

    it("leaves unknown placeholders and keys visible rather than inventing text", () => {
        expect(fillPlaceholders("{0} and {2}", ["a"])).toBe("a and {2}");
        expect(createTranslator(undefined, {})("Missing_Key")).toBe("Missing_Key");
    });
});

describe("English fallbacks compiled into the bundles", () => {
    const controls = { OperationStatusTimeline: OST_STRINGS, IntegrationJobProgress: IJP_STRINGS, StagedDependencyViewer: SDV_STRINGS };

    it("falls back to the shared English string when the control's own defaults do not have it", () => {
        const t = createTranslator(undefined, { Only: "English only" });
        expect(t("Refresh_ReadAt", "now")).toBe("Updated now");
        expect(t("Only")).toBe("English only");
    });

    it.each(Object.entries(controls))("%s: with the shared strings, every English string its code can show resolves without the host", (control, own) => {
        const english = resxStrings(control);
        const t = createTranslator(undefined, own);
        for (const key of Object.keys(english).filter((k) => !/^(Control|Property)_/.test(k))) expect(t(key)).toBe(english[key]);
        // The shared strings are compiled once, not again into each control.
        for (const key of Object.keys(COMMON_STRINGS)) expect(own).not.toHaveProperty(key);
        expect(own).not.toHaveProperty("Control_DisplayName");
    });
});

describe("counts", () => {
    const defaults = { Packets: "{0} packets received", Packets_one: "{0} packet received", Rows: "{0} rows" };
    const t = createTranslator(undefined, defaults);

    it("uses the singular form for exactly one when the resx has it, the plural otherwise", () => {
        expect(countText(t, "Packets", 1, "1")).toBe("1 packet received");
        expect(countText(t, "Packets", 0, "0")).toBe("0 packets received");
        expect(countText(t, "Packets", 2, "2")).toBe("2 packets received");
        expect(countText(t, "Rows", 1, "1")).toBe("1 rows");
    });
});

describe("numberText: counts in the user's digits", () => {
    it("groups and writes digits as the locale does, and falls back to plain digits for a locale Intl refuses", () => {
        expect(numberText(1234567, "en-US")).toBe("1,234,567");
        expect(numberText(1234567, "de-DE")).toBe("1.234.567");
        expect(numberText(12, "ar-SA")).toBe("١٢");
        expect(numberText(42, "not a locale!")).toBe("42");
    });
});
