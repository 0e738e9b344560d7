import { screen } from "@testing-library/react";
import { OperationStatusTimeline } from "../../../OperationStatusTimeline";
import type { IInputs } from "../../../OperationStatusTimeline/generated/ManifestTypes";
import { mockContext, withParameters } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";

const control = "OperationStatusTimeline";

describe("OperationStatusTimeline lifecycle", () => {
    it("shows the status label from the option set metadata and follows updates", () => {
        const context = mockContext<IInputs>({
            control,
            parameters: { statusReason: { raw: 20, options: [{ Value: 20, Label: "Running (Sales)" }] } },
        });
        const mounted = mountControl(new OperationStatusTimeline(), context);
        expect(screen.getByText("Running (Sales)")).toBeTruthy();
        mounted.update(withParameters(context, { statusReason: { raw: 31 } }));
        expect(screen.getByText("Failed")).toBeTruthy();
        mounted.destroy();
    });

    it("labels unknown values and masked fields without failing", () => {
        const context = mockContext<IInputs>({ control, parameters: { statusReason: 77 } });
        const mounted = mountControl(new OperationStatusTimeline(), context);
        expect(screen.getByText("Unknown (77)")).toBeTruthy();
        mounted.update(withParameters(context, { statusReason: { raw: 30, readable: false } }));
        expect(screen.getByText("Restricted")).toBeTruthy();
        mounted.destroy();
    });

    it("speaks the user's language from the resx", () => {
        const context = mockContext<IInputs>({ control, languageId: 1031, parameters: { statusReason: 30 } });
        const mounted = mountControl(new OperationStatusTimeline(), context);
        expect(screen.getByText("Erfolgreich")).toBeTruthy();
        mounted.destroy();
    });
});
