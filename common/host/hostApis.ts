/**
 * The optional parts of the PCF context, used through one guard. Canvas apps, custom pages, the test
 * harness and older hosts leave out `navigation`, its methods or `mode.trackContainerResize`; a missing or
 * failing API means the feature that needs it is hidden or falls back, never an error on the form.
 */
import { entityMetadataReader } from "./entityMetadata";
import { isFunction, tryCall } from "../model/guard";

type ModeLike = { trackContainerResize?: unknown } | null | undefined;

/** Asks the host for `allocatedWidth` updates, where it can give them. */
export function trackContainerResize(context: { mode?: ModeLike }): void {
    const track = context.mode?.trackContainerResize;
    // Without resize updates the control keeps the layout of its first width.
    if (isFunction(track)) tryCall(() => (track as (value: boolean) => void).call(context.mode, true));
}

export interface ConfirmRequest {
    title: string;
    text: string;
    confirmButtonLabel: string;
    cancelButtonLabel: string;
}

export interface SaveFileRequest {
    fileName: string;
    /** Base64 of the file's bytes. */
    fileContent: string;
    fileSize: number;
    mimeType: string;
}

type NavigationLike = Partial<Record<"openForm" | "openConfirmDialog" | "openFile", unknown>>;

/**
 * The host's navigation as the latest context offers it, behind stable functions that views can hold:
 * the index hands each context over with `update`, and the functions always use the newest one.
 */
export class HostNavigation {
    private navigation: NavigationLike | undefined;

    update(context: { navigation?: unknown }): void {
        const navigation = context.navigation;
        this.navigation = navigation && typeof navigation === "object" ? (navigation as NavigationLike) : undefined;
    }

    get canOpenRecord(): boolean {
        return isFunction(this.navigation?.openForm);
    }

    get canConfirm(): boolean {
        return isFunction(this.navigation?.openConfirmDialog);
    }

    get canSaveFile(): boolean {
        return isFunction(this.navigation?.openFile);
    }

    /** Opens a record's form; a refused or failed navigation (blocked pop-up, no access) leaves the form as it is. */
    readonly openRecord = (entityName: string, id: string): void => {
        const navigation = this.navigation;
        if (!navigation || !isFunction(navigation.openForm)) return;
        tryCall(() => (navigation.openForm as ComponentFramework.Navigation["openForm"]).call(navigation, { entityName, entityId: id }));
    };

    /**
     * The host's confirm dialog: true or false as the user answered, undefined when the host has no dialog
     * or it failed to open (the caller then asks inside the control).
     */
    readonly confirm = async (request: ConfirmRequest): Promise<boolean | undefined> => {
        const navigation = this.navigation;
        if (!navigation || !isFunction(navigation.openConfirmDialog)) return undefined;
        try {
            const answer = await (navigation.openConfirmDialog as ComponentFramework.Navigation["openConfirmDialog"]).call(navigation, request);
            return answer?.confirmed === true;
        } catch {
            return undefined;
        }
    };

    /** Hands a file to the host's save dialog; rejects when the host has none or refuses. */
    readonly saveFile = async (file: SaveFileRequest): Promise<void> => {
        const navigation = this.navigation;
        if (!navigation || !isFunction(navigation.openFile)) throw new Error("openFile unavailable");
        await (navigation.openFile as ComponentFramework.Navigation["openFile"]).call(navigation, file, { openMode: 2 });
    };
}

/** What a control shows of a table: its display name in the user's language and its primary name column. */
export interface TableNames {
    displayName?: string;
    primaryNameAttribute?: string;
}

/** Reads a table's names; rejects when the host cannot tell (unknown table, no access, a failing host). */
export type TableNamesReader = (logicalName: string) => Promise<TableNames>;

/** A label as hosts give it: text, or a Dataverse Label object ({UserLocalizedLabel: {Label}}). */
function labelText(label: unknown): string | undefined {
    if (typeof label === "string") return label.trim() || undefined;
    if (!label || typeof label !== "object") return undefined;
    const localized = (label as { UserLocalizedLabel?: { Label?: unknown } | null }).UserLocalizedLabel?.Label;
    if (typeof localized === "string" && localized.trim()) return localized.trim();
    const first = (label as { LocalizedLabels?: { Label?: unknown }[] }).LocalizedLabels?.[0]?.Label;
    return typeof first === "string" && first.trim() ? first.trim() : undefined;
}

const COLUMN_NAME = /^[a-z][a-z0-9_]{0,127}$/;

/**
 * `context.utils.getEntityMetadata` behind the guard: undefined where the host has none (canvas apps,
 * older hosts), otherwise a reader that always answers with a promise (a host that throws rejects).
 */
export function tableNamesReader(context: { utils?: unknown }): TableNamesReader | undefined {
    const read = entityMetadataReader(context);
    if (!read) return undefined;
    return async (logicalName) => {
        const metadata: unknown = await read(logicalName, []);
        if (!metadata || typeof metadata !== "object") throw new Error("no metadata");
        const { DisplayName, PrimaryNameAttribute } = metadata as { DisplayName?: unknown; PrimaryNameAttribute?: unknown };
        const primary = typeof PrimaryNameAttribute === "string" ? PrimaryNameAttribute.trim().toLowerCase() : "";
        return { displayName: labelText(DisplayName), primaryNameAttribute: COLUMN_NAME.test(primary) ? primary : undefined };
    };
}
