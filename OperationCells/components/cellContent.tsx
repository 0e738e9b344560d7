import * as React from "react";
import { ThemeContext } from "@fluentui/react/lib/Theme";
import { Tooltip } from "@fluentui/react/lib/Tooltip";
import type { HostEnvironment } from "../../common/components/HostContext";
import { PacketProgress } from "../../common/components/PacketProgress";
import { statusBadgeElement } from "../../common/components/StatusBadge";
import { VisibleText } from "../../common/components/VisibleText";
import { stylesFor as sharedStylesFor } from "../../common/components/styles";
import { useStore } from "../../common/components/useStore";
import { formatDuration } from "../../common/model/dates";
import { withStatusOptions } from "../../common/model/optionMetadata";
import { hasInvisible } from "../../common/model/visibleText";
import type { ITheme as Theme } from "@fluentui/react/lib/Styling";
import type { ResolvedOption } from "../../common/model/options";
import type { StatusOptions } from "../../common/sources/statusOptions";
import type { CellModel } from "../model/cellModels";
import type { CellServices } from "../sources/cellServices";
import { LiveCell } from "./LiveCell";
import { cellStylesFor } from "./styles";

type Of<K extends CellModel["kind"]> = Extract<CellModel, { kind: K }>;

/**
 * A status whose column's options the host has not given yet: the tone's badge now, the metadata's color
 * once the options come. A class with no context and no hooks (a grid draws a thousand at once, all
 * before the host answers); it listens only until the answer.
 */
class PendingStatusCell extends React.Component<{ option: ResolvedOption; options: StatusOptions; theme: Theme }> {
    private unsubscribe: (() => void) | undefined;

    componentDidMount(): void {
        if (!this.props.options.answered) this.unsubscribe = this.props.options.subscribe(() => this.forceUpdate());
    }

    componentWillUnmount(): void {
        this.unsubscribe?.();
        this.unsubscribe = undefined;
    }

    render(): React.ReactNode {
        const { option, options, theme } = this.props;
        const colored = withStatusOptions(option, true, options.current);
        return statusBadgeElement(theme, colored, { title: colored.label });
    }
}

interface ErrorCodeCellProps {
    model: Of<"errorCode">;
    theme: Theme;
    /** A message with invisible characters shows them (VisibleText reads the host's strings: the cell is framed then). */
    message: React.ReactNode;
}

/**
 * The code in its one form, left to right; the row's message on hover and on keyboard focus. A class
 * with no context and no hooks, and the tooltip exists only while it shows: a grid has thousands of
 * cells, and a tooltip host in each would cost more than the rest of the cell.
 */
class ErrorCodeCell extends React.Component<ErrorCodeCellProps, { open: boolean }> {
    state = { open: false };
    private readonly target = React.createRef<HTMLSpanElement>();
    private readonly show = (): void => this.setState({ open: true });
    private readonly hide = (): void => this.setState({ open: false });
    private readonly onKeyDown = (event: React.KeyboardEvent): void => {
        if (event.key === "Escape") this.hide();
    };

    render(): React.ReactNode {
        const { model, theme, message } = this.props;
        const styles = cellStylesFor(theme);
        const code = model.fromDataverse ? (
            <bdi dir="ltr" className={`aops-cell-code ${styles.code}`}>
                {model.text}
            </bdi>
        ) : (
            <span className={styles.text}>{model.text}</span>
        );
        if (!model.message) return <span title={model.text}>{code}</span>;
        const target = this.target.current;
        return (
            // Focusable, so the keyboard shows the message too; the message is read with the code.
            <span
                ref={this.target}
                role="button"
                tabIndex={0}
                className={`aops-cell-error ${styles.tooltipTarget}`}
                onMouseEnter={this.show}
                onMouseLeave={this.hide}
                onFocus={this.show}
                onBlur={this.hide}
                onKeyDown={this.onKeyDown}
            >
                {code}
                <span className={sharedStylesFor(theme).visuallyHidden}> {message}</span>
                {this.state.open && target ? (
                    <ThemeContext.Provider value={theme}>
                        <Tooltip targetElement={target} content={<span className="aops-cell-tooltip">{message}</span>} />
                    </ThemeContext.Provider>
                ) : null}
            </span>
        );
    }
}

/** An ended run: the grid's end time, then how long the run took. Plain elements: a grid draws hundreds. */
function ranCell(model: Of<"ran">, host: HostEnvironment, theme: Theme): React.ReactElement {
    const styles = cellStylesFor(theme);
    const duration = formatDuration(model.ranMs, host.clock.locale);
    if (duration === null) return <span className={styles.live}>{model.formatted}</span>;
    const ran = host.t("Duration_Ran", duration);
    return (
        <span className={styles.live} title={model.formatted !== "" ? `${model.formatted} · ${ran}` : ran}>
            {model.formatted !== "" ? `${model.formatted} · ` : null}
            <span className={styles.muted}>{ran}</span>
        </span>
    );
}

const PacketsCell = React.memo(function PacketsCell({ model, services }: { model: Of<"packets">; services: CellServices }) {
    const { jobId, settled } = model;
    React.useEffect(() => services.requestPackets(jobId, settled), [services, jobId, settled]);
    const packets = useStore(services.packets);
    const state = useStore(packets);
    return <PacketProgress jobId={jobId} expected={model.expected} state={state} />;
});

/**
 * The content of one cell this control draws, by what its model is; `title` is the cell's whole text
 * where the column may cut it. Plain elements, no component of its own: a grid draws thousands of cells.
 */
export function cellContent(
    model: CellModel,
    services: CellServices,
    entityName: string,
    column: string,
): { content: React.ReactElement; title?: string; plain?: boolean } {
    switch (model.kind) {
        case "status": {
            const options = services.statusOptions(entityName, column);
            const theme = services.environment.current.theme;
            if (!options.answered) return { content: <PendingStatusCell option={model.option} options={options} theme={theme} />, plain: true };
            const option = withStatusOptions(model.option, true, options.current);
            return { content: statusBadgeElement(theme, option, { title: option.label }), plain: true };
        }
        case "errorCode": {
            const theme = services.environment.current.theme;
            const invisible = model.message !== undefined && hasInvisible(model.message);
            const message = invisible ? <VisibleText text={model.message as string} /> : model.message;
            return { content: <ErrorCodeCell model={model} theme={theme} message={message} />, plain: !invisible };
        }
        case "running":
        case "waiting": {
            const { host, theme } = services.environment.current;
            const label = model.kind === "running" ? "Duration_Running" : "Duration_Waiting";
            const live = cellStylesFor(theme).live;
            return {
                content: <LiveCell since={model.since} label={label} clock={services.clock} t={host.t} locale={host.clock.locale} className={live} />,
                plain: true,
            };
        }
        case "ran":
            return { content: ranCell(model, services.environment.current.host, services.environment.current.theme), plain: true };
        case "packets":
            return { content: <PacketsCell model={model} services={services} /> };
    }
}
