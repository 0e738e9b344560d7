import * as React from "react";
import type { HostEnvironment } from "../host/environment";
import { browserTimers, sliceScheduler } from "../sources/timers";

export type { HostEnvironment };

const fallbackEnvironment: HostEnvironment = {
    t: (key) => key,
    clock: { locale: "en-US", offsetMinutes: (at) => -at.getTimezoneOffset() },
    compact: false,
    rtl: false,
    dark: false,
    slices: sliceScheduler,
    timers: browserTimers,
};

export const HostEnvironmentContext = React.createContext<HostEnvironment>(fallbackEnvironment);

export function useHost(): HostEnvironment {
    return React.useContext(HostEnvironmentContext);
}
