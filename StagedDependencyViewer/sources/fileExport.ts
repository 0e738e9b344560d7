import { browserTimers } from "../../common/sources/timers";
import type { HostNavigation } from "../../common/host/hostApis";
import { Utf8Base64Writer } from "../model/base64";

type FileSaver = Pick<HostNavigation, "canSaveFile" | "saveFile">;

/** A download the browser starts from an object URL, for hosts without a save dialog. */
function browserDownload(fileName: string, parts: readonly string[], mimeType: string): void {
    if (typeof URL === "undefined" || typeof URL.createObjectURL !== "function" || typeof document === "undefined") {
        throw new Error("No way to save a file here");
    }
    const url = URL.createObjectURL(new Blob(parts as string[], { type: `${mimeType};charset=utf-8` }));
    try {
        const anchor = document.createElement("a");
        anchor.href = url;
        anchor.download = fileName;
        anchor.rel = "noopener";
        anchor.style.display = "none";
        document.body.appendChild(anchor);
        anchor.click();
        anchor.remove();
    } finally {
        // Let the click start the download before the URL goes away.
        browserTimers.setTimeout(() => URL.revokeObjectURL(url), 0);
    }
}

/** A text file written piece by piece (a large export writes it in slices), then handed to the user. */
export interface TextFile {
    write(text: string): void;
    /**
     * Hands the file to the user: through the host's save dialog (`navigation.openFile`, via
     * HostNavigation.saveFile) in model-driven apps, otherwise as a browser download. Rejects when neither is
     * possible or the host refuses.
     */
    save(): Promise<void>;
}

/**
 * A text file for the user, encoded as it is written: base64 of UTF-8 for the host's save dialog, or the
 * pieces of a browser download. A byte-order mark lets spreadsheet programs read UTF-8.
 */
export function textFile(navigation: FileSaver, fileName: string, mimeType: string): TextFile {
    if (navigation.canSaveFile) {
        const content = new Utf8Base64Writer();
        content.write("\ufeff");
        return {
            write: (text) => content.write(text),
            save: async () => {
                const fileContent = content.end();
                await navigation.saveFile({ fileName, fileContent, fileSize: content.byteLength, mimeType });
            },
        };
    }
    const parts = ["\ufeff"];
    return {
        write: (text) => parts.push(text),
        save: async () => browserDownload(fileName, parts, mimeType),
    };
}
