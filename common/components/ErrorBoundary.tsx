import * as React from "react";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";

interface ErrorBoundaryProps {
    /** Resx text shown in place of the view when rendering throws. */
    message: string;
    children?: React.ReactNode;
}

interface ErrorBoundaryState {
    failed: boolean;
}

/** A rendering fault shows a message in the control instead of breaking the form around it. */
export class ErrorBoundary extends React.Component<ErrorBoundaryProps, ErrorBoundaryState> {
    state: ErrorBoundaryState = { failed: false };

    static getDerivedStateFromError(): ErrorBoundaryState {
        return { failed: true };
    }

    componentDidCatch(error: unknown): void {
        // The message in the control is for the user; the console keeps the detail for the maker.
        console.warn("AsyncOps control failed to render", error);
    }

    render(): React.ReactNode {
        if (this.state.failed) {
            return <MessageBar messageBarType={MessageBarType.error}>{this.props.message}</MessageBar>;
        }
        return this.props.children ?? null;
    }
}
