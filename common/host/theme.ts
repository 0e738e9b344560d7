import { createTheme, DefaultPalette, type IPalette, type ISemanticColors, type ITheme as Theme } from "@fluentui/react/lib/Styling";
import { readableOn } from "../model/color";

/**
 * The host's Fluent 9 design tokens (`context.fluentDesignLanguage`) as a Fluent 8 theme for a scoped
 * ThemeProvider. `loadTheme` would restyle the whole form, so it is never used.
 *
 * Both themes are spelled out slot by slot: Fluent 8's `createTheme` keeps every palette slot a theme
 * does not set at its light default, so a dark theme that sets only some slots paints dark green or dark
 * blue text on a dark background. Every palette slot and every semantic color the controls and the
 * Fluent components they use read is derived here for light and for dark; text slots are then checked
 * against the background and moved towards the text color until they reach WCAG AA (4.5:1), and
 * icon/border colors until they reach 3:1, whatever tokens a host hands over.
 */
type TokenBag = Readonly<Record<string, unknown>>;
type DesignStateLike = { tokenTheme?: unknown; isDarkTheme?: boolean } | null | undefined;

/** Fluent 8's own light palette, the light base. */
const LIGHT_PALETTE: IPalette = { ...DefaultPalette };

/**
 * The dark base: every slot of the palette. In a dark theme the "Dark" slots are the strong ones, so they
 * are the lighter shades (text and links on a dark background), and the "Light" slots are the quiet
 * backgrounds, so they are the darker shades.
 */
const DARK_PALETTE: IPalette = {
    themeDarker: "#b7d6fb",
    themeDark: "#8fc1f8",
    themeDarkAlt: "#62abf7",
    themePrimary: "#479ef5",
    themeSecondary: "#3a8ad9",
    themeTertiary: "#2b5f93",
    themeLight: "#1d3d5e",
    themeLighter: "#142a40",
    themeLighterAlt: "#0b1622",
    black: "#f8f8f8",
    blackTranslucent40: "rgba(255,255,255,.4)",
    neutralDark: "#f4f4f4",
    neutralPrimary: "#ffffff",
    neutralPrimaryAlt: "#e6e6e6",
    neutralSecondary: "#d0d0d0",
    neutralSecondaryAlt: "#b3b3b3",
    neutralTertiary: "#a8a8a8",
    neutralTertiaryAlt: "#6b6b6b",
    neutralQuaternary: "#4d4d4d",
    neutralQuaternaryAlt: "#464646",
    neutralLight: "#3d3d3d",
    neutralLighter: "#2f2f2f",
    neutralLighterAlt: "#262626",
    accent: "#479ef5",
    white: "#1f1f1f",
    whiteTranslucent40: "rgba(0,0,0,.4)",
    yellowDark: "#fce100",
    yellow: "#ffc83d",
    // A highlight background (search matches): dark enough for the light text of a dark theme.
    yellowLight: "#5c4b00",
    orange: "#f7630c",
    orangeLight: "#f98845",
    orangeLighter: "#fba36b",
    redDark: "#f1707b",
    red: "#ff99a4",
    magentaDark: "#ee5fb7",
    magenta: "#d670c7",
    magentaLight: "#f4a4d1",
    purpleDark: "#b4a0ff",
    purple: "#a185e8",
    purpleLight: "#d0c2ff",
    blueDark: "#a9d3f2",
    blueMid: "#6cb8f6",
    blue: "#479ef5",
    blueLight: "#8fd8ff",
    tealDark: "#5fd0c0",
    teal: "#3cc2b0",
    tealLight: "#8be0d4",
    greenDark: "#92c353",
    green: "#6bb700",
    greenLight: "#c5e28a",
};

/** Semantic colors Fluent's own defaults give per theme; the ones derived from the palette come later. */
const LIGHT_STATUS = {
    errorText: "#a4262c",
    errorIcon: "#a80000",
    errorBackground: "#fde7e9",
    blockingIcon: "#fde7e9",
    blockingBackground: "#fde7e9",
    warningIcon: "#797775",
    warningBackground: "#fff4ce",
    warningHighlight: "#ffb900",
    severeWarningIcon: "#d83b01",
    severeWarningBackground: "#fed9cc",
    successIcon: "#107c10",
    successText: "#107c10",
    successBackground: "#dff6dd",
    infoIcon: "#605e5c",
    infoBackground: "#f3f2f1",
};

const DARK_STATUS: typeof LIGHT_STATUS = {
    errorText: "#f1707b",
    errorIcon: "#f1707b",
    errorBackground: "#442726",
    blockingIcon: "#442726",
    blockingBackground: "#442726",
    warningIcon: "#fce100",
    warningBackground: "#433519",
    warningHighlight: "#fff100",
    severeWarningIcon: "#fce100",
    severeWarningBackground: "#4f2a0f",
    successIcon: "#92c353",
    successText: "#92c353",
    successBackground: "#393d1b",
    infoIcon: "#c8c6c4",
    infoBackground: "#323130",
};

/** Palette slots the controls and Fluent's components put text in: at least 4.5:1 on the background. */
export const TEXT_SLOTS = [
    "neutralPrimary",
    "neutralPrimaryAlt",
    "neutralDark",
    "black",
    "neutralSecondary",
    "themePrimary",
    "themeDarkAlt",
    "themeDark",
    "themeDarker",
    "greenDark",
    "redDark",
] as const satisfies readonly (keyof IPalette)[];

/** Palette slots for markers, borders and icons that carry meaning: at least 3:1 on the background. */
export const GRAPHIC_SLOTS = ["neutralSecondaryAlt", "themeSecondary"] as const satisfies readonly (keyof IPalette)[];

/** Semantic text colors: at least 4.5:1 on the background. */
export const TEXT_SEMANTIC = [
    "bodyText",
    "bodySubtext",
    "link",
    "linkHovered",
    "errorText",
    "successText",
    "messageText",
    "messageLink",
    "messageLinkHovered",
] as const satisfies readonly (keyof ISemanticColors)[];

/** Semantic icon colors: at least 3:1 on the background. */
export const GRAPHIC_SEMANTIC = [
    "errorIcon",
    "warningIcon",
    "severeWarningIcon",
    "successIcon",
    "infoIcon",
] as const satisfies readonly (keyof ISemanticColors)[];

/** Message bar backgrounds, which hold `messageText`. */
export const MESSAGE_BACKGROUNDS = [
    "errorBackground",
    "warningBackground",
    "severeWarningBackground",
    "successBackground",
    "infoBackground",
    "blockingBackground",
] as const satisfies readonly (keyof ISemanticColors)[];

const TEXT_CONTRAST = 4.5;
const GRAPHIC_CONTRAST = 3;

function token(tokens: TokenBag, name: string): string | undefined {
    const value = tokens[name];
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Host tokens laid over a base palette: only the slots whose role a token names. */
function withTokens(base: IPalette, tokens: TokenBag, dark: boolean): IPalette {
    const palette: IPalette = { ...base };
    // Fluent 8 uses themePrimary for filled buttons and for text (links, icons). On a dark background the
    // brand *background* tokens are too dim for text, so a dark theme takes the brand foregrounds instead.
    const mapping: [keyof IPalette, string][] = dark
        ? [
              ["themePrimary", "colorBrandForeground1"],
              ["themeDarkAlt", "colorBrandForeground2"],
              ["themeDarker", "colorBrandForegroundLinkHover"],
              ["themeLighter", "colorBrandBackground2"],
          ]
        : [
              ["themePrimary", "colorBrandBackground"],
              ["themeDarkAlt", "colorBrandBackgroundHover"],
              ["themeDark", "colorBrandBackgroundPressed"],
              ["themeLighter", "colorBrandBackground2"],
          ];
    mapping.push(
        ["neutralPrimary", "colorNeutralForeground1"],
        ["neutralSecondary", "colorNeutralForeground2"],
        ["neutralTertiary", "colorNeutralForeground3"],
        ["white", "colorNeutralBackground1"],
        ["neutralLighterAlt", "colorNeutralBackground2"],
        ["neutralLighter", "colorNeutralBackground3"],
        ["neutralLight", "colorNeutralStroke2"],
        ["neutralQuaternary", "colorNeutralStroke1"],
    );
    for (const [slot, name] of mapping) {
        const value = token(tokens, name);
        if (value) palette[slot] = value;
    }
    palette.accent = palette.themePrimary;
    return palette;
}

/** Every text and graphic slot moved, where needed, just far enough to be readable on the background. */
function readablePalette(palette: IPalette, isDark: boolean): IPalette {
    const result: IPalette = { ...palette };
    const background = palette.white;
    const strongest = palette.neutralPrimary;
    for (const slot of TEXT_SLOTS) result[slot] = readableOn(palette[slot], background, TEXT_CONTRAST, strongest);
    for (const slot of GRAPHIC_SLOTS) result[slot] = readableOn(palette[slot], background, GRAPHIC_CONTRAST, strongest);
    // Search highlights put `black` on `yellowLight`.
    result.black = readableOn(result.black, result.yellowLight, TEXT_CONTRAST, isDark ? "#ffffff" : "#000000");
    return result;
}

/** The semantic colors of a palette, set explicitly for light and dark and kept readable on the background. */
function semanticColorsFor(palette: IPalette, isDark: boolean, tokens: TokenBag): Partial<ISemanticColors> {
    const status = isDark ? DARK_STATUS : LIGHT_STATUS;
    const background = palette.white;
    const text = palette.neutralPrimary;
    const link = token(tokens, "colorBrandForegroundLink") ?? palette.themePrimary;
    // Links sit in grid rows too: at rest, hovered (neutralLighter), selected (neutralLight) and both
    // (neutralQuaternaryAlt), as Fluent's DetailsRow paints them. They stay readable on each.
    const rowBackgrounds = [background, palette.neutralLighter, palette.neutralLight, palette.neutralQuaternaryAlt].filter(
        (color): color is string => typeof color === "string",
    );
    const linkHovered = token(tokens, "colorBrandForegroundLinkHover") ?? palette.themeDarker;
    const colors: Partial<ISemanticColors> = {
        ...status,
        bodyBackground: background,
        bodyStandoutBackground: palette.neutralLighterAlt,
        bodyText: text,
        bodySubtext: palette.neutralSecondary,
        bodyDivider: palette.neutralLight,
        link: readableOn(link, rowBackgrounds, TEXT_CONTRAST, text),
        linkHovered: readableOn(linkHovered, rowBackgrounds, TEXT_CONTRAST, text),
        messageText: text,
        messageLink: readableOn(isDark ? palette.themeDark : palette.themeDarkAlt, background, TEXT_CONTRAST, text),
        messageLinkHovered: readableOn(palette.themeDarker, background, TEXT_CONTRAST, text),
        errorText: readableOn(status.errorText, background, TEXT_CONTRAST, text),
        successText: readableOn(status.successText, background, TEXT_CONTRAST, text),
        focusBorder: palette.neutralSecondary,
        variantBorder: palette.neutralLight,
        disabledText: palette.neutralTertiary,
        disabledBodyText: palette.neutralTertiary,
        buttonText: text,
        inputText: text,
        listText: text,
        menuItemText: text,
        actionLink: text,
    };
    for (const name of GRAPHIC_SEMANTIC) colors[name] = readableOn(colors[name] as string, background, GRAPHIC_CONTRAST, text);
    // Message bars hold messageText on their own backgrounds, and links (messageLink) beside it.
    for (const name of MESSAGE_BACKGROUNDS) colors[name] = readableOn(colors[name] as string, text, TEXT_CONTRAST, background);
    for (const name of MESSAGE_BACKGROUNDS) {
        colors.messageLink = readableOn(colors.messageLink as string, colors[name] as string, TEXT_CONTRAST, text);
        colors.messageLinkHovered = readableOn(colors.messageLinkHovered as string, colors[name] as string, TEXT_CONTRAST, text);
    }
    return colors;
}

export function themeFromHost(design: DesignStateLike): Theme {
    const isDark = design?.isDarkTheme === true;
    const tokens = (design?.tokenTheme && typeof design.tokenTheme === "object" ? design.tokenTheme : {}) as TokenBag;
    const palette = readablePalette(withTokens(isDark ? DARK_PALETTE : LIGHT_PALETTE, tokens, isDark), isDark);
    return createTheme({ palette, semanticColors: semanticColorsFor(palette, isDark, tokens), isInverted: isDark });
}
