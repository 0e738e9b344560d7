import { Store } from "../../common/sources/store";
import type { ConfirmRequest } from "../../common/host/hostApis";
import { COLUMNS, ENTITY } from "../model/operationValues";
import { STATE, STATUS } from "../model/timelineModel";

export interface CancelSnapshot {
    /**
     * idle; confirming: the host's dialog is open; asking: the host has no dialog (or it failed), so the
     * control asks itself and waits for `answer`; saving; requested: Dataverse accepted; refused.
     */
    phase: "idle" | "confirming" | "asking" | "saving" | "requested" | "refused";
    /** The failure Dataverse (or the network) refused with, when it did; the view words it. */
    error?: unknown;
}

interface CancelRequestOptions {
    api: ComponentFramework.WebApi;
    id: string;
    /** The host's confirm dialog: true when the user confirmed, false when not, undefined when it cannot ask. */
    confirm: (request: ConfirmRequest) => Promise<boolean | undefined>;
    /** Called once Dataverse accepted the request. */
    afterRequest: () => void;
}

/**
 * The cancel request Dataverse documents for a background operation that has not started: update the row to
 * Locked / Canceling. The platform then ends it as Canceled, which the refresh picks up. The user confirms
 * first, in the host's dialog where there is one, else inside the control.
 */
export class CancelRequest extends Store<CancelSnapshot> {
    /** What to go back to when the user says no. */
    private beforeAsking: CancelSnapshot = { phase: "idle" };

    constructor(private readonly options: CancelRequestOptions) {
        super({ phase: "idle" });
    }

    /** Asks the user with `question`, then sends the update; never throws. */
    async run(question: ConfirmRequest): Promise<void> {
        const phase = this.current.phase;
        if (phase === "confirming" || phase === "asking" || phase === "saving" || phase === "requested") return;
        this.beforeAsking = phase === "refused" ? this.current : { phase: "idle" };
        this.set({ phase: "confirming" });
        let answer: boolean | undefined;
        try {
            answer = await this.options.confirm(question);
        } catch {
            answer = undefined;
        }
        if (this.disposed) return;
        if (answer === undefined) {
            // A host without a dialog (canvas apps, custom pages) or whose dialog failed: ask here instead.
            this.set({ phase: "asking" });
            return;
        }
        await this.answer(answer);
    }

    /** The user's answer to the question asked inside the control (or the host's dialog). */
    async answer(confirmed: boolean): Promise<void> {
        const phase = this.current.phase;
        if (phase !== "asking" && phase !== "confirming") return;
        if (!confirmed) {
            this.set(this.beforeAsking);
            return;
        }
        this.set({ phase: "saving" });
        try {
            await this.options.api.updateRecord(ENTITY, this.options.id, {
                [COLUMNS.state.column]: STATE.locked,
                [COLUMNS.statusReason.column]: STATUS.canceling,
            });
        } catch (error) {
            if (!this.disposed) this.set({ phase: "refused", error });
            return;
        }
        if (this.disposed) return;
        this.set({ phase: "requested" });
        this.options.afterRequest();
    }
}
