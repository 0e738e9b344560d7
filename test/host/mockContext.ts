/**
 * The shared fake host's context (scripts/host/context.ts) with the defaults the tests expect: resources
 * from the control's real resx, an 800 px wide form, no design tokens unless `dark` (dark without tokens),
 * and a navigation that logs into `navigationCalls`.
 */
import {
    createFakeContext,
    property,
    withParameters,
    type FakeContext,
    type FakeContextOptions,
    type NavigationCall,
    type OptionSpec,
    type PropertySpec,
} from "../../scripts/host/context";
import { resxStrings } from "./resx";

export { property, withParameters };
export type { NavigationCall, OptionSpec, PropertySpec };

export interface ContextOptions extends Pick<FakeContextOptions, "entityMetadata" | "onUtility" | "fireEvent"> {
    control: string;
    parameters: Record<string, PropertySpec | unknown>;
    languageId?: number;
    isRTL?: boolean;
    /** The user's Dataverse time zone as minutes east of UTC (e.g. 60 for CET in winter). */
    timeZoneOffsetMinutes?: number;
    allocatedWidth?: number;
    disabled?: boolean;
    webAPI?: ComponentFramework.WebApi | null;
    record?: { entityName: string; id: string } | null;
    dark?: boolean;
    /** Resource lookup: the control's resx (default), or none at all (as some hosts behave). */
    resources?: "resx" | "none";
    /** Answer of openConfirmDialog. */
    confirm?: boolean;
}

export type MockContext<TInputs> = FakeContext<TInputs>;

export function mockContext<TInputs>(options: ContextOptions): MockContext<TInputs> {
    const { control, resources, dark, confirm, ...host } = options;
    return createFakeContext<TInputs>({
        ...host,
        strings: resources === "none" ? {} : resxStrings(control, options.languageId ?? 1033),
        theme: dark ? "dark" : null,
        themeTokens: false,
        confirm: confirm !== false,
    });
}
