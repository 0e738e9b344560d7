/** The character codes the readers of `unprocesseddependencies` look at, by name. */

/** ` `: separates the words of a name; it and every control character below it are blank at the edges of a value. */
export const SPACE = 0x20;
/** `"`: opens and closes a JSON string. */
export const QUOTE = 0x22;
/** `,`: separates the entries of a JSON array and the members of an object. */
export const COMMA = 0x2c;
/** `[` and `]`. */
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
/** `\`: escapes the next character of a JSON string. */
export const BACKSLASH = 0x5c;
/** `{` and `}`. */
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
