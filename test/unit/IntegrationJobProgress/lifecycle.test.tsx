import { screen } from "@testing-library/react";
import { IntegrationJobProgress } from "../../../IntegrationJobProgress";
import type { IInputs } from "../../../IntegrationJobProgress/generated/ManifestTypes";
import { mockContext } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";

const control = "IntegrationJobProgress";

describe("IntegrationJobProgress lifecycle", () => {
    it("shows the expected packets and the job status", () => {
        const context = mockContext<IInputs>({ control, parameters: { expectedPackets: 120, jobStatus: 192350003 } });
        const mounted = mountControl(new IntegrationJobProgress(), context);
        expect(screen.getByText(/120 packets expected/)).toBeTruthy();
        expect(screen.getByText("Processing")).toBeTruthy();
        mounted.destroy();
    });
});
