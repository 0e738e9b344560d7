import { screen } from "@testing-library/react";
import { StagedDependencyViewer } from "../../../StagedDependencyViewer";
import type { IInputs } from "../../../StagedDependencyViewer/generated/ManifestTypes";
import { mockContext } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";

const control = "StagedDependencyViewer";

describe("StagedDependencyViewer lifecycle", () => {
    it("counts the dependencies and says when nothing is left", () => {
        const context = mockContext<IInputs>({ control, parameters: { unprocessedDependencies: '["account","contact","lead"]' } });
        const mounted = mountControl(new StagedDependencyViewer(), context);
        expect(screen.getByText("3 unprocessed dependencies")).toBeTruthy();
        mounted.update(mockContext<IInputs>({ control, parameters: { unprocessedDependencies: "" } }));
        expect(screen.getByText("Nothing left to process.")).toBeTruthy();
        mounted.destroy();
    });
});
