/**
 * The lifecycle every control's index shares, so that an index says only what it reads and which
 * sources it keeps: init asks the host for resize updates; updateView keeps the navigation of the latest
 * context, hands back the last element when the host says nothing the control reads changed (UpdateGate),
 * and otherwise builds the element with `render`; destroy disposes every source the control owns, so no
 * request starts and no timer runs afterwards.
 */
import { HostNavigation, trackContainerResize } from "./hostApis";
import { UpdateGate } from "./updates";

export interface Disposable {
    dispose(): void;
}

export abstract class ControlLifecycle<TInputs extends object, TOutputs, TElement> {
    /** Opening a record, confirming and saving a file go through the latest context's navigation. */
    protected readonly navigation = new HostNavigation();
    private readonly gate = new UpdateGate<TElement>();
    private readonly owned: Disposable[] = [];

    public init(context: ComponentFramework.Context<TInputs>): void {
        trackContainerResize(context);
    }

    public updateView(context: ComponentFramework.Context<TInputs>): TElement {
        this.navigation.update(context);
        this.everyUpdate(context);
        const reused = this.gate.reuse(context);
        if (reused !== undefined) return reused;
        return this.gate.remember(context, this.render(context));
    }

    public getOutputs(): TOutputs {
        return {} as TOutputs;
    }

    public destroy(): void {
        for (const source of this.owned) source.dispose();
        this.gate.forget();
    }

    /** Registers a source the control keeps for its lifetime: disposed by destroy(). */
    protected own<S extends Disposable>(source: S): S {
        this.owned.push(source);
        return source;
    }

    /** What must see every updateView, even one the gate answers (a data set link waiting for a refresh). */
    protected everyUpdate(_context: ComponentFramework.Context<TInputs>): void {
        // Nothing by default.
    }

    /** The element for this context: read it, sync the sources, build the view. */
    protected abstract render(context: ComponentFramework.Context<TInputs>): TElement;
}
