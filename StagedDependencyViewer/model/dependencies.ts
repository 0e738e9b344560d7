import { GUID_PATTERN } from "../../common/model/guid";
import { componentTypeCode } from "./componentTypes";

/**
 * Reading `unprocesseddependencies`, whose format Microsoft does not document. Accepted, in this order:
 * a JSON array (of strings, numbers or objects, nested arrays flattened), a JSON object wrapping such an
 * array (or describing a single dependency), a JSON string holding any of these, and delimited text
 * (commas, semicolons, new lines, pipes) of GUIDs or names. Anything else comes back as raw text with a
 * reason; nothing here throws. `parseDependencies` is pure and synchronous (the benchmark times it
 * against a bare JSON.parse); `parseDependenciesInChunks` reads very large values in slices.
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

/** Larger values are refused: parsing them would take several times their size in memory and could crash the tab. */
export const MAX_DEPENDENCY_CHARS = 100_000_000;
/** Up to this size a value is parsed at once (a 100,000-entry list is about 9 million characters); beyond it, in slices. */
export const SYNC_PARSE_MAX_CHARS = 12_000_000;

const MAX_FIELD_CHARS = 2_000;
const MAX_WRAPPER_DEPTH = 4;
const MAX_TOKEN_CHARS = 256;
const MAX_SALVAGE_ATTEMPTS = 12;
const MAX_SHAPES = 8;

const ID_KEYS = ["id", "objectid", "componentid", "metadataid", "solutioncomponentid", "dependentcomponentobjectid", "requiredcomponentobjectid", "guid"];
const NAME_KEYS = ["name", "schemaname", "logicalname", "displayname", "uniquename", "componentname", "label"];
const TYPE_KEYS = ["type", "componenttype", "componenttypename", "typename", "objecttypecode", "kind"];
const PARENT_KEYS = ["parent", "entity", "parentname", "entityname", "entitylogicalname", "parententity", "parentid"];
const WRAPPER_KEYS = ["unprocesseddependencies", "dependencies", "components", "items", "value", "values", "list", "data", "results", "entries", "records"];

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
            if (Array.isArray(value)) return clip(value.map(fieldText).filter((part) => part !== "").join(", "));
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

function compactJson(value: unknown): string {
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

/**
 * The parsed JSON values themselves, read into dependencies only when asked. Building 100,000 objects
 * up front would cost more than JSON.parse itself; a view needs the few visible rows, grouping needs
 * only the types.
 */
class ParsedEntries implements DependencyEntries {
    private readonly shapes: { keys: string[]; map: KeyMap }[] = [];
    private readonly typeCache = new Map<unknown, number | undefined>();

    constructor(private readonly values: readonly unknown[]) {}

    get length(): number {
        return this.values.length;
    }

    at(index: number): Dependency {
        const value = this.values[index];
        if (value !== null && typeof value === "object" && !Array.isArray(value)) return this.fromObject(value as Record<string, unknown>);
        const text = typeof value === "string" ? value.trim() : fieldText(value).trim();
        if (isGuidText(text)) return { id: text, name: "", type: "", typeCode: undefined, parent: "" };
        return { id: "", name: clip(text), type: "", typeCode: undefined, parent: "" };
    }

    typeCodeAt(index: number): number | undefined {
        const value = this.values[index];
        if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
        const keys = this.keysOf(value as Record<string, unknown>);
        return keys.type === undefined ? undefined : this.codeOf((value as Record<string, unknown>)[keys.type]);
    }

    typeTextAt(index: number): string {
        const value = this.values[index];
        if (value === null || typeof value !== "object" || Array.isArray(value)) return "";
        const keys = this.keysOf(value as Record<string, unknown>);
        if (keys.type === undefined) return "";
        const raw = (value as Record<string, unknown>)[keys.type];
        return raw === undefined || raw === null || this.codeOf(raw) !== undefined ? "" : fieldText(raw).trim();
    }

    identityAt(index: number): string {
        const value = this.values[index];
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

/**
 * The entries of a parsed array: as they are in the common case (one pass of cheap type checks), or
 * flattened when entries are arrays themselves and without blanks.
 */
function entriesOf(values: readonly unknown[]): { values: unknown[]; objects: boolean } {
    let objects = false;
    let irregular = false;
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (typeof value === "object") {
            if (value === null || Array.isArray(value)) irregular = true;
            else objects = true;
        } else if (value === "" || value === undefined) irregular = true;
        else if (typeof value === "string" && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32) && value.trim() === "") irregular = true;
    }
    if (!irregular) return { values: values as unknown[], objects };
    const flat: unknown[] = [];
    const add = (value: unknown, depth: number): void => {
        if (Array.isArray(value)) {
            // Nested arrays ([["a","b"],["c"]]) are flattened, to a sane depth.
            if (depth < MAX_WRAPPER_DEPTH) for (const inner of value) add(inner, depth + 1);
            else flat.push(compactJson(value));
        } else if (!isBlank(value)) {
            if (value !== null && typeof value === "object") objects = true;
            flat.push(value);
        }
    };
    for (const value of values) add(value, 0);
    return { values: flat, objects };
}

function listOf(values: readonly unknown[], wrapped: boolean, truncated: boolean): DependencyList {
    const { values: entries, objects } = entriesOf(values);
    if (entries.length === 0) return { kind: "empty" };
    const format: DependencyFormat = wrapped ? "jsonWrapped" : objects ? "jsonObjects" : "jsonStrings";
    return { kind: "list", entries: new ParsedEntries(entries), format, truncated };
}

/** A key of a wrapping object whose value is an array or an object (anything else cannot hold the list). */
interface WrapperEntry<A, O> {
    key: string;
    array?: A;
    object?: O;
}

/**
 * The list a wrapping object holds: a well-known key first (in WRAPPER_KEYS order), then any array-valued
 * key, then the same one level down. Both readings use it (parsed objects, and the shapes the sliced reading
 * records without parsing) so that a large value gives the list a small one would.
 */
function pickWrapped<A, O>(entries: readonly WrapperEntry<A, O>[], inner: (o: O) => readonly WrapperEntry<A, O>[], depth: number): A | undefined {
    for (const wanted of WRAPPER_KEYS) {
        const found = entries.find((e) => e.array !== undefined && e.key.toLowerCase() === wanted);
        if (found) return found.array;
    }
    const anyArray = entries.find((e) => e.array !== undefined);
    if (anyArray) return anyArray.array;
    if (depth >= MAX_WRAPPER_DEPTH) return undefined;
    for (const e of entries) {
        const found = e.object !== undefined ? pickWrapped(inner(e.object), inner, depth + 1) : undefined;
        if (found !== undefined) return found;
    }
    return undefined;
}

function parsedEntries(o: Record<string, unknown>): WrapperEntry<unknown[], Record<string, unknown>>[] {
    return Object.keys(o).map((key) => {
        const value = o[key];
        if (Array.isArray(value)) return { key, array: value };
        return value !== null && typeof value === "object" ? { key, object: value as Record<string, unknown> } : { key };
    });
}

function wrappedArray(o: Record<string, unknown>, depth: number): unknown[] | undefined {
    return pickWrapped(parsedEntries(o), parsedEntries, depth);
}

function fromJsonValue(value: unknown, text: string, depth = 0): DependencyList {
    if (Array.isArray(value)) return listOf(value, false, false);
    if (typeof value === "string") {
        // A JSON string: double-encoded JSON, or a delimited list inside quotes.
        const inner = value.trim();
        if (depth === 0 && (inner.startsWith("[") || inner.startsWith("{"))) return parseText(inner, depth + 1);
        return parseDelimited(inner, text);
    }
    if (value !== null && typeof value === "object") {
        const o = value as Record<string, unknown>;
        const array = wrappedArray(o, 0);
        if (array) return listOf(array, true, false);
        const keys = keyMapOf(o);
        if (keys.id !== undefined || keys.name !== undefined) return listOf([o], true, false);
        // An object without a list in it: {} means nothing is left; anything else is not a list.
        return Object.keys(o).length === 0 ? { kind: "empty" } : { kind: "raw", text, reason: "unrecognized" };
    }
    if (typeof value === "number" || typeof value === "boolean") return listOf([value], false, false);
    return { kind: "empty" }; // null
}

/**
 * A JSON array cut off mid-way (a value longer than what was stored, or a copy that was cut): the
 * complete entries before the cut, found by closing the array after successive earlier commas.
 */
function salvageTruncatedArray(trimmed: string): unknown[] | undefined {
    // A closed array that fails to parse is broken, not cut.
    if (!trimmed.startsWith("[") || trimmed.endsWith("]")) return undefined;
    let end = trimmed.length;
    for (let attempt = 0; attempt < MAX_SALVAGE_ATTEMPTS; attempt++) {
        const comma = trimmed.lastIndexOf(",", end - 1);
        if (comma <= 0) return undefined;
        try {
            const value: unknown = JSON.parse(trimmed.slice(0, comma) + "]");
            if (Array.isArray(value)) return value;
        } catch {
            // try the comma before
        }
        end = comma;
    }
    return undefined;
}

/** Delimited text is accepted when every token is a GUID or looks like a name (short, a few words at most). */
function looksLikeToken(token: string): boolean {
    if (token.length > MAX_TOKEN_CHARS) return false;
    if (isGuidText(token)) return true;
    let spaces = 0;
    for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) === 32 && ++spaces > 6) return false;
    return true;
}

const DELIMITERS = /[\r\n,;|\t]+/;

/** Adds the tokens of delimited text to `into`; false when one is not a GUID or name. */
function addTokens(text: string, into: string[]): boolean {
    for (const raw of text.split(DELIMITERS)) {
        const token = raw.trim();
        if (token === "") continue;
        if (!looksLikeToken(token)) return false;
        into.push(token);
    }
    return true;
}

function delimitedList(tokens: string[]): DependencyList {
    return tokens.length === 0 ? { kind: "empty" } : { kind: "list", entries: new ParsedEntries(tokens), format: "delimited", truncated: false };
}

function parseDelimited(trimmed: string, original: string): DependencyList {
    const tokens: string[] = [];
    if (!addTokens(trimmed, tokens)) return { kind: "raw", text: original, reason: "unrecognized" };
    return delimitedList(tokens);
}

function parseText(text: string, depth: number): DependencyList {
    const trimmed = text.trim();
    // JSON's null is what a serializer writes for "no list".
    if (trimmed === "" || trimmed === "null") return { kind: "empty" };
    const first = trimmed.charCodeAt(0);
    // [ { "
    if (first === 91 || first === 123 || first === 34) {
        let value: unknown;
        try {
            value = JSON.parse(trimmed);
        } catch {
            const salvaged = salvageTruncatedArray(trimmed);
            if (salvaged) {
                const list = listOf(salvaged, false, true);
                if (list.kind === "list") return list;
            }
            return { kind: "raw", text, reason: "malformed" };
        }
        return fromJsonValue(value, text, depth);
    }
    return parseDelimited(trimmed, text);
}

/** The dependency list a column value holds. Pure and synchronous; refuses values beyond MAX_DEPENDENCY_CHARS. */
export function parseDependencies(text: string | null | undefined): DependencyList {
    if (text === null || text === undefined) return { kind: "empty" };
    if (text.length > MAX_DEPENDENCY_CHARS) return { kind: "tooLarge", length: text.length };
    return parseText(text, 0);
}

// ---------------------------------------------------------------------------------------------------
// Chunked reading of very large values

export interface ChunkScheduler {
    /** Runs `next` soon, letting the browser paint and handle input first. */
    schedule(next: () => void): unknown;
    cancel(handle: unknown): void;
}

const timeoutScheduler: ChunkScheduler = {
    schedule: (next) => globalThis.setTimeout(next, 0),
    cancel: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface ChunkedParseOptions {
    /** Characters scanned per slice (default 1,000,000: a few milliseconds). */
    sliceChars?: number;
    /** Characters of complete entries handed to JSON.parse at once (default 500,000). */
    segmentChars?: number;
    scheduler?: ChunkScheduler;
    /** Share of the text read so far, 0..1, after each slice. */
    onProgress?(fraction: number): void;
}

export interface ChunkedParse {
    readonly result: Promise<DependencyList>;
    /** Stops the work; `result` then never settles. */
    cancel(): void;
}

/**
 * Reads a large value in slices between which the browser paints and handles input. A JSON array (at
 * the top, or the one a wrapping object holds, chosen as `parseDependencies` does) is scanned for the commas between its entries,
 * and each run of complete entries is parsed with JSON.parse; delimited text is split slice by slice.
 * The result equals `parseDependencies` for well-formed input; an array cut off mid-way gives its
 * complete entries, flagged as truncated.
 */
export function parseDependenciesInChunks(text: string, options: ChunkedParseOptions = {}): ChunkedParse {
    const scheduler = options.scheduler ?? timeoutScheduler;
    const sliceChars = Math.max(1, options.sliceChars ?? 1_000_000);
    const segmentChars = Math.max(1, options.segmentChars ?? 500_000);
    let cancelled = false;
    let handle: unknown;
    let resolveResult: (list: DependencyList) => void = () => undefined;
    const result = new Promise<DependencyList>((resolve) => {
        resolveResult = resolve;
    });
    const finish = (list: DependencyList): void => {
        if (!cancelled) {
            options.onProgress?.(1);
            resolveResult(list);
        }
    };

    let step: Step;
    let start = 0;
    while (start < text.length && text.charCodeAt(start) <= 32) start++;
    const first = text.charCodeAt(start);
    if (text.length > MAX_DEPENDENCY_CHARS) step = () => ({ kind: "tooLarge", length: text.length });
    else if (start === text.length) step = () => ({ kind: "empty" });
    else if (first === 91) step = arrayScanner(text, start, false, sliceChars, segmentChars);
    else if (first === 123) step = wrapperScanner(text, start, sliceChars, segmentChars);
    else if (first === 34) step = () => parseDependencies(text);
    else step = delimitedScanner(text, start, sliceChars);

    const run = (): void => {
        handle = undefined;
        if (cancelled) return;
        let list: DependencyList | undefined;
        try {
            list = step();
        } catch {
            list = { kind: "raw", text, reason: "malformed" };
        }
        if (list) {
            finish(list);
            return;
        }
        options.onProgress?.(Math.min(0.99, (step.position?.() ?? 0) / text.length));
        handle = scheduler.schedule(run);
    };
    handle = scheduler.schedule(run);
    return {
        result,
        cancel(): void {
            cancelled = true;
            if (handle !== undefined) scheduler.cancel(handle);
            handle = undefined;
        },
    };
}

type Step = (() => DependencyList | undefined) & { position?: () => number };

/** Skips a JSON string starting at `i` (its opening quote): the index after its closing quote, or -1 when unclosed. */
function stringEnd(text: string, i: number): number {
    let close = text.indexOf('"', i + 1);
    while (close !== -1) {
        let backslashes = 0;
        for (let k = close - 1; text.charCodeAt(k) === 92; k--) backslashes++;
        if (backslashes % 2 === 0) return close + 1;
        close = text.indexOf('"', close + 1);
    }
    return -1;
}

/** The keys of a wrapping object that hold arrays (by the index of their `[`) or objects, in text order. */
interface ObjectShape {
    entries: WrapperEntry<number, ObjectShape>[];
}

/**
 * A wrapping object in two passes: first its shape (where each key's array or object starts, without parsing
 * the entries), to choose the list as `parseDependencies` would; then that array, entry run by entry run.
 */
function wrapperScanner(text: string, start: number, sliceChars: number, segmentChars: number): Step {
    const root: ObjectShape = { entries: [] };
    /** Open containers; objects near the top record their shape (the list is at most MAX_WRAPPER_DEPTH down). */
    const stack: { shape?: ObjectShape; object: boolean; expectKey: boolean; key: string; level: number }[] = [];
    let i = start;
    let list: Step | undefined;
    const choose = (): DependencyList | undefined => {
        const at = pickWrapped(root.entries, (o) => o.entries, 0);
        // No array anywhere it would be looked for: a single entry, {} or not a list, as the one-shot reading says.
        if (at === undefined) return parseDependencies(text);
        list = arrayScanner(text, at, true, sliceChars, segmentChars);
        return undefined;
    };
    const shapeStep = (): DependencyList | undefined => {
        const stop = Math.min(text.length, i + sliceChars);
        while (i < stop) {
            const c = text.charCodeAt(i);
            const top = stack[stack.length - 1];
            if (c === 34) {
                const end = stringEnd(text, i);
                if (end === -1) {
                    i = text.length;
                    break;
                }
                if (top?.shape && top.expectKey) {
                    top.key = end - i <= MAX_TOKEN_CHARS ? String(JSON.parse(text.slice(i, end))) : "";
                    top.expectKey = false;
                }
                i = end;
                continue;
            }
            if (c === 123 || c === 91) {
                const level = top ? top.level + 1 : 0;
                let shape: ObjectShape | undefined;
                if (!top) shape = root;
                else if (top.shape && c === 123 && level <= MAX_WRAPPER_DEPTH) {
                    shape = { entries: [] };
                    top.shape.entries.push({ key: top.key, object: shape });
                } else if (top.shape && c === 91) top.shape.entries.push({ key: top.key, array: i });
                stack.push({ shape, object: c === 123, expectKey: c === 123, key: "", level });
            } else if (c === 125 || c === 93) {
                if (!stack.pop()) throw new SyntaxError("unbalanced");
                if (stack.length === 0) {
                    i++;
                    return choose();
                }
            } else if (c === 44 && top?.object) top.expectKey = true;
            i++;
        }
        if (i < text.length) return undefined;
        // The text ended before the object closed: the list chosen among what was seen keeps its complete entries.
        return choose();
    };
    // Undefined: more to read, in this pass or (once the list is chosen) the next.
    const step: Step = () => (list ? list() : shapeStep());
    step.position = () => (list ? (text.length + (list.position?.() ?? 0)) / 2 : i / 2);
    return step;
}

/** A JSON array from its `[` at `start`: its entries are parsed a run of complete entries at a time. */
function arrayScanner(text: string, start: number, wrapped: boolean, sliceChars: number, segmentChars: number): Step {
    const values: unknown[] = [];
    let i = start;
    let depth = 0;
    /** Depth of the list array once found (its entries sit at listDepth + 1). */
    let listDepth = -1;
    let segmentStart = -1;
    let lastEntryEnd = -1;
    const flush = (end: number): void => {
        if (end > segmentStart) {
            const body = text.slice(segmentStart, end);
            if (body.trim() !== "") for (const value of JSON.parse("[" + body + "]") as unknown[]) values.push(value);
        }
        segmentStart = end + 1;
    };
    const done = (truncated: boolean): DependencyList => {
        const list = listOf(values, wrapped, truncated);
        return list.kind === "empty" && truncated ? { kind: "raw", text, reason: "malformed" } : list;
    };
    const step: Step = () => {
        const stop = Math.min(text.length, i + sliceChars);
        while (i < stop) {
            const c = text.charCodeAt(i);
            if (c === 34) {
                const end = stringEnd(text, i);
                if (end === -1) {
                    i = text.length;
                    break;
                }
                i = end;
                continue;
            }
            if (c === 91 || c === 123) {
                depth++;
                if (listDepth < 0 && c === 91 && depth === 1) {
                    listDepth = depth;
                    segmentStart = i + 1;
                }
            } else if (c === 93 || c === 125) {
                if (depth === listDepth) {
                    flush(i);
                    return done(false);
                }
                depth--;
                if (depth < 0) throw new SyntaxError("unbalanced");
            } else if (c === 44 && depth === listDepth) {
                lastEntryEnd = i;
                if (i - segmentStart >= segmentChars) flush(i);
            }
            i++;
        }
        if (i < text.length) return undefined;
        // The end of the text came before the list closed.
        if (listDepth < 0) return parseDependencies(text);
        if (lastEntryEnd >= segmentStart) flush(lastEntryEnd);
        return done(true);
    };
    step.position = () => i;
    return step;
}

function delimitedScanner(text: string, start: number, sliceChars: number): Step {
    const tokens: string[] = [];
    let i = start;
    const step: Step = () => {
        let end = Math.min(text.length, i + sliceChars);
        // Extend the slice to the next delimiter so no token is split.
        while (end < text.length && !DELIMITERS.test(text[end])) {
            if (++end - i > sliceChars + MAX_TOKEN_CHARS) return { kind: "raw", text, reason: "unrecognized" };
        }
        if (!addTokens(text.slice(i, end), tokens)) return { kind: "raw", text, reason: "unrecognized" };
        i = end;
        if (i < text.length) return undefined;
        return delimitedList(tokens);
    };
    step.position = () => i;
    return step;
}
