import { GUID_PATTERN } from "../../common/model/guid";
import { SPACE } from "./charCodes";
import { componentTypeCode } from "./componentTypes";

/**
 * The entries of a dependency list, whichever reading produced them (the one-shot parse in
 * parseDependencies.ts or the sliced scan in scanDependencies.ts): what an entry is, the list a value
 * holds, and the parsed JSON values read into entries only when asked — grouping reads just each entry's
 * type and identity, a view builds the few visible rows.
 */

export interface Dependency {
    /** GUID or other identifier as written; "" when the entry has none. */
    readonly id: string;
    /** Name as written; "" when the entry has none. */
    readonly name: string;
    /** The type as written when it is not a known component type code or name; otherwise "". */
    readonly type: string;
    /** Solution component type code, when the entry's type is one. */
    readonly typeCode: number | undefined;
    readonly parent: string;
}

export type DependencyFormat = "jsonStrings" | "jsonObjects" | "jsonWrapped" | "delimited";

/** The entries of a list, read on demand. */
export interface DependencyEntries {
    readonly length: number;
    at(index: number): Dependency;
    /** The component type code of an entry, without building the whole entry (grouping reads every one). */
    typeCodeAt(index: number): number | undefined;
    /** The type as written when it is not a component type code, "" when none. */
    typeTextAt(index: number): string;
    /** What identifies an entry (its id, else its name), for spotting duplicates without building entries. */
    identityAt(index: number): string;
}

export type DependencyList =
    | { kind: "empty" }
    | {
          kind: "list";
          entries: DependencyEntries;
          format: DependencyFormat;
          /** The JSON ended early; `entries` holds the complete entries before the cut. */
          truncated: boolean;
      }
    | { kind: "raw"; text: string; reason: "unrecognized" | "malformed" }
    | { kind: "tooLarge"; length: number };

/** Arrays nested deeper than this are not flattened, and wrapping objects not searched deeper for the list. */
export const MAX_WRAPPER_DEPTH = 4;

const MAX_FIELD_CHARS = 2_000;
const MAX_SHAPES = 8;

const ID_KEYS = ["id", "objectid", "componentid", "metadataid", "solutioncomponentid", "dependentcomponentobjectid", "requiredcomponentobjectid", "guid"];
const NAME_KEYS = ["name", "schemaname", "logicalname", "displayname", "uniquename", "componentname", "label"];
const TYPE_KEYS = ["type", "componenttype", "componenttypename", "typename", "objecttypecode", "kind"];
const PARENT_KEYS = ["parent", "entity", "parentname", "entityname", "entitylogicalname", "parententity", "parentid"];

export function isGuidText(text: string): boolean {
    const length = text.length;
    // Cheap shape check first: this runs once per entry of lists with 100,000 entries.
    if (length !== 36 && length !== 38) return false;
    return GUID_PATTERN.test(text);
}

function clip(text: string): string {
    return text.length > MAX_FIELD_CHARS ? text.slice(0, MAX_FIELD_CHARS) : text;
}

/** A field value as text: objects such as Dataverse labels ({UserLocalizedLabel:{Label}}) give their label. */
function fieldText(value: unknown): string {
    switch (typeof value) {
        case "string":
            return clip(value);
        case "number":
        case "boolean":
        case "bigint":
            return String(value);
        case "object": {
            if (value === null) return "";
            if (Array.isArray(value))
                return clip(
                    value
                        .map(fieldText)
                        .filter((part) => part !== "")
                        .join(", "),
                );
            const o = value as Record<string, unknown>;
            const label = (o.UserLocalizedLabel as { Label?: unknown } | null | undefined)?.Label;
            for (const candidate of [label, o.Label, o.label, o.Name, o.name, o.LogicalName, o.logicalName, o.Value, o.value, o.Id, o.id]) {
                if (candidate !== undefined && candidate !== null && typeof candidate !== "object") return clip(String(candidate));
            }
            return compactJson(value);
        }
        default:
            return "";
    }
}

/** A value as short JSON text ("" when it cannot be written). */
export function compactJson(value: unknown): string {
    try {
        return clip(JSON.stringify(value) ?? "");
    } catch {
        return "";
    }
}

interface KeyMap {
    id?: string;
    name?: string;
    type?: string;
    parent?: string;
}

function pick(lowerToKey: Map<string, string>, candidates: readonly string[]): string | undefined {
    for (const candidate of candidates) {
        const key = lowerToKey.get(candidate);
        if (key !== undefined) return key;
    }
    return undefined;
}

/** Which of an object's keys hold its id, name, type and parent, matched case-insensitively. */
function keyMapOf(o: object): KeyMap {
    const lowerToKey = new Map<string, string>();
    for (const key of Object.keys(o)) {
        const lower = key.toLowerCase();
        if (!lowerToKey.has(lower)) lowerToKey.set(lower, key);
    }
    return { id: pick(lowerToKey, ID_KEYS), name: pick(lowerToKey, NAME_KEYS), type: pick(lowerToKey, TYPE_KEYS), parent: pick(lowerToKey, PARENT_KEYS) };
}

/** Whether an object describes one dependency (it has an id or a name key), as a wrapping object without a list may. */
export function describesDependency(o: object): boolean {
    const keys = keyMapOf(o);
    return keys.id !== undefined || keys.name !== undefined;
}

/**
 * Entries read from parsed JSON values, into dependencies only when asked. Building 100,000 objects up
 * front would cost more than JSON.parse itself; a view needs the few visible rows, grouping needs only the
 * types. Where the values come from is the subclass's: an array of them, or the text they are parsed from.
 */
export abstract class JsonEntries implements DependencyEntries {
    private readonly shapes: { keys: string[]; map: KeyMap }[] = [];
    private readonly typeCache = new Map<unknown, number | undefined>();

    abstract get length(): number;

    /** The parsed JSON value of entry `index`. */
    protected abstract valueAt(index: number): unknown;

    at(index: number): Dependency {
        const value = this.valueAt(index);
        if (value !== null && typeof value === "object" && !Array.isArray(value)) return this.fromObject(value as Record<string, unknown>);
        const text = typeof value === "string" ? value.trim() : fieldText(value).trim();
        if (isGuidText(text)) return { id: text, name: "", type: "", typeCode: undefined, parent: "" };
        return { id: "", name: clip(text), type: "", typeCode: undefined, parent: "" };
    }

    typeCodeAt(index: number): number | undefined {
        const value = this.valueAt(index);
        if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
        const keys = this.keysOf(value as Record<string, unknown>);
        return keys.type === undefined ? undefined : this.codeOf((value as Record<string, unknown>)[keys.type]);
    }

    typeTextAt(index: number): string {
        const value = this.valueAt(index);
        if (value === null || typeof value !== "object" || Array.isArray(value)) return "";
        const keys = this.keysOf(value as Record<string, unknown>);
        if (keys.type === undefined) return "";
        const raw = (value as Record<string, unknown>)[keys.type];
        return raw === undefined || raw === null || this.codeOf(raw) !== undefined ? "" : fieldText(raw).trim();
    }

    identityAt(index: number): string {
        const value = this.valueAt(index);
        if (typeof value === "string") return value.trim();
        if (value === null || typeof value !== "object" || Array.isArray(value)) return fieldText(value);
        const o = value as Record<string, unknown>;
        const keys = this.keysOf(o);
        const id = keys.id === undefined ? undefined : o[keys.id];
        if (typeof id === "string" && id !== "") return id.toLowerCase();
        const name = keys.name === undefined ? undefined : o[keys.name];
        return typeof name === "string" ? name : fieldText(id ?? name ?? o);
    }

    /**
     * The key map of an object, found once per shape: an object whose keys (in order) are those of a
     * shape seen before reuses its map. `for…in` over objects of one hidden class is cheap and
     * allocates nothing, unlike Object.keys.
     */
    private keysOf(o: Record<string, unknown>): KeyMap {
        for (const shape of this.shapes) {
            let i = 0;
            let same = true;
            for (const key in o) {
                if (key !== shape.keys[i++]) {
                    same = false;
                    break;
                }
            }
            if (same && i === shape.keys.length) return shape.map;
        }
        const shape = { keys: Object.keys(o), map: keyMapOf(o) };
        // A few shapes cover mixed lists; an unbounded cache would grow with hostile input.
        if (this.shapes.length >= MAX_SHAPES) this.shapes.pop();
        this.shapes.unshift(shape);
        return shape.map;
    }

    private codeOf(raw: unknown): number | undefined {
        if (raw === undefined || raw === null) return undefined;
        if (typeof raw === "number") return Number.isInteger(raw) ? raw : undefined;
        if (typeof raw !== "object") {
            if (this.typeCache.has(raw)) return this.typeCache.get(raw);
            const code = componentTypeCode(raw);
            this.typeCache.set(raw, code);
            return code;
        }
        // An option-like object: {Value: 1, Label: "Entity"}.
        const o = raw as { Value?: unknown; value?: unknown };
        return componentTypeCode(o.Value ?? o.value ?? fieldText(raw));
    }

    private fromObject(o: Record<string, unknown>): Dependency {
        const keys = this.keysOf(o);
        const id = keys.id === undefined ? "" : fieldText(o[keys.id]).trim();
        let name = keys.name === undefined ? "" : fieldText(o[keys.name]).trim();
        if (id === "" && name === "") name = compactJson(o);
        const rawType = keys.type === undefined ? undefined : o[keys.type];
        const typeCode = this.codeOf(rawType);
        const type = typeCode === undefined && rawType !== undefined && rawType !== null ? fieldText(rawType).trim() : "";
        const parent = keys.parent === undefined ? "" : fieldText(o[keys.parent]).trim();
        return { id, name, type, typeCode, parent };
    }
}

/** Whether a parsed value stands for no entry at all. */
function isBlank(value: unknown): boolean {
    return value === null || value === undefined || value === "" || (typeof value === "string" && value.trim() === "");
}

/** Whether a string may be blank: it starts or ends with a space or control character. */
function mayBeBlank(value: string): boolean {
    return value.charCodeAt(0) <= SPACE || value.charCodeAt(value.length - 1) <= SPACE;
}

/** Entries held as parsed values (a list parsed at once, delimited tokens, or runs that are not one value per entry). */
export class ArrayEntries extends JsonEntries {
    constructor(private readonly values: readonly unknown[]) {
        super();
    }

    get length(): number {
        return this.values.length;
    }

    protected valueAt(index: number): unknown {
        return this.values[index];
    }
}

/** What adding a parsed array's values found: whether an entry is an object, and whether each value became one entry. */
export interface AddedEntries {
    objects: boolean;
    /** Every value is one entry, in order (nothing flattened or left out as blank). */
    oneToOne: boolean;
}

/**
 * Adds the entries of a parsed array to `into`: as they are in the common case (one pass of cheap type
 * checks), or flattened when entries are arrays themselves and without blanks.
 */
export function addEntries(values: readonly unknown[], into: unknown[]): AddedEntries {
    let objects = false;
    let irregular = false;
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (typeof value === "object") {
            if (value === null || Array.isArray(value)) irregular = true;
            else objects = true;
        } else if (value === "" || value === undefined) irregular = true;
        else if (typeof value === "string" && mayBeBlank(value) && value.trim() === "") irregular = true;
    }
    if (!irregular) {
        for (let i = 0; i < values.length; i++) into.push(values[i]);
        return { objects, oneToOne: true };
    }
    const add = (value: unknown, depth: number): void => {
        if (Array.isArray(value)) {
            // Nested arrays ([["a","b"],["c"]]) are flattened, to a sane depth.
            if (depth < MAX_WRAPPER_DEPTH) for (const inner of value) add(inner, depth + 1);
            else into.push(compactJson(value));
        } else if (!isBlank(value)) {
            if (value !== null && typeof value === "object") objects = true;
            into.push(value);
        }
    };
    for (const value of values) add(value, 0);
    return { objects, oneToOne: false };
}

/** The format of a JSON list (`wrapped`: an object held it; `objects`: an entry is an object). */
export function jsonFormat(wrapped: boolean, objects: boolean): DependencyFormat {
    return wrapped ? "jsonWrapped" : objects ? "jsonObjects" : "jsonStrings";
}

/** The list of a parsed JSON array (`wrapped`: an object held it); empty when no entry is left. */
export function listOf(values: readonly unknown[], wrapped: boolean, truncated: boolean): DependencyList {
    const entries: unknown[] = [];
    const { objects } = addEntries(values, entries);
    if (entries.length === 0) return { kind: "empty" };
    return { kind: "list", entries: new ArrayEntries(entries), format: jsonFormat(wrapped, objects), truncated };
}

/** The list of delimited text's tokens (GUIDs or names). */
export function tokenList(tokens: readonly string[]): DependencyList {
    return tokens.length === 0 ? { kind: "empty" } : { kind: "list", entries: new ArrayEntries(tokens), format: "delimited", truncated: false };
}
