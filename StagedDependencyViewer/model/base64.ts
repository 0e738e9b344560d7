/** Base64 pieces are made from this many bytes at a time (a multiple of 3, so that the pieces join). */
const PIECE_BYTES = 3 * 8_192;

/** The UTF-8 bytes of a text; a lone surrogate becomes U+FFFD, as TextEncoder does. */
function utf8Bytes(text: string): Uint8Array {
    const bytes = new Uint8Array(utf8Length(text));
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        let code = text.charCodeAt(i);
        if (code < 0x80) {
            bytes[n++] = code;
            continue;
        }
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
            const low = text.charCodeAt(i + 1);
            if (low >= 0xdc00 && low <= 0xdfff) {
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                i++;
            }
        }
        if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
        if (code < 0x800) {
            bytes[n++] = 0xc0 | (code >> 6);
            bytes[n++] = 0x80 | (code & 63);
        } else if (code < 0x10000) {
            bytes[n++] = 0xe0 | (code >> 12);
            bytes[n++] = 0x80 | ((code >> 6) & 63);
            bytes[n++] = 0x80 | (code & 63);
        } else {
            bytes[n++] = 0xf0 | (code >> 18);
            bytes[n++] = 0x80 | ((code >> 12) & 63);
            bytes[n++] = 0x80 | ((code >> 6) & 63);
            bytes[n++] = 0x80 | (code & 63);
        }
    }
    return bytes;
}

/** How many UTF-8 bytes a text takes (a pair of surrogates 4, a lone one 3, as U+FFFD). */
function utf8Length(text: string): number {
    let length = text.length;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80) continue;
        if (code < 0x800) length += 1;
        else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            length += 2; // 4 bytes for the 2 code units
            i++;
        } else length += 2;
    }
    return length;
}

/**
 * Text as UTF-8 bytes in base64, the form `navigation.openFile` takes file content in. The bytes are one
 * typed array and the base64 is joined once from pieces: a file of 100 MB (a million exported entries)
 * must not be built a character at a time.
 */
export function utf8Base64(text: string): string {
    const bytes = utf8Bytes(text);
    const pieces: string[] = [];
    for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
        // btoa takes a "binary string": one character per byte.
        pieces.push(btoa(String.fromCharCode.apply(null, bytes.subarray(at, at + PIECE_BYTES) as unknown as number[])));
    }
    return pieces.join("");
}
