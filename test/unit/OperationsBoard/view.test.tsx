import * as React from "react";
import { screen } from "@testing-library/react";
import { advance, BGOP, guid, mountBoard, NOW, operation, settle } from "./boardFixtures";

/** Renders of the board's memoized views, by view and row id. */
const renders: string[] = [];

jest.mock("../../../OperationsBoard/components/cells", () => {
    const actual = jest.requireActual("../../../OperationsBoard/components/cells");
    const counted: Record<string, unknown> = { ...actual };
    for (const name of ["NameCell", "StatusCell", "QueueCell", "RunCell", "RetriesCell", "ErrorCell"]) {
        const inner = (actual[name] as { type: (props: { row: { id: string } }) => React.ReactElement | null }).type;
        counted[name] = React.memo(function Counted(props: { row: { id: string } }) {
            renders.push(`${name}:${props.row.id}`);
            return inner(props);
        });
    }
    return counted;
});

jest.mock("../../../OperationsBoard/components/BoardView", () => {
    const actual = jest.requireActual("../../../OperationsBoard/components/BoardView");
    const inner = actual.BoardView.type;
    return {
        ...actual,
        BoardView: React.memo(function Counted(props: object) {
            renders.push("BoardView");
            return inner(props);
        }),
    };
});

beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(NOW));
    renders.length = 0;
});

afterEach(() => jest.useRealTimers());

const rowsRendered = (): string[] => [...new Set(renders.filter((r) => r.includes(":")).map((r) => r.split(":")[1]))];

describe("OperationsBoard rendering", () => {
    it("a second updateView with the same values re-renders none of the board's views", async () => {
        const board = mountBoard({
            rows: [operation(1, BGOP.failed, { errorcode: 1, errormessage: "x" }), operation(2, BGOP.succeeded), operation(3, BGOP.canceled)],
        });
        await settle();
        expect(rowsRendered().sort()).toEqual([guid(1), guid(2), guid(3)].sort());
        renders.length = 0;
        // The host hands over a new context and a new data set object with the same values.
        board.update();
        board.update();
        await settle();
        expect(renders).toEqual([]);
        board.destroy();
    });

    it("a refresh that changes one row re-renders only that row", async () => {
        const board = mountBoard({
            rows: [operation(1, BGOP.waiting), operation(2, BGOP.inProgress), operation(3, BGOP.succeeded)],
            steps: [[{ id: guid(2), set: { backgroundoperationstatuscode: BGOP.failed, endtime: new Date(NOW).toISOString(), errorcode: -2147187707 } }]],
        });
        await settle();
        renders.length = 0;
        await advance(15_000);
        expect(screen.getByText("Operation 2").closest("[role='row']")?.textContent).toContain("Failed");
        expect(rowsRendered()).toEqual([guid(2)]);
        board.destroy();
    });
});
