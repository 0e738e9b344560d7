// What pcf-scripts checks of a control's code file before it bundles ("Validating control", its
// sourceCodeValidator), made on the syntax alone: the file exists, declares no namespace, exports at most one
// thing, and an exported class is named as the manifest's constructor. pcf-scripts builds a whole TypeScript
// program (every @types package, all of Fluent's typings) per control for this; scripts/lib/pcf-rebuild.mjs
// skips that and scripts/build.mjs calls this instead.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import ts from "typescript";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" });

/** Problems with the code file of the control in `root/control`, as messages (none when it is fine). */
export function entryPointProblems(root, control) {
    const manifest = parser.parse(readFileSync(join(root, control, "ControlManifest.Input.xml"), "utf8"))?.manifest?.control;
    const constructorName = manifest?.["@_constructor"];
    const codes = [manifest?.resources?.code].flat().filter(Boolean);
    if (!constructorName || codes.length !== 1 || !codes[0]["@_path"]) return [`${control}: the manifest needs a constructor and one <code path="…">`];
    const codePath = join(root, control, codes[0]["@_path"]);
    if (!existsSync(codePath)) return [`${control}: the code file ${codes[0]["@_path"]} does not exist`];
    if (statSync(codePath).isDirectory()) return [`${control}: the code path ${codes[0]["@_path"]} must be a file`];

    const file = `${control}/${codes[0]["@_path"]}`;
    const source = ts.createSourceFile(codePath, readFileSync(codePath, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const problems = [];
    let exported = 0;
    for (const node of source.statements) {
        if (node.kind === ts.SyntaxKind.ModuleDeclaration) problems.push(`${file}: declares a namespace or module (pcf-scripts refuses internal modules)`);
        const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
        if (!modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
        exported += 1;
        if (exported === 2) problems.push(`${file}: exports more than one thing (only the control's class may be exported)`);
        if (ts.isClassDeclaration(node) && node.name) {
            // pcf-scripts compares the class's symbol name, which for `export default class` is "default".
            const name = modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword) ? "default" : node.name.text;
            if (name !== constructorName)
                problems.push(
                    `${file}: exports ${name === "default" ? "a default class" : `class ${name}`}, but the manifest's constructor is ${constructorName}`,
                );
        }
    }
    return problems;
}
