// docs/benchmarks.md, written by `npm run bench` from the tables it printed: the one place the project's
// figures live. Prose elsewhere links here and never copies a figure.
import { execFileSync } from "node:child_process";

function git(root, args) {
    try {
        return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
        return "";
    }
}

/** The commit measured, and whether the code differed from it (prose and this page do not count). */
function commitOf(root) {
    const commit = git(root, ["rev-parse", "--short", "HEAD"]) || "unknown";
    const dirty = git(root, ["status", "--porcelain", "--untracked-files=no", "--", ".", ":!*.md", ":!docs"]) !== "";
    return dirty ? `${commit} with uncommitted changes` : commit;
}

const cell = (value) =>
    value === null || value === undefined ? "–" : String(typeof value === "number" ? value.toLocaleString("en-US") : value).replace(/\|/g, "\\|");

function markdownTable(rows) {
    if (rows.length === 0) return "(nothing measured)";
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    return [
        `| ${columns.map(cell).join(" | ")} |`,
        `|${columns.map(() => "---").join("|")}|`,
        ...rows.map((row) => `| ${columns.map((column) => cell(row[column])).join(" | ")} |`),
    ].join("\n");
}

/** The whole page: when, where and what was measured, then every table with its notes. */
export function benchmarkPage({ root, machine, measuredAt, buildLine, tables }) {
    const lines = [
        "# Benchmarks",
        "",
        "Written by `npm run bench`; do not edit by hand. Run it on an idle machine before you compare: milliseconds",
        "swing with load (the load average below says how busy the machine was), ratios and counts travel better.",
        "",
        `- Measured: ${measuredAt.slice(0, 16).replace("T", " ")} UTC, commit ${commitOf(root)}`,
        `- Machine: ${machine.cpu} × ${machine.cores}, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, headless Chromium ${machine.browser}`,
        `- Load average when the measuring ended (1, 5, 15 min): ${machine.loadAverage.join(", ")}`,
        `- ${buildLine}`,
        "",
    ];
    for (const { title, rows, notes } of tables) {
        lines.push(`## ${title}`, "", markdownTable(rows), "");
        for (const note of notes) lines.push(note, "");
    }
    return `${lines.join("\n").trimEnd()}\n`;
}
