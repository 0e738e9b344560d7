import * as React from "react";
import { createTheme } from "@fluentui/react/lib/Styling";
import { StableElement, StableRoot } from "../../../common/components/stableElement";
import { browserTimers, sliceScheduler } from "../../../common/sources/timers";

describe("StableElement", () => {
    const View = (props: { label: string; onClick?: () => void; items?: readonly number[] }) => <span>{props.label}</span>;

    it("is the same element while every prop is the same value, and a new one when a prop changes, appears or goes", () => {
        const stable = new StableElement(View);
        const items = [1, 2];
        const first = stable.of({ label: "a", items });
        expect(stable.of({ label: "a", items })).toBe(first);
        expect(stable.of({ label: "a", items: [1, 2] })).not.toBe(first);
        const second = stable.of({ label: "a", items });
        expect(second).not.toBe(first);
        expect(stable.of({ label: "a", items, onClick: undefined })).not.toBe(second);
        expect(stable.of({ label: "b", items }).props.label).toBe("b");
        expect(React.isValidElement(second)).toBe(true);
    });
});

describe("StableRoot", () => {
    const View = (props: { label: string }) => <span>{props.label}</span>;
    const host = {
        t: (key: string) => `[${key}]`,
        clock: { locale: "en-US", offsetMinutes: () => 0 },
        compact: false,
        rtl: false,
        dark: false,
        slices: sliceScheduler,
        timers: browserTimers,
    };
    const theme = createTheme({});

    it("is the same ControlRoot element while host, theme and every prop are the same, and a new one when any changes", () => {
        const root = new StableRoot(View, "Timeline_Label");
        const first = root.of(host, theme, { label: "a" });
        expect((first.props as { label: string }).label).toBe("[Timeline_Label]");
        expect(root.of(host, theme, { label: "a" })).toBe(first);
        expect(root.of({ ...host }, theme, { label: "a" })).not.toBe(first);
        const again = root.of(host, theme, { label: "a" });
        expect(root.of(host, createTheme({}), { label: "a" })).not.toBe(again);
        expect(root.of(host, theme, { label: "b" })).not.toBe(again);
    });
});
