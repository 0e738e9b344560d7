import * as React from "react";
import { ActionButton, DefaultButton } from "@fluentui/react/lib/Button";
import { useControlTheme } from "../../common/components/useControlTheme";
import { useHost } from "../../common/components/HostContext";
import { optionColor } from "../../common/components/StatusBadge";
import { countText, numberText } from "../../common/model/text";
import type { StatusCount } from "../model/summary";
import { useBoardStyles } from "./styles";

export interface SummaryBarProps {
    counts: readonly StatusCount[];
    active: ReadonlySet<string>;
    onToggle(key: string): void;
    onClear(): void;
    loaded: number;
    /** Rows the toggles let through. */
    shown: number;
    /** The view's total on the server, -1 when the host does not know it. */
    total: number;
}

/** Counts per status on the loaded rows, each a toggle that filters the grid, and the totals. */
export const SummaryBar = React.memo(function SummaryBar({ counts, active, onToggle, onClear, loaded, shown, total }: SummaryBarProps) {
    const { t, clock } = useHost();
    const theme = useControlTheme();
    const styles = useBoardStyles();
    const format = (n: number): string => numberText(n, clock.locale);
    const totals = total >= 0 && total >= loaded ? t("Summary_TotalOf", format(loaded), format(total)) : countText(t, "Summary_Total", loaded, format(loaded));
    return (
        <div className={styles.summary}>
            <div role="group" aria-label={t("Summary_Label")} className={styles.summary}>
                {counts.map(({ key, option, count }) => (
                    <DefaultButton
                        key={key}
                        toggle
                        checked={active.has(key)}
                        // A status whose rows all changed stays in its place at 0, with nothing to show.
                        disabled={count === 0 && !active.has(key)}
                        onClick={() => onToggle(key)}
                        data-status-toggle={key}
                        styles={{ root: { minWidth: 0, height: 28, padding: "0 8px", borderRadius: 14 }, label: { fontWeight: 400 } }}
                    >
                        <span
                            aria-hidden="true"
                            style={{
                                width: 8,
                                height: 8,
                                borderRadius: 4,
                                marginInlineEnd: 6,
                                background: optionColor(theme, option),
                                flex: "none",
                            }}
                        />
                        <span>{option.label}</span>
                        <strong style={{ marginInlineStart: 6 }}>{format(count)}</strong>
                    </DefaultButton>
                ))}
            </div>
            <span className={styles.muted} style={{ fontSize: 12 }}>
                {active.size > 0 ? t("Summary_Shown", format(shown), totals) : totals}
            </span>
            {active.size > 0 ? (
                <ActionButton iconProps={{ iconName: "ClearFilter" }} onClick={onClear} styles={{ root: { height: 28 } }}>
                    {t("Summary_ShowAll")}
                </ActionButton>
            ) : null}
        </div>
    );
});
