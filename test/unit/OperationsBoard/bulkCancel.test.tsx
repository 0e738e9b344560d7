// Bulk cancel on the board: selection, the confirmation, each row's answer, and focus where the flow began.
import { act, fireEvent, screen } from "@testing-library/react";
import { DataverseError } from "../../host/fakeWebApi";
import { BGOP, guid, mountBoard, operation, settle, button, refreshes, rowText, withBoardClock } from "./boardFixtures";

// Grids render slowly in jsdom on a loaded machine; no test here waits on real time.
jest.setTimeout(20_000);

withBoardClock();

describe("OperationsBoard bulk cancel", () => {
    const selectRow = (name: string): void => {
        const row = screen.getByText(name).closest("[role='row']") as HTMLElement;
        // (Text and selector queries: role queries are slow over a grid's DOM in jsdom.)
        fireEvent.click(row.querySelector("[role='checkbox']") as HTMLElement);
    };

    it("asks once through the host, writes state 2 / status 22 to each waiting row, leaves started ones alone", async () => {
        const rows = [operation(1, BGOP.waiting), operation(2, BGOP.waiting), operation(3, BGOP.inProgress)];
        const board = mountBoard({ rows });
        await settle();
        expect(screen.queryByText(/^Cancel \d operations?$/)).toBeNull();
        selectRow("Operation 1");
        selectRow("Operation 2");
        selectRow("Operation 3");
        await settle();
        expect(board.dataset.selectedIds.sort()).toEqual([guid(1), guid(2), guid(3)].sort());
        fireEvent.click(button("Cancel 2 operations"));
        await settle();
        const confirm = board.first.navigationCalls.filter((c) => c.method === "openConfirmDialog");
        expect(confirm).toHaveLength(1);
        expect((confirm[0].args[0] as { text: string }).text).toBe(
            "2 operations waiting for resources will be canceled. 1 selected operation has already started or ended and is left alone: Operation 3.",
        );
        const updates = board.api.calls.filter((c) => c.method === "updateRecord");
        expect(updates.map((u) => [u.entity, u.id, u.data])).toEqual([
            ["backgroundoperation", guid(1), { backgroundoperationstatecode: 2, backgroundoperationstatuscode: 22 }],
            ["backgroundoperation", guid(2), { backgroundoperationstatecode: 2, backgroundoperationstatuscode: 22 }],
        ]);
        expect(screen.getByText("2 of 2 operations are being canceled.")).toBeTruthy();
        expect(screen.getByText("Operation 3: left alone (In Progress)")).toBeTruthy();
        // The keyboard is on the report (the button went with the canceled rows).
        expect((document.activeElement as HTMLElement).textContent).toContain("2 of 2 operations are being canceled.");
        // The board reloads so the new statuses show.
        expect(refreshes(board)).toBe(1);
        expect(rowText("Operation 1")).toContain("Canceling");
        board.destroy();
    });

    it("writes nothing when the user declines", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.waiting)], context: { confirm: false } });
        await settle();
        selectRow("Operation 1");
        fireEvent.click(button("Cancel 1 operation"));
        await settle();
        expect(board.api.calls.filter((c) => c.method === "updateRecord")).toEqual([]);
        expect(button("Cancel 1 operation")).toBeTruthy();
        // Declined: back on the button that asked.
        expect(document.activeElement).toBe(button("Cancel 1 operation"));
        board.destroy();
    });

    it("reports per row when Dataverse refuses some, four writes at most in flight", async () => {
        const rows = Array.from({ length: 6 }, (_, i) => operation(i + 1, BGOP.waiting));
        const board = mountBoard({ rows });
        await settle();
        fireEvent.click(document.querySelector("[role='checkbox'][aria-label='Select all operations']") as HTMLElement);
        await settle();
        board.api.holdResponses = true;
        board.api.failures.push(
            undefined,
            new DataverseError("Canceling background operation is not allowed after it is in terminal state.", 400, -2147220891),
        );
        fireEvent.click(button("Cancel 6 operations"));
        await settle();
        expect(board.api.inFlight()).toBe(4);
        for (let i = 0; i < 3; i++) {
            await act(async () => board.api.release());
            await settle();
        }
        expect(board.api.calls.filter((c) => c.method === "updateRecord")).toHaveLength(6);
        expect(screen.getByText("5 of 6 operations are being canceled.")).toBeTruthy();
        expect(screen.getByText("Operation 2: not canceled (Canceling background operation is not allowed after it is in terminal state.)")).toBeTruthy();
        board.api.holdResponses = false;
        board.destroy();
    });

    it("asks inside the board when the host has no dialog", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.waiting)], noConfirmDialog: true });
        await settle();
        selectRow("Operation 1");
        fireEvent.click(button("Cancel 1 operation"));
        await settle();
        expect(screen.getByText(/1 operation waiting for resources will be canceled/)).toBeTruthy();
        // The safe answer has focus, as in a host's dialog.
        expect(document.activeElement).toBe(button("Keep them"));
        fireEvent.click(button("Cancel operations"));
        await settle();
        expect(board.api.calls.filter((c) => c.method === "updateRecord")).toHaveLength(1);
        board.destroy();
    });

    it("is not offered without a Web API or on a disabled control", async () => {
        for (const context of [{ webAPI: null }, { disabled: true }]) {
            const board = mountBoard({ rows: [operation(1, BGOP.waiting)], context });
            await settle();
            selectRow("Operation 1");
            await settle();
            expect(screen.queryByText("Cancel 1 operation")).toBeNull();
            board.destroy();
        }
    });
});
