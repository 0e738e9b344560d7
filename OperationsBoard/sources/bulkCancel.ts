/**
 * Cancels the selected background operations that are still waiting for resources: asks once (the host's
 * confirm dialog, else a confirmation inside the board), then writes state 2 / status 22 to each through
 * webAPI.updateRecord, at most four at a time, and keeps what happened to each row. Rows that already
 * started are never written. The board refreshes afterwards so the new statuses show.
 */
import { Store } from "../../common/sources/store";
import { userMessage } from "../../common/model/dataverseErrors";
import { cutText } from "../../common/model/text";
import { MAX_MESSAGE_CHARS } from "../model/rows";
import type { ConfirmRequest } from "../../common/host/hostApis";
import { CANCEL_CONCURRENCY, CANCEL_UPDATE, type CancelOutcome, type CancelPlan } from "../model/cancel";

export type CancelPhase = "idle" | "asking" | "confirming" | "running" | "done";

export interface CancelState {
    phase: CancelPhase;
    /** The plan being asked about, run or reported. */
    plan?: CancelPlan;
    outcomes: readonly CancelOutcome[];
}

type Updater = Pick<ComponentFramework.WebApi, "updateRecord">;

export interface BulkCancelOptions {
    api(): Updater | undefined;
    /** The host's dialog: true/false as answered, undefined when it cannot ask. */
    confirm(request: ConfirmRequest): Promise<boolean | undefined>;
    /** Called after the writes, to show the new statuses. */
    afterCancel(): void;
}

/** Runs `task` over `items` with at most `limit` in flight; resolves when all settled. */
export async function runLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    const worker = async (): Promise<void> => {
        while (next < items.length) {
            const item = items[next];
            next += 1;
            await task(item);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
}

export class BulkCancel extends Store<CancelState> {
    constructor(private readonly options: BulkCancelOptions) {
        super({ phase: "idle", outcomes: [] });
    }

    /** Asks about `plan` and, when confirmed, cancels its waiting rows. */
    async start(plan: CancelPlan, request: ConfirmRequest): Promise<void> {
        const phase = this.current.phase;
        if (plan.cancelable.length === 0 || phase === "asking" || phase === "confirming" || phase === "running") return;
        this.set({ phase: "asking", plan, outcomes: [] });
        const answer = await this.options.confirm(request);
        if (this.disposed || this.current.plan !== plan) return;
        if (answer === undefined) this.patch({ phase: "confirming" });
        else if (answer) await this.run(plan);
        else this.set({ phase: "idle", outcomes: [] });
    }

    /** The answer of the board's own confirmation (hosts without a dialog). */
    async confirmInline(yes: boolean): Promise<void> {
        const plan = this.current.plan;
        if (this.current.phase !== "confirming" || !plan) return;
        if (yes) await this.run(plan);
        else this.set({ phase: "idle", outcomes: [] });
    }

    /** Closes the report. */
    dismiss(): void {
        if (this.current.phase === "done") this.set({ phase: "idle", outcomes: [] });
    }

    private async run(plan: CancelPlan): Promise<void> {
        this.set({ phase: "running", plan, outcomes: [] });
        const outcomes: CancelOutcome[] = [];
        await runLimited(plan.cancelable, CANCEL_CONCURRENCY, async (row) => {
            let outcome: CancelOutcome;
            const api = this.options.api();
            try {
                if (!api || this.disposed) throw new Error("");
                await api.updateRecord("backgroundoperation", row.id, { ...CANCEL_UPDATE });
                outcome = { id: row.id, name: row.name, ok: true };
            } catch (error) {
                // Dataverse's own words, cut as row messages are; an engine's text never (the report says it failed).
                outcome = { id: row.id, name: row.name, ok: false, message: cutText(userMessage(error) ?? "", MAX_MESSAGE_CHARS) };
            }
            outcomes.push(outcome);
            if (!this.disposed) this.patch({ outcomes: [...outcomes] });
        });
        if (this.disposed) return;
        this.patch({ phase: "done" });
        this.options.afterCancel();
    }
}
