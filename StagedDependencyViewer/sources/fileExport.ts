import { utf8Base64 } from "../model/base64";

type NavigationLike = Partial<Pick<ComponentFramework.Navigation, "openFile">> | null | undefined;

/**
 * Hands a text file to the user: through the host's `navigation.openFile` (save mode) in model-driven
 * apps, otherwise as a browser download. A byte-order mark lets spreadsheet programs read UTF-8.
 * Rejects when neither is possible.
 */
export async function saveTextFile(navigation: NavigationLike, fileName: string, content: string, mimeType: string): Promise<void> {
    const text = "\ufeff" + content;
    if (navigation && typeof navigation.openFile === "function") {
        const fileContent = utf8Base64(text);
        const padding = fileContent.endsWith("==") ? 2 : fileContent.endsWith("=") ? 1 : 0;
        await navigation.openFile({ fileName, fileContent, fileSize: (fileContent.length / 4) * 3 - padding, mimeType }, { openMode: 2 });
        return;
    }
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
