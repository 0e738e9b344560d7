import * as React from "react";
import { Tooltip } from "@fluentui/react/lib/Tooltip";
import { useHost } from "../../common/components/HostContext";
import { LiveDuration } from "../../common/components/LiveDuration";
import { LtrText } from "../../common/components/LtrText";
import { PacketProgress } from "../../common/components/PacketProgress";
import { StatusBadge, statusBadgeElement } from "../../common/components/StatusBadge";
import { VisibleText } from "../../common/components/VisibleText";
import { useSharedStyles } from "../../common/components/styles";
import { useStore } from "../../common/components/useStore";
import { formatDuration } from "../../common/model/dates";
import { withStatusOptions } from "../../common/model/optionMetadata";
import { hasInvisible } from "../../common/model/visibleText";
import type { ResolvedOption } from "../../common/model/options";
import type { StatusOptions } from "../../common/sources/statusOptions";
import type { CellModel } from "../model/cellModels";
import type { CellServices } from "../sources/cellServices";
import { useCellStyles } from "./styles";

type Of<K extends CellModel["kind"]> = Extract<CellModel, { kind: K }>;

/** A status whose column's options the host has not given yet: the badge takes their color once they come. */
const PendingStatusCell = React.memo(function PendingStatusCell({ option, options }: { option: ResolvedOption; options: StatusOptions }) {
    // Listening only while the host has not answered: afterwards the options never change.
    const list = useStore(options.answered ? undefined : options) ?? options.current;
    const colored = React.useMemo(() => withStatusOptions(option, true, list), [option, list]);
    return <StatusBadge option={colored} />;
});

/**
 * The code in its one form, left to right; the row's message on hover and on keyboard focus. The
 * tooltip exists only while it shows: a grid has thousands of cells, and a tooltip host in each would
 * cost more than the rest of the cell.
 */
const ErrorCodeCell = React.memo(function ErrorCodeCell({ model }: { model: Of<"errorCode"> }) {
    const styles = useCellStyles();
    const shared = useSharedStyles();
    const target = React.useRef<HTMLSpanElement>(null);
    const [open, setOpen] = React.useState(false);
    const code = model.fromDataverse ? (
        <LtrText className={`aops-cell-code ${styles.code}`}>{model.text}</LtrText>
    ) : (
        <span className={styles.text}>{model.text}</span>
    );
    if (!model.message) return <span title={model.text}>{code}</span>;
    const message = hasInvisible(model.message) ? <VisibleText text={model.message} /> : model.message;
    const show = (): void => setOpen(true);
    const hide = (): void => setOpen(false);
    return (
        // Focusable, so the keyboard shows the message too; the message is read with the code.
        <span
            ref={target}
            role="button"
            tabIndex={0}
            className={`aops-cell-error ${styles.tooltipTarget}`}
            onMouseEnter={show}
            onMouseLeave={hide}
            onFocus={show}
            onBlur={hide}
            onKeyDown={(event) => {
                if (event.key === "Escape") hide();
            }}
        >
            {code}
            <span className={shared.visuallyHidden}> {message}</span>
            {open && target.current ? <Tooltip targetElement={target.current} content={<span className="aops-cell-tooltip">{message}</span>} /> : null}
        </span>
    );
});

/** An ended run: the grid's end time, then how long the run took. */
const RanCell = React.memo(function RanCell({ model }: { model: Of<"ran"> }) {
    const { t, clock } = useHost();
    const styles = useCellStyles();
    const duration = formatDuration(model.ranMs, clock.locale);
    if (duration === null) return <span className={styles.text}>{model.formatted}</span>;
    const ran = t("Duration_Ran", duration);
    return (
        <span className={styles.text} title={model.formatted !== "" ? `${model.formatted} · ${ran}` : ran}>
            {model.formatted !== "" ? <span>{model.formatted} · </span> : null}
            <span className={styles.muted}>{ran}</span>
        </span>
    );
});

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
            if (!options.answered) return { content: <PendingStatusCell option={model.option} options={options} />, title: model.option.label };
            const option = withStatusOptions(model.option, true, options.current);
            return { content: statusBadgeElement(services.environment.current.theme, option, { title: option.label }), title: option.label, plain: true };
        }
        case "errorCode":
            return { content: <ErrorCodeCell model={model} /> };
        case "running":
            return { content: <LiveDuration since={model.since} label="Duration_Running" clock={services.clock} sentence /> };
        case "waiting":
            return { content: <LiveDuration since={model.since} label="Duration_Waiting" clock={services.clock} sentence /> };
        case "ran":
            return { content: <RanCell model={model} /> };
        case "packets":
            return { content: <PacketsCell model={model} services={services} /> };
    }
}
