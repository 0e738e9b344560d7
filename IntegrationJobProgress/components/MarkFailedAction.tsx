import * as React from "react";
import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { Dialog, DialogFooter, DialogType } from "@fluentui/react/lib/Dialog";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { TextField } from "@fluentui/react/lib/TextField";
import { useHost } from "../../common/components/HostContext";
import { useSharedStyles } from "../../common/components/styles";
import { useFlowFocus } from "../../common/components/useFlowFocus";
import { useStore } from "../../common/components/useStore";
import { MAX_REASON_LENGTH, type MarkFailedSource } from "../sources/markFailed";

export interface MarkFailedActionProps {
    source: MarkFailedSource;
    /** Whether the job may be marked as failed now (not ended, no packet for a while). */
    offered: boolean;
}

const MARK_FAILED_ICON = { iconName: "Error" };

/** The dialog opens on its reason field, not on its close button. */
const REASON_CLASS = "aops-mark-failed-reason";
const REASON_SELECTOR = `${REASON_CLASS} textarea`;
/** Fluent 8.29 reads the selector from the modal's props; later 8.x from its focus trap's. */
const MODAL_PROPS = { isBlocking: true, firstFocusableSelector: REASON_SELECTOR, focusTrapZoneProps: { firstFocusableSelector: REASON_SELECTOR } };

/** "Mark as failed": asks for an optional reason, confirms, calls the action and says how it went. */
export const MarkFailedAction = React.memo(function MarkFailedAction({ source, offered }: MarkFailedActionProps) {
    const { t } = useHost();
    const styles = useSharedStyles();
    const state = useStore(source);
    const [open, setOpen] = React.useState(false);
    const working = state?.phase === "working";
    // Back to the button when the dialog is dismissed; to the outcome once the job was marked (or refused).
    const focus = useFlowFocus(open || working, state?.phase === "done" || state?.phase === "refused");
    const [reason, setReason] = React.useState("");
    const close = React.useCallback(() => setOpen(false), []);
    const confirm = React.useCallback(() => {
        setOpen(false);
        void source.markFailed(reason);
    }, [source, reason]);
    const onReason = React.useCallback((_: unknown, value?: string) => setReason(value ?? ""), []);
    const dialogContent = React.useMemo(() => ({ type: DialogType.normal, title: t("MarkFailed_Title"), subText: t("MarkFailed_Text") }), [t]);
    // In the header row: the button at its end, as every control's action on its record; what became of the
    // request on a line of its own below (the row wraps), which is where the keyboard lands once it is known.
    return (
        <>
            {offered || working ? (
                <DefaultButton
                    elementRef={focus.opener}
                    className={styles.headerAction}
                    iconProps={MARK_FAILED_ICON}
                    text={t("MarkFailed_Action")}
                    onClick={() => {
                        focus.begin();
                        setOpen(true);
                    }}
                    disabled={working}
                />
            ) : null}
            <div className={`aops-mark-failed ${styles.fullLine}`} ref={focus.result as React.RefObject<HTMLDivElement>} tabIndex={-1}>
                {state?.phase === "working" ? <span role="status">{t("MarkFailed_Working")}</span> : null}
                {state?.phase === "done" ? (
                    <MessageBar messageBarType={MessageBarType.success} isMultiline>
                        {t("MarkFailed_Done")}
                    </MessageBar>
                ) : null}
                {state?.phase === "refused" ? (
                    <MessageBar messageBarType={MessageBarType.error} isMultiline className="aops-mark-failed-refused">
                        {t("MarkFailed_Refused", state.message || t("Error_Unknown"))}
                    </MessageBar>
                ) : null}
            </div>
            {/* Mounted only while open: a closing animation would leave a timer behind a destroy(). */}
            {open ? (
                <Dialog hidden={false} onDismiss={close} dialogContentProps={dialogContent} modalProps={MODAL_PROPS}>
                    <TextField
                        className={REASON_CLASS}
                        label={t("MarkFailed_Reason")}
                        multiline
                        autoAdjustHeight
                        maxLength={MAX_REASON_LENGTH}
                        value={reason}
                        onChange={onReason}
                    />
                    <DialogFooter>
                        <PrimaryButton text={t("MarkFailed_Confirm")} onClick={confirm} />
                        <DefaultButton text={t("MarkFailed_Cancel")} onClick={close} />
                    </DialogFooter>
                </Dialog>
            ) : null}
        </>
    );
});
