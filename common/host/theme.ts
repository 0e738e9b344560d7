import { createTheme, type IPartialTheme, type ITheme as Theme } from "@fluentui/react/lib/Styling";

/**
 * The host's Fluent 9 design tokens (`context.fluentDesignLanguage`) as a Fluent 8 theme for a scoped
 * ThemeProvider. `loadTheme` would restyle the whole form, so it is never used.
 */
type TokenBag = Readonly<Record<string, unknown>>;
type DesignStateLike = { tokenTheme?: unknown; isDarkTheme?: boolean } | null | undefined;

const DARK_PALETTE: IPartialTheme["palette"] = {
    themePrimary: "#479ef5",
    themeLighterAlt: "#030609",
    themeLighter: "#0b1927",
    themeLight: "#152f4a",
    themeTertiary: "#2b5f93",
    themeSecondary: "#3f8bd8",
    themeDarkAlt: "#58a7f6",
    themeDark: "#71b5f7",
    themeDarker: "#96c8f9",
    neutralLighterAlt: "#262626",
    neutralLighter: "#2f2f2f",
    neutralLight: "#3d3d3d",
    neutralQuaternaryAlt: "#464646",
    neutralQuaternary: "#4d4d4d",
    neutralTertiaryAlt: "#6b6b6b",
    neutralTertiary: "#c8c8c8",
    neutralSecondary: "#d0d0d0",
    neutralSecondaryAlt: "#d0d0d0",
    neutralPrimaryAlt: "#dadada",
    neutralPrimary: "#ffffff",
    neutralDark: "#f4f4f4",
    black: "#f8f8f8",
    white: "#1f1f1f",
};

function token(tokens: TokenBag, name: string): string | undefined {
    const value = tokens[name];
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

export function themeFromHost(design: DesignStateLike): Theme {
    const dark = design?.isDarkTheme === true;
    const tokens = (design?.tokenTheme && typeof design.tokenTheme === "object" ? design.tokenTheme : {}) as TokenBag;
    const palette: IPartialTheme["palette"] = { ...(dark ? DARK_PALETTE : {}) };
    // Fluent 8 uses themePrimary for filled buttons and for text (links, icons). On a dark background the
    // brand *background* token is too dim for text, so dark themes take the brand foreground instead.
    const mapping: [keyof NonNullable<IPartialTheme["palette"]>, string][] = [
        ["themePrimary", dark ? "colorBrandForeground1" : "colorBrandBackground"],
        ["themeDarkAlt", "colorBrandBackgroundHover"],
        ["themeDark", "colorBrandBackgroundPressed"],
        ["themeLighter", "colorBrandBackground2"],
        ["neutralPrimary", "colorNeutralForeground1"],
        ["neutralSecondary", "colorNeutralForeground2"],
        ["neutralTertiary", "colorNeutralForeground3"],
        ["white", "colorNeutralBackground1"],
        ["neutralLighterAlt", "colorNeutralBackground2"],
        ["neutralLighter", "colorNeutralBackground3"],
        ["neutralLight", "colorNeutralStroke2"],
        ["neutralQuaternary", "colorNeutralStroke1"],
    ];
    for (const [slot, name] of mapping) {
        const value = token(tokens, name);
        if (value) palette[slot] = value;
    }
    const link = token(tokens, "colorBrandForegroundLink") ?? (dark ? palette.themePrimary : undefined);
    const linkHovered = token(tokens, "colorBrandForegroundLinkHover") ?? (dark ? palette.themeDarker : undefined);
    const semanticColors: IPartialTheme["semanticColors"] = {};
    if (link) semanticColors.link = link;
    if (linkHovered) semanticColors.linkHovered = linkHovered;
    return createTheme({ palette, semanticColors, isInverted: dark });
}
