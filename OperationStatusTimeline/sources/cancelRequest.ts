import { Store } from "../../common/sources/store";
import { errorText } from "../../common/model/dataverseErrors";
import type { ConfirmRequest } from "../../common/host/hostApis";
import { COLUMNS, ENTITY } from "../model/operationValues";
import { STATE, STATUS } from "../model/timelineModel";

export interface CancelSnapshot {
    phase: "idle" | "confirming" | "saving" | "requested" | "refused";
    /** Why Dataverse refused, when it did. */
    error?: string;
}

interface CancelRequestOptions {
    api: ComponentFramework.WebApi;
    id: string;
    /** The host's confirm dialog: true when the user confirmed; false or undefined otherwise. */
    confirm: (request: ConfirmRequest) => Promise<boolean | undefined>;
    /** Called once Dataverse accepted the request. */
    afterRequest: () => void;
}

/**
 * The cancel request Dataverse documents for a background operation that has not started: update the row to
 * Locked / Canceling. The platform then ends it as Canceled, which the refresh picks up.
 */
export class CancelRequest extends Store<CancelSnapshot> {
    constructor(private readonly options: CancelRequestOptions) {
        super({ phase: "idle" });
    }

    /** Asks the user with `question`, then sends the update; never throws. */
    async run(question: ConfirmRequest): Promise<void> {
        if (this.current.phase === "confirming" || this.current.phase === "saving" || this.current.phase === "requested") return;
        const before = this.current;
        this.set({ phase: "confirming" });
        let confirmed = false;
        try {
            // A host without a dialog (or one that fails to open it) cannot ask, and nothing is sent.
            confirmed = (await this.options.confirm(question)) === true;
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
            await this.options.api.updateRecord(ENTITY, this.options.id, {
                [COLUMNS.state.column]: STATE.locked,
                [COLUMNS.statusReason.column]: STATUS.canceling,
            });
        } catch (error) {
            if (!this.disposed) this.set({ phase: "refused", error: errorText(error) });
            return;
        }
        if (this.disposed) return;
        this.set({ phase: "requested" });
        this.options.afterRequest();
    }
}
