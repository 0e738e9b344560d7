import * as React from "react";
import { elapsedText } from "../../common/model/dates";
import type { Translate } from "../../common/model/text";
import type { ReadonlyStore } from "../../common/sources/store";

export interface LiveCellProps {
    /** When the wait or the run began. */
    since: Date;
    /** A resx key with one placeholder for the duration ("Duration_Running": "Running for {0}"). */
    label: string;
    /** The customizer's one clock: a cell listens to it, never to a timer of its own. */
    clock: ReadonlyStore<number>;
    t: Translate;
    locale: string;
    className: string;
}

/**
 * A waiting or running row's duration, counting up once a second, in the grid. The whole sentence shows
 * (a date column says nothing of waiting or running). A grid draws a thousand of these at once, so this
 * is one class component with no context and no hooks, and a tick writes the new text into its own
 * element instead of rendering again: the grid's tree is not touched once a second.
 */
export class LiveCell extends React.Component<LiveCellProps> {
    private readonly element = React.createRef<HTMLSpanElement>();
    private unsubscribe: (() => void) | undefined;

    componentDidMount(): void {
        this.unsubscribe = this.props.clock.subscribe(() => this.write());
    }

    componentDidUpdate(previous: LiveCellProps): void {
        if (previous.clock !== this.props.clock) {
            this.unsubscribe?.();
            this.unsubscribe = this.props.clock.subscribe(() => this.write());
        }
        this.write();
    }

    componentWillUnmount(): void {
        this.unsubscribe?.();
        this.unsubscribe = undefined;
    }

    render(): React.ReactNode {
        const text = this.text();
        return (
            <span ref={this.element} className={this.props.className} title={text}>
                {text}
            </span>
        );
    }

    private text(): string {
        const { since, label, clock, t, locale } = this.props;
        const duration = elapsedText(since, clock.current, locale);
        return duration === null ? "" : t(label, duration);
    }

    private write(): void {
        const element = this.element.current;
        if (!element) return;
        const text = this.text();
        if (element.textContent !== text) {
            element.textContent = text;
            element.title = text;
        }
    }
}
