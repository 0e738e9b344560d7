import * as React from "react";
import { ThemeContext } from "@fluentui/react/lib/Theme";
import { HostEnvironmentContext, type HostEnvironment } from "../../common/components/HostContext";
import type { CellEnvironment } from "../sources/cellServices";
import { cellStylesFor } from "./styles";

export interface CellFrameProps {
    /** The customizer's environment when the grid asked for the cell (a new one gives the cell a new element). */
    environment: CellEnvironment;
    /** The grid's direction for this cell (CellRendererProps.isRTLMode); the user's language decides without it. */
    rtl: boolean | undefined;
    /** The cell's whole text, on hover, where the column may cut it. */
    title?: string;
    /** The content is plain elements that read no context (a status badge): no providers around it. */
    plain?: boolean;
    children?: React.ReactNode;
}

/** The environment with the grid's direction, one object per environment and direction. */
const directed = new WeakMap<HostEnvironment, HostEnvironment>();
function withDirection(host: HostEnvironment, rtl: boolean | undefined): HostEnvironment {
    if (rtl === undefined || rtl === host.rtl) return host;
    let turned = directed.get(host);
    if (!turned) {
        turned = { ...host, rtl };
        directed.set(host, turned);
    }
    return turned;
}

/**
 * What a cell needs around it, since the grid renders it in its own tree: the customizer's host
 * environment (strings, the user's clock and digits) and theme as the controls' views read them, the
 * grid's direction, and an error boundary, so a cell that fails shows a message instead of breaking the
 * grid. One class component does all of it: a grid draws thousands of cells.
 */
export class CellFrame extends React.Component<CellFrameProps, { failed: boolean }> {
    state = { failed: false };

    static getDerivedStateFromError(): { failed: boolean } {
        return { failed: true };
    }

    componentDidCatch(error: unknown): void {
        console.warn("AsyncOps cell failed to render", error);
    }

    shouldComponentUpdate(next: CellFrameProps, state: { failed: boolean }): boolean {
        const props = this.props;
        return (
            state.failed !== this.state.failed ||
            next.environment !== props.environment ||
            next.rtl !== props.rtl ||
            next.title !== props.title ||
            next.children !== props.children
        );
    }

    render(): React.ReactNode {
        const { environment, rtl, title, plain, children } = this.props;
        const host = withDirection(environment.host, rtl);
        const styles = cellStylesFor(environment.theme);
        const failed = this.state.failed;
        const box = (
            <div className={`aops-cell ${styles.frame}`} dir={host.rtl ? "rtl" : "ltr"} title={failed ? undefined : title}>
                {failed ? <span className={styles.muted}>{host.t("Error_Cell")}</span> : children}
            </div>
        );
        if (plain) return box;
        return (
            <HostEnvironmentContext.Provider value={host}>
                <ThemeContext.Provider value={environment.theme}>{box}</ThemeContext.Provider>
            </HostEnvironmentContext.Provider>
        );
    }
}
