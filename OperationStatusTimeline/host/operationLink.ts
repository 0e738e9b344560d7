import { Store } from "../../common/sources/store";
import { RefreshSource, type RefreshEnvironment } from "../../common/sources/refreshSource";
import { errorText, isForbidden, isNotFound } from "../../common/model/dataverseErrors";
import { COLUMNS, selectQuery } from "../model/operationValues";
import { STATE, STATUS, isTerminalStatus } from "../model/timelineModel";

export const ENTITY = "backgroundoperation";

export type OperationRow = Readonly<Record<string, unknown>>;

export type CancelPhase = "idle" | "confirming" | "saving" | "requested" | "refused";

export interface CancelSnapshot {
    phase: CancelPhase;
    /** Why Dataverse refused, when it did. */
    error?: string;
}

/**
 * The cancel request Dataverse documents for a background operation that has not started: update the row to
 * Locked / Canceling. The platform then ends it as Canceled, which the refresh picks up.
 */
export class CancelAction extends Store<CancelSnapshot> {
    constructor(
        private readonly api: ComponentFramework.WebApi,
        private readonly id: string,
        private readonly confirm: () => Promise<boolean>,
        private readonly afterRequest: () => void,
    ) {
        super({ phase: "idle" });
    }

    /** Asks the user, then sends the update; never throws. */
    async run(): Promise<void> {
        if (this.current.phase === "confirming" || this.current.phase === "saving" || this.current.phase === "requested") return;
        const before = this.current;
        this.set({ phase: "confirming" });
        let confirmed = false;
        try {
            confirmed = await this.confirm();
        } catch {
            confirmed = false;
        }
        if (this.disposed) return;
        if (!confirmed) {
            this.set(before.phase === "refused" ? before : { phase: "idle" });
            return;
        }
        this.set({ phase: "saving" });
        try {
            await this.api.updateRecord(ENTITY, this.id, {
                [COLUMNS.state.column]: STATE.locked,
                [COLUMNS.statusReason.column]: STATUS.canceling,
            });
        } catch (error) {
            if (!this.disposed) this.set({ phase: "refused", error: errorText(error) });
            return;
        }
        if (this.disposed) return;
        this.set({ phase: "requested" });
        this.afterRequest();
    }
}

export interface OperationLinkOptions {
    api: ComponentFramework.WebApi;
    id: string;
    partitionId?: string | null;
    intervalMs: number;
    confirmCancel: () => Promise<boolean>;
    environment?: RefreshEnvironment;
}

/** The live connection to one background operation row: periodic re-reads and the cancel request. */
export class OperationLink {
    readonly refresh: RefreshSource<OperationRow>;
    readonly cancel: CancelAction;

    constructor(options: OperationLinkOptions) {
        const { api, id } = options;
        const query = selectQuery(options.partitionId);
        this.refresh = new RefreshSource<OperationRow>({
            load: () => api.retrieveRecord(ENTITY, id, query),
            intervalMs: options.intervalMs,
            isFinal: (row) => isTerminalStatus(typeof row[COLUMNS.statusReason.column] === "number" ? (row[COLUMNS.statusReason.column] as number) : null),
            // The row is deleted when its time to live runs out: stop, rather than retry forever.
            isGone: isNotFound,
            // Without read privilege on the table, asking again will not help.
            isForbidden,
            environment: options.environment,
        });
        this.cancel = new CancelAction(api, id, options.confirmCancel, () => this.refresh.refreshNow());
    }

    start(): void {
        this.refresh.start();
    }

    dispose(): void {
        this.cancel.dispose();
        this.refresh.dispose();
    }
}
