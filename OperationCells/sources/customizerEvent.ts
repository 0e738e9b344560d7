/**
 * Hands the grid its customizer, as the contract says: `context.factory.fireEvent(EventName, customizer)`
 * in init. `fireEvent` is not in the typed PCF API; a host without it (a form, the test harness) just
 * gets nothing, and the control says so on the console for the maker.
 */
import { isFunction, tryCall } from "../../common/model/guard";

type FactoryLike = { fireEvent?: unknown };

/** True when the host took the customizer. */
export function handCustomizerToGrid(context: { factory?: unknown }, eventName: string, customizer: unknown): boolean {
    const factory = context.factory as FactoryLike | null | undefined;
    const fire = factory?.fireEvent;
    if (eventName === "" || !factory || !isFunction(fire)) return false;
    return tryCall(() => (fire as (name: string, payload: unknown) => unknown).call(factory, eventName, customizer));
}
