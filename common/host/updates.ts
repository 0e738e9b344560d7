/**
 * The fast path of updateView. Hosts that fill `context.updatedProperties` (model-driven forms) list the
 * bound properties whose values changed and "layout" for a resize; when such a list names nothing the
 * control reads, and the host state it renders from (width, disabled, language, direction, theme, record)
 * is the same object or value as last time, the element of the last call can be handed back as is and
 * React skips the whole tree. Where the list is empty (first call, the harness, canvas apps) this never
 * skips: the views' memoization on identity-stable models does the work there.
 */
type ContextLike = {
    updatedProperties?: readonly string[] | null;
    parameters?: object;
    mode?: { allocatedWidth?: number; isControlDisabled?: boolean; contextInfo?: { entityId?: unknown } } | null;
    userSettings?: { languageId?: number; isRTL?: boolean } | null;
    fluentDesignLanguage?: { tokenTheme?: unknown; isDarkTheme?: boolean } | null;
    resources?: unknown;
    webAPI?: unknown;
};

/** Entries of updatedProperties that always mean "render again". */
const ALWAYS_RENDER = new Set(["layout", "fullscreen_open", "fullscreen_close", "dataset", "records", "columns", "sortorder", "page", "filter"]);

function hostState(context: ContextLike): readonly unknown[] {
    return [
        context.mode?.allocatedWidth,
        context.mode?.isControlDisabled,
        context.mode?.contextInfo?.entityId,
        context.userSettings?.languageId,
        context.userSettings?.isRTL,
        context.fluentDesignLanguage?.isDarkTheme,
        context.fluentDesignLanguage?.tokenTheme,
        context.resources,
        context.webAPI,
    ];
}

export class UpdateGate<E> {
    private lastState: readonly unknown[] | undefined;
    private lastElement: E | undefined;

    /** The last element when the host says nothing this control reads changed; otherwise undefined. */
    reuse(context: ContextLike): E | undefined {
        const previous = this.lastElement;
        const state = hostState(context);
        const sameState = this.lastState !== undefined && state.every((value, i) => Object.is(value, this.lastState?.[i]));
        if (!previous || !sameState) return undefined;
        const updated = context.updatedProperties;
        if (!Array.isArray(updated) || updated.length === 0) return undefined;
        const parameters = context.parameters ?? {};
        const touchesUs = updated.some((name) => ALWAYS_RENDER.has(name) || name in parameters);
        return touchesUs ? undefined : previous;
    }

    /** Keeps what updateView returned, to hand back next time if nothing changed. */
    remember(context: ContextLike, element: E): E {
        this.lastState = hostState(context);
        this.lastElement = element;
        return element;
    }

    forget(): void {
        this.lastState = undefined;
        this.lastElement = undefined;
    }
}
