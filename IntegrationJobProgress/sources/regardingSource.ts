import type { TableNamesReader } from "../../common/host/hostApis";
import { Store } from "../../common/sources/store";
import type { RegardingNames } from "../model/jobModel";

type WebApiLike = Pick<ComponentFramework.WebApi, "retrieveRecord">;

export interface RegardingSourceOptions {
    entityName: string;
    id: string;
    /** The host's table metadata, where it has it (common/host/hostApis.ts tableNamesReader). */
    tableNames: TableNamesReader | undefined;
    webAPI: WebApiLike | undefined;
}

/**
 * The names of the record a job is about: the table's display name from the host's metadata, then the
 * record's primary name with one `retrieveRecord` of that column. Read once per record (the control keeps
 * one source per record); undefined until both answered, and for good when either fails, so the view
 * keeps its plain text. Nothing is set after dispose.
 */
export class RegardingSource extends Store<RegardingNames | undefined> {
    constructor(private readonly options: RegardingSourceOptions) {
        super(undefined);
    }

    start(): void {
        void this.read().catch(() => undefined);
    }

    private async read(): Promise<void> {
        const { entityName, id, tableNames, webAPI } = this.options;
        if (!tableNames || !webAPI) return;
        const table = await tableNames(entityName);
        if (this.disposed || !table.displayName || !table.primaryNameAttribute) return;
        const column = table.primaryNameAttribute;
        const row: unknown = await webAPI.retrieveRecord(entityName, id, `?$select=${column}`);
        if (this.disposed || !row || typeof row !== "object") return;
        const value = (row as Record<string, unknown>)[column];
        const name = typeof value === "string" && value.trim() !== "" ? value : undefined;
        this.set({ table: table.displayName, name });
    }
}
