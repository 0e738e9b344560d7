// The design tokens of the fake host, light and dark (the gallery page and the jest tests share them).

/** A subset of Fluent 9's web themes, as `context.fluentDesignLanguage.tokenTheme` carries them. */
export const TOKENS: Readonly<Record<"light" | "dark", Readonly<Record<string, string>>>> = {
    light: {
        colorBrandBackground: "#0f6cbd",
        colorBrandBackgroundHover: "#115ea3",
        colorBrandBackgroundPressed: "#0c3b5e",
        colorBrandBackground2: "#ebf3fc",
        colorNeutralForeground1: "#242424",
        colorNeutralForeground2: "#424242",
        colorNeutralForeground3: "#616161",
        colorNeutralBackground1: "#ffffff",
        colorNeutralBackground2: "#fafafa",
        colorNeutralBackground3: "#f5f5f5",
        colorNeutralStroke1: "#d1d1d1",
        colorNeutralStroke2: "#e0e0e0",
    },
    dark: {
        colorBrandBackground: "#115ea3",
        colorBrandBackgroundHover: "#0f6cbd",
        colorBrandBackgroundPressed: "#0c3b5e",
        colorBrandBackground2: "#082338",
        colorNeutralForeground1: "#ffffff",
        colorNeutralForeground2: "#d6d6d6",
        colorNeutralForeground3: "#adadad",
        colorNeutralBackground1: "#292929",
        colorNeutralBackground2: "#1f1f1f",
        colorNeutralBackground3: "#141414",
        colorNeutralStroke1: "#666666",
        colorNeutralStroke2: "#525252",
    },
};
