import { DefaultPalette, type IPalette } from "@fluentui/react/lib/Styling";
import { themeFromHost, TEXT_SLOTS, GRAPHIC_SLOTS, TEXT_SEMANTIC, GRAPHIC_SEMANTIC, MESSAGE_BACKGROUNDS } from "../../../common/host/theme";
import { TOKENS } from "../../../scripts/host/tokens";
import { optionColor } from "../../../common/components/StatusBadge";

/** WCAG 2 contrast ratio of two #rrggbb colors, written out here so the theme is not checked by its own code. */
function contrast(a: string, b: string): number {
    const lum = (hex: string) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
}

const HOSTS = {
    "light, no tokens": { isDarkTheme: false },
    "dark, no tokens": { isDarkTheme: true },
    "light, Fluent 9 tokens": { isDarkTheme: false, tokenTheme: TOKENS.light },
    "dark, Fluent 9 tokens": { isDarkTheme: true, tokenTheme: TOKENS.dark },
};

describe("the theme derived from the host", () => {
    it("leaves no palette slot at its light default in a dark theme", () => {
        for (const design of [HOSTS["dark, no tokens"], HOSTS["dark, Fluent 9 tokens"]]) {
            const palette = themeFromHost(design).palette;
            const kept = (Object.keys(DefaultPalette) as (keyof IPalette)[]).filter(
                (slot) => palette[slot].toLowerCase() === DefaultPalette[slot].toLowerCase(),
            );
            expect(kept).toEqual([]);
        }
    });

    it("gives every semantic color the controls read a dark value in a dark theme", () => {
        const light = themeFromHost(HOSTS["light, no tokens"]).semanticColors;
        const dark = themeFromHost(HOSTS["dark, no tokens"]).semanticColors;
        const used = [...TEXT_SEMANTIC, ...GRAPHIC_SEMANTIC, ...MESSAGE_BACKGROUNDS, "bodyBackground", "bodyDivider"] as const;
        expect(used.filter((name) => dark[name] === light[name])).toEqual([]);
    });

    describe.each(Object.entries(HOSTS))("%s", (_name, design) => {
        const theme = themeFromHost(design);
        const background = theme.palette.white;
        const below = (names: readonly string[], colors: Record<string, string>, on: string, minimum: number) =>
            names.map((name) => [name, colors[name], Math.round(contrast(colors[name], on) * 100) / 100] as const).filter(([, , ratio]) => ratio < minimum);

        it("puts text at 4.5:1 or more on the background", () => {
            expect(below(TEXT_SLOTS, theme.palette as unknown as Record<string, string>, background, 4.5)).toEqual([]);
            expect(below(TEXT_SEMANTIC, theme.semanticColors as unknown as Record<string, string>, background, 4.5)).toEqual([]);
        });

        it("puts markers, borders and icons at 3:1 or more on the background", () => {
            expect(below(GRAPHIC_SLOTS, theme.palette as unknown as Record<string, string>, background, 3)).toEqual([]);
            expect(below(GRAPHIC_SEMANTIC, theme.semanticColors as unknown as Record<string, string>, background, 3)).toEqual([]);
        });

        it("keeps message text readable on every message bar and highlights readable", () => {
            const messageText = theme.semanticColors.messageText;
            for (const name of MESSAGE_BACKGROUNDS) expect([name, contrast(messageText, theme.semanticColors[name]) >= 4.5]).toEqual([name, true]);
            // Links and toggles inside message bars and cards.
            for (const name of MESSAGE_BACKGROUNDS) {
                expect([name, contrast(theme.semanticColors.messageLink, theme.semanticColors[name]) >= 4.5]).toEqual([name, true]);
                expect([name, contrast(theme.semanticColors.messageLinkHovered, theme.semanticColors[name]) >= 4.5]).toEqual([name, true]);
            }
            expect(contrast(theme.palette.black, theme.palette.yellowLight)).toBeGreaterThanOrEqual(4.5);
            // JSON trees: keys (themeDarkAlt) and string values (greenDark) on the control's background.
            expect(contrast(theme.palette.themeDarkAlt, background)).toBeGreaterThanOrEqual(4.5);
            expect(contrast(theme.palette.greenDark, background)).toBeGreaterThanOrEqual(4.5);
        });

        it("keeps links and body text readable on grid rows at rest, hovered, selected and both", () => {
            const { palette, semanticColors } = theme;
            // Fluent's DetailsRow: hovered neutralLighter, selected neutralLight, selected and hovered neutralQuaternaryAlt.
            const rows = [background, palette.neutralLighter, palette.neutralLight, palette.neutralQuaternaryAlt];
            const unreadable = rows.flatMap((row) =>
                (["link", "linkHovered", "bodyText"] as const)
                    .map((name) => [name, row, Math.round(contrast(semanticColors[name], row) * 100) / 100] as const)
                    .filter(([, , ratio]) => ratio < 4.5),
            );
            expect(unreadable).toEqual([]);
        });
    });

    it("keeps a host's unreadable brand readable as text", () => {
        const theme = themeFromHost({ isDarkTheme: true, tokenTheme: { ...TOKENS.dark, colorBrandForeground1: "#0c3b5e" } });
        expect(contrast(theme.palette.themePrimary, theme.palette.white)).toBeGreaterThanOrEqual(4.5);
    });
});

describe("a maker's option color", () => {
    // The colors makers pick in the option set editor; chosen for a white form.
    const MAKER_COLORS = ["#498205", "#0078d4", "#a4262c", "#605e5c", "#ffb900"];

    it("stays visible (3:1) on a dark form, moved only as far as needed", () => {
        for (const design of [HOSTS["dark, no tokens"], HOSTS["dark, Fluent 9 tokens"]]) {
            const theme = themeFromHost(design);
            for (const color of MAKER_COLORS) {
                const shown = optionColor(theme, { color, tone: "neutral" });
                expect([color, contrast(shown, theme.palette.white) >= 3]).toEqual([color, true]);
            }
        }
    });

    it("is used as the maker gave it where it is already visible", () => {
        const theme = themeFromHost(HOSTS["light, no tokens"]);
        expect(optionColor(theme, { color: "#498205", tone: "neutral" })).toBe("#498205");
    });

    it("a light theme's own tone color stands for that tone: In Progress is one blue in dark, with metadata or without", () => {
        for (const design of [HOSTS["light, no tokens"], HOSTS["dark, no tokens"], HOSTS["dark, Fluent 9 tokens"]]) {
            const theme = themeFromHost(design);
            expect(optionColor(theme, { color: "#0078D4", tone: "neutral" })).toBe(optionColor(theme, { tone: "progress" }));
            expect(optionColor(theme, { color: "#107c10", tone: "neutral" })).toBe(theme.semanticColors.successIcon);
        }
        // Light: the maker's blue as it was.
        expect(optionColor(themeFromHost(HOSTS["light, no tokens"]), { color: "#0078d4", tone: "progress" })).toBe("#0078d4");
    });

    it("falls back to the tone's color when the option has none", () => {
        const theme = themeFromHost(HOSTS["dark, no tokens"]);
        expect(optionColor(theme, { tone: "error" })).toBe(theme.semanticColors.errorIcon);
    });
});
