// The host's confirm dialog as a model-driven app draws it: the title, the text and the two button labels
// the control passes to navigation.openConfirmDialog (the host's own defaults where it passes none), modal,
// answering { confirmed } when a button is chosen; Escape answers as the cancel button does.

/** Asks the user; resolves true for the confirm button, false for the cancel button or Escape. */
export function askConfirm(strings = {}) {
    const dialog = document.createElement("dialog");
    dialog.className = "host-confirm";
    dialog.setAttribute("aria-labelledby", "host-confirm-title");
    dialog.setAttribute("aria-describedby", "host-confirm-text");
    const title = document.createElement("h2");
    title.id = "host-confirm-title";
    title.textContent = typeof strings.title === "string" && strings.title ? strings.title : "Confirmation";
    const text = document.createElement("p");
    text.id = "host-confirm-text";
    text.textContent = typeof strings.text === "string" ? strings.text : "";
    const buttons = document.createElement("div");
    buttons.className = "host-confirm-buttons";
    const confirm = document.createElement("button");
    confirm.type = "button";
    confirm.className = "primary";
    confirm.textContent = typeof strings.confirmButtonLabel === "string" && strings.confirmButtonLabel ? strings.confirmButtonLabel : "OK";
    const cancel = document.createElement("button");
    cancel.type = "button";
    cancel.textContent = typeof strings.cancelButtonLabel === "string" && strings.cancelButtonLabel ? strings.cancelButtonLabel : "Cancel";
    buttons.append(confirm, cancel);
    dialog.append(title, text, buttons);
    document.body.append(dialog);
    return new Promise((resolve) => {
        const answer = (confirmed) => {
            dialog.close();
            dialog.remove();
            resolve(confirmed);
        };
        confirm.addEventListener("click", () => answer(true));
        cancel.addEventListener("click", () => answer(false));
        dialog.addEventListener("cancel", (event) => {
            event.preventDefault();
            answer(false);
        });
        dialog.showModal();
        cancel.focus();
    });
}
