import type { HostNavigation } from "../../common/host/hostApis";
import { utf8Base64 } from "../model/base64";

type FileSaver = Pick<HostNavigation, "canSaveFile" | "saveFile">;

/** A file's content as the host's save dialog takes it: base64 of the UTF-8 bytes, and their count. */
function fileOf(text: string): { fileContent: string; fileSize: number } {
    const fileContent = utf8Base64(text);
    const padding = fileContent.endsWith("==") ? 2 : fileContent.endsWith("=") ? 1 : 0;
    return { fileContent, fileSize: (fileContent.length / 4) * 3 - padding };
}

/** A download the browser starts from an object URL, for hosts without a save dialog. */
function browserDownload(fileName: string, text: string, mimeType: string): void {
    if (typeof URL === "undefined" || typeof URL.createObjectURL !== "function" || typeof document === "undefined") {
        throw new Error("No way to save a file here");
    }
    const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
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
        setTimeout(() => URL.revokeObjectURL(url), 0);
    }
}

/**
 * Hands a text file to the user: through the host's save dialog (`navigation.openFile`, via
 * HostNavigation.saveFile) in model-driven apps, otherwise as a browser download. A byte-order mark lets
 * spreadsheet programs read UTF-8. Rejects when neither is possible or the host refuses.
 */
export async function saveTextFile(navigation: FileSaver, fileName: string, content: string, mimeType: string): Promise<void> {
    const text = "\ufeff" + content;
    if (navigation.canSaveFile) {
        await navigation.saveFile({ fileName, ...fileOf(text), mimeType });
        return;
    }
    browserDownload(fileName, text, mimeType);
}
