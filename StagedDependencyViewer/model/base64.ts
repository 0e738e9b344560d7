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
 * Text as UTF-8 bytes in base64, the form `navigation.openFile` takes file content in, written piece by
 * piece: a file of 100 MB (a million exported entries) is encoded as it is written, in slices, and joined
 * once at the end. Pieces are whole texts (a surrogate pair split between two writes would not survive).
 */
export class Utf8Base64Writer {
    private readonly pieces: string[] = [];
    /** Bytes of the last write not encoded yet (fewer than 3: base64 encodes 3 bytes at a time). */
    private carry: Uint8Array = new Uint8Array(0);
    private bytes = 0;

    write(text: string): void {
        const fresh = utf8Bytes(text);
        this.bytes += fresh.length;
        let bytes = fresh;
        if (this.carry.length > 0) {
            bytes = new Uint8Array(this.carry.length + fresh.length);
            bytes.set(this.carry);
            bytes.set(fresh, this.carry.length);
        }
        const usable = bytes.length - (bytes.length % 3);
        for (let at = 0; at < usable; at += PIECE_BYTES) this.pieces.push(base64Of(bytes.subarray(at, Math.min(usable, at + PIECE_BYTES))));
        this.carry = bytes.slice(usable);
    }

    /** How many bytes were written. */
    get byteLength(): number {
        return this.bytes;
    }

    /** The base64 of everything written. */
    end(): string {
        if (this.carry.length > 0) this.pieces.push(base64Of(this.carry));
        this.carry = new Uint8Array(0);
        const content = this.pieces.join("");
        this.pieces.length = 0;
        this.pieces.push(content);
        return content;
    }
}

function base64Of(bytes: Uint8Array): string {
    // btoa takes a "binary string": one character per byte.
    return btoa(String.fromCharCode.apply(null, bytes as unknown as number[]));
}
