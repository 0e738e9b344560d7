// The gallery's host log: every call the control makes on its host (Web API, navigation, data set, grid,
// outputs), listed beside the stage as text and kept for the tests (window.gallery.log).
const $ = (id) => document.getElementById(id);

export const log = [];

/** Empties the host log: a new scenario starts with a log of its own. */
export function clearLog() {
    log.splice(0);
    $("log").replaceChildren();
}

/** Log text for long strings (a saved file's base64 content can be 100 MB): their start and their length. */
function shortened(_key, value) {
    return typeof value === "string" && value.length > 500 ? `${value.slice(0, 200)}… (${value.length.toLocaleString("en-US")} characters)` : value;
}

export function addLog(entry) {
    log.push({ at: new Date().toISOString(), ...entry });
    const list = $("log");
    const item = document.createElement("li");
    const details =
        entry.kind === "webAPI"
            ? `${entry.method} ${entry.entity}${entry.id ? ` ${entry.id}` : ""}${entry.options ? ` ${entry.options}` : ""}`
            : `${entry.method ?? ""} ${JSON.stringify(entry.args ?? entry.outputs ?? "", shortened)}`;
    item.textContent = `${entry.kind}: ${details}`; // data shows as text, never as markup
    list.append(item);
    while (list.childElementCount > 200) list.firstElementChild.remove();
}
