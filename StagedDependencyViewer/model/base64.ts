/** Text as UTF-8 bytes in base64, the form `navigation.openFile` takes file content in. */
export function utf8Base64(text: string): string {
    const bytes: number[] = [];
    let out = "";
    const flush = (): void => {
        // btoa takes a "binary string"; 3-byte groups keep the pieces joinable.
        const usable = bytes.length - (bytes.length % 3);
        let binary = "";
        for (let i = 0; i < usable; i++) binary += String.fromCharCode(bytes[i]);
        out += btoa(binary);
        bytes.splice(0, usable);
    };
    for (let i = 0; i < text.length; i++) {
        let code = text.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
            const low = text.charCodeAt(i + 1);
            if (low >= 0xdc00 && low <= 0xdfff) {
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                i++;
            }
        }
        if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd; // a lone surrogate
        if (code < 0x80) bytes.push(code);
        else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
        else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
        else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
        if (bytes.length >= 30_000) flush();
    }
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return out + btoa(binary);
}
