// Status labels and colors from the status column's metadata, in the grid, the chips and the cards.
import { screen } from "@testing-library/react";
import { advance, BGOP, mountBoard, operation, settle, rowText, withBoardClock } from "./boardFixtures";

// Grids render slowly in jsdom on a loaded machine; no test here waits on real time.
jest.setTimeout(20_000);

withBoardClock();

describe("OperationsBoard status colors from the entity metadata", () => {
    const METADATA = {
        backgroundoperation: {
            columns: {
                backgroundoperationstatuscode: [
                    { Value: BGOP.failed, Label: "Failed", Color: "#00aa55" },
                    // A dark navy chosen for light forms: on a dark form it is lightened until it shows.
                    { Value: BGOP.succeeded, Label: "Succeeded", Color: "#000080" },
                ],
            },
        },
    };
    const badgeColor = (name: string): string => {
        const badge = (screen.getByText(name).closest("[role='row']") as HTMLElement).querySelector(".aops-badge") as HTMLElement;
        return getComputedStyle(badge).borderTopColor.toLowerCase();
    };

    it("reads the status column's options once per table and column, and paints their colors", async () => {
        const calls: unknown[][] = [];
        // One host: the same metadata, so the same utils object, for both boards.
        const context = { entityMetadata: { ...METADATA }, onUtility: (call: { args: unknown[] }) => calls.push(call.args) };
        const board = mountBoard({ rows: [operation(1, BGOP.failed), operation(2, BGOP.inProgress)], context });
        expect(badgeColor("Operation 1")).not.toMatch(/#00aa55/);
        await settle();
        expect(badgeColor("Operation 1")).toMatch(/#00aa55/);
        // A value the metadata does not color keeps its tone; the label stays the host's.
        expect(badgeColor("Operation 2")).not.toMatch(/#00aa55/);
        expect(rowText("Operation 1")).toContain("Failed");
        board.update();
        await advance(15_000);
        board.destroy();
        // A second board of the same table (another subgrid) asks nothing again.
        const second = mountBoard({ rows: [operation(3, BGOP.failed)], context });
        await settle();
        expect(badgeColor("Operation 3")).toMatch(/#00aa55/);
        expect(calls).toEqual([["backgroundoperation", ["backgroundoperationstatuscode"]]]);
        second.destroy();
    });

    it("keeps maker colors visible in the dark theme", async () => {
        const board = mountBoard({ rows: [operation(1, BGOP.succeeded)], context: { entityMetadata: METADATA, dark: true } });
        await settle();
        const color = badgeColor("Operation 1");
        expect(color).toMatch(/#[0-9a-f]{6}/);
        expect(color).not.toMatch(/#000080/);
        board.destroy();
    });

    it("falls back to the tones when the host has no metadata API or the read fails", async () => {
        const failing = mountBoard({ rows: [operation(1, BGOP.failed)], context: { entityMetadata: "fail" } });
        await settle();
        const toned = badgeColor("Operation 1");
        expect(toned).toMatch(/#[0-9a-f]{6}/);
        expect(toned).not.toMatch(/#00aa55/);
        failing.destroy();
        const without = mountBoard({ rows: [operation(1, BGOP.failed)] });
        await settle();
        expect(badgeColor("Operation 1")).toBe(toned);
        without.destroy();
    });
});
