import * as React from "react";
import { DefaultButton, PrimaryButton, type IButton } from "@fluentui/react/lib/Button";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { useHost } from "../../common/components/HostContext";
import { useFlowFocus } from "../../common/components/useFlowFocus";
import { useStore } from "../../common/components/useStore";
import { countText, type Translate, numberText } from "../../common/model/text";
import { revealedText } from "../../common/model/visibleText";
import type { CancelPlan } from "../model/cancel";
import type { BoardRow } from "../model/rows";
import type { BulkCancel } from "../sources/bulkCancel";
import { useBoardStyles } from "./styles";

/** Names in a sentence: a few, then how many more. */
function names(rows: readonly BoardRow[], t: Translate, format: (n: number) => string, limit = 5): string {
    // Invisible characters in a name show as code points (an override would reorder the sentence).
    const shown = rows.slice(0, limit).map((row) => (row.name !== "" ? revealedText(row.name) : t("Name_None")));
    const more = rows.length - shown.length;
    const list = shown.join(t("List_Separator"));
    return more > 0 ? t("List_More", list, format(more)) : list;
}

/** The question, its counts in the user's digits. */
function confirmText(plan: CancelPlan, t: Translate, format: (n: number) => string): string {
    const n = plan.cancelable.length;
    const left = plan.leftAlone.length;
    const parts = [countText(t, "Cancel_ConfirmText", n, format(n))];
    if (left > 0) parts.push(countText(t, "Cancel_ConfirmLeftAlone", left, format(left), names(plan.leftAlone, t, format)));
    return parts.join(" ");
}

export interface CancelBarProps {
    cancel: BulkCancel;
    /** What the current selection would cancel. */
    plan: CancelPlan;
}

/** "Cancel N operations" for the selected waiting rows: asks once, cancels, and reports row by row. */
export const CancelBar = React.memo(function CancelBar({ cancel, plan }: CancelBarProps) {
    const { t, clock } = useHost();
    const format = (n: number): string => numberText(n, clock.locale);
    const styles = useBoardStyles();
    const state = useStore(cancel) ?? cancel.current;
    const n = plan.cancelable.length;
    const busy = state.phase === "asking" || state.phase === "confirming" || state.phase === "running";
    const asked = state.plan;
    // Back to the button when the question is declined; to the report once the rows were canceled.
    const focus = useFlowFocus(busy, state.phase === "done");
    const start = (): void => {
        focus.begin();
        void cancel.start(plan, {
            title: t("Cancel_ConfirmTitle"),
            text: confirmText(plan, t, format),
            confirmButtonLabel: t("Cancel_ConfirmYes"),
            cancelButtonLabel: t("Cancel_ConfirmNo"),
        });
    };
    return (
        <>
            {n > 0 && !busy ? (
                <DefaultButton elementRef={focus.opener} iconProps={{ iconName: "Cancel" }} onClick={start} className="aops-board-cancel">
                    {countText(t, "Cancel_Button", n, format(n))}
                </DefaultButton>
            ) : null}
            {state.phase === "confirming" && asked ? (
                <MessageBar
                    messageBarType={MessageBarType.warning}
                    isMultiline
                    actions={
                        <div className={styles.toolbar}>
                            <PrimaryButton onClick={() => void cancel.confirmInline(true)}>{t("Cancel_ConfirmYes")}</PrimaryButton>
                            <SafeAnswer onClick={() => void cancel.confirmInline(false)}>{t("Cancel_ConfirmNo")}</SafeAnswer>
                        </div>
                    }
                >
                    <strong>{t("Cancel_ConfirmTitle")}</strong> {confirmText(asked, t, format)}
                </MessageBar>
            ) : null}
            {state.phase === "running" && asked ? (
                <span role="status" aria-live="polite" className={styles.muted}>
                    {t("Cancel_Running", format(state.outcomes.length), format(asked.cancelable.length))}
                </span>
            ) : null}
            {state.phase === "done" && asked ? (
                <div ref={focus.result as React.RefObject<HTMLDivElement>} tabIndex={-1} className="aops-board-cancel-result">
                    <CancelReport plan={asked} outcomes={state.outcomes} onDismiss={() => cancel.dismiss()} />
                </div>
            ) : null}
        </>
    );
});

const CancelReport = React.memo(function CancelReport({ plan, outcomes, onDismiss }: { plan: CancelPlan; outcomes: BulkCancelOutcomes; onDismiss(): void }) {
    const { t, clock } = useHost();
    const format = (n: number): string => numberText(n, clock.locale);
    const failed = outcomes.filter((o) => !o.ok).length;
    const ok = outcomes.length - failed;
    const nameOf = (name: string): string => (name !== "" ? revealedText(name) : t("Name_None"));
    return (
        <MessageBar
            messageBarType={failed > 0 ? MessageBarType.warning : MessageBarType.success}
            isMultiline
            onDismiss={onDismiss}
            dismissButtonAriaLabel={t("Cancel_Dismiss")}
            className="aops-board-cancel-report"
        >
            <div role="status">{t("Cancel_Done", format(ok), format(plan.cancelable.length))}</div>
            <ul style={{ margin: "4px 0 0", paddingInlineStart: 18 }}>
                {outcomes.map((outcome) => (
                    <li key={outcome.id}>
                        {outcome.ok
                            ? t("Cancel_Ok", nameOf(outcome.name))
                            : t("Cancel_Failed", nameOf(outcome.name), revealedText(outcome.message || t("Error_Unknown")))}
                    </li>
                ))}
                {plan.leftAlone.map((row) => (
                    <li key={row.id}>{t("Cancel_LeftAlone", nameOf(row.name), row.status.label)}</li>
                ))}
            </ul>
        </MessageBar>
    );
});

type BulkCancelOutcomes = BulkCancel["current"]["outcomes"];

/** The answer that changes nothing, focused when the question appears inside the board (as a host's dialog does). */
function SafeAnswer({ onClick, children }: { onClick(): void; children: React.ReactNode }) {
    const button = React.useRef<IButton>(null);
    React.useEffect(() => button.current?.focus(), []);
    return (
        <DefaultButton componentRef={button} onClick={onClick}>
            {children}
        </DefaultButton>
    );
}
