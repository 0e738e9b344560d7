/** The viewer mounted on a form with a small list, and the list's rows and search box as a user reaches them. */
import { fireEvent, screen } from "@testing-library/react";
import { StagedDependencyViewer } from "../../../StagedDependencyViewer";
import type { IInputs } from "../../../StagedDependencyViewer/generated/ManifestTypes";
import type { MockContext } from "../../host/mockContext";
import { mountControl } from "../../host/lifecycle";

export { context } from "./lifecycleFixtures";

export const SAMPLE = JSON.stringify([
    { id: "11111111-1111-1111-1111-111111111111", name: "new_project", componenttype: 1 },
    { id: "22222222-2222-2222-2222-222222222222", name: "new_budget", componenttype: 2, parent: "new_project" },
    { id: "33333333-3333-3333-3333-333333333333", name: "new_budgetowner", componenttype: 2, parent: "new_project" },
    { id: "44444444-4444-4444-4444-444444444444", name: '<img src=x onerror="alert(1)">', componenttype: 2, parent: "new_project" },
    { id: "55555555-5555-5555-5555-555555555555", name: "new_status", componenttype: 9 },
]);

export function mount(ctx: MockContext<IInputs>) {
    return mountControl(new StagedDependencyViewer(), ctx);
}

export const rows = (): NodeListOf<Element> => document.querySelectorAll("[data-dependency-row]");

export function typeSearch(text: string): void {
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: text } });
}
