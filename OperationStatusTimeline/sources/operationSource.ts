import { RefreshSource, type RefreshEnvironment } from "../../common/sources/refreshSource";
import { isForbidden, isNotFound } from "../../common/model/dataverseErrors";
import type { ConfirmRequest } from "../../common/host/hostApis";
import { COLUMNS, ENTITY, selectQuery, type OperationRow } from "../model/operationValues";
import { isTerminalStatus } from "../model/timelineModel";
import { CancelRequest } from "./cancelRequest";

interface OperationSourceOptions {
    api: ComponentFramework.WebApi;
    id: string;
    partitionId?: string | null;
    intervalMs: number;
    /** The host's confirm dialog, for the cancel request. */
    confirm: (request: ConfirmRequest) => Promise<boolean | undefined>;
    environment?: RefreshEnvironment;
}

/** Which row (id and partition) a source reads: a new key needs a new source. */
export function operationKey(id: string, partitionId?: string | null): string {
    return `${id}|${partitionId ?? ""}`;
}

function isFinalRow(row: OperationRow): boolean {
    const status = row[COLUMNS.statusReason.column];
    return isTerminalStatus(typeof status === "number" ? status : null);
}

/**
 * The live connection to one background operation row: re-reads it while the run can change, and carries
 * the cancel request, which asks for a read as soon as Dataverse accepted it.
 */
export class OperationSource extends RefreshSource<OperationRow> {
    readonly key: string;
    readonly cancel: CancelRequest;

    constructor(options: OperationSourceOptions) {
        const { api, id } = options;
        const query = selectQuery(options.partitionId);
        super({
            load: () => api.retrieveRecord(ENTITY, id, query),
            intervalMs: options.intervalMs,
            isFinal: isFinalRow,
            // The row is deleted when its time to live runs out: stop, rather than retry forever.
            isGone: isNotFound,
            // Without read privilege on the table, asking again will not help.
            isForbidden,
            environment: options.environment,
        });
        this.key = operationKey(id, options.partitionId);
        this.cancel = new CancelRequest({ api, id, confirm: options.confirm, afterRequest: () => this.refreshNow() });
    }

    dispose(): void {
        this.cancel.dispose();
        super.dispose();
    }
}
