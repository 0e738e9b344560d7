import * as React from "react";
import { StableElement } from "../../../common/components/stableElement";

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
