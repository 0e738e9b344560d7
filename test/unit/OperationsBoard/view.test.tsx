/**
 * The board does only what changed: React commits are counted under the control's root (React.Profiler),
 * and what a user could see change is the DOM mutations inside the control, row by row. Neither depends on
 * how the board's views are split into components.
 */
import { screen } from "@testing-library/react";
import { advance, BGOP, guid, mountBoard, NOW, operation, settle } from "./boardFixtures";

beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(NOW));
});

afterEach(() => jest.useRealTimers());

/** The grid row that shows the operation named `name`. */
const rowOf = (name: string): HTMLElement => {
    const row = screen.getByText(name).closest<HTMLElement>("[role='row']");
    if (!row) throw new Error(`no row shows ${name}`);
    return row;
};

/**
 * Whether any of `changes` that a user could notice happened inside `element`. Fluent 8.29's DetailsList
 * draws a new id for its rows on each of its renders (`getId` in its render) and hands every row its
 * id again: row and checkbox ids and the aria-labelledby naming them change, nothing a user sees or hears.
 */
const FLUENT_ROW_IDS = new Set(["id", "aria-labelledby"]);
const touched = (changes: readonly MutationRecord[], element: Element): boolean =>
    changes.some((change) => element.contains(change.target) && !(change.type === "attributes" && FLUENT_ROW_IDS.has(change.attributeName ?? "")));

describe("OperationsBoard rendering", () => {
    it("a second updateView with the same values commits nothing and changes nothing on the page", async () => {
        const board = mountBoard({
            rows: [operation(1, BGOP.failed, { errorcode: 1, errormessage: "x" }), operation(2, BGOP.succeeded), operation(3, BGOP.canceled)],
        });
        await settle();
        for (const n of [1, 2, 3]) expect(rowOf(`Operation ${n}`)).toBeTruthy();
        const commits = board.mounted.commits();
        board.mounted.changes();
        // The host hands over a new context and a new data set object with the same values.
        board.update();
        board.update();
        await settle();
        expect(board.mounted.commits()).toBe(commits);
        expect(board.mounted.changes()).toEqual([]);
        board.destroy();
    });

    it("a refresh that changes one row changes that row only, and the rows around it stay the same elements", async () => {
        const board = mountBoard({
            rows: [operation(1, BGOP.succeeded), operation(2, BGOP.inProgress), operation(3, BGOP.canceled)],
            steps: [[{ id: guid(2), set: { backgroundoperationstatuscode: BGOP.failed, endtime: new Date(NOW).toISOString(), errorcode: -2147187707 } }]],
        });
        await settle();
        const [first, third] = [1, 3].map((n) => rowOf(`Operation ${n}`));
        const commits = board.mounted.commits();
        board.mounted.changes();
        await advance(15_000);
        expect(rowOf("Operation 2").textContent).toContain("Failed");
        expect(board.mounted.commits()).toBeGreaterThan(commits);
        const changes = board.mounted.changes();
        expect(touched(changes, rowOf("Operation 2"))).toBe(true);
        // Rows 1 and 3 hold nothing live (both ended): not one of their nodes changed, and they were not replaced.
        expect(touched(changes, first)).toBe(false);
        expect(touched(changes, third)).toBe(false);
        expect(rowOf("Operation 1")).toBe(first);
        expect(rowOf("Operation 3")).toBe(third);
        board.destroy();
    });
});
