import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { ControlRoot } from "../../../common/components/ControlRoot";
import { JsonView, RAW_PREVIEW_CHARS, CHILDREN_PAGE } from "../../../common/components/JsonView";
import { CopyButton } from "../../../common/components/CopyButton";
import { useStore } from "../../../common/components/useStore";
import { Store } from "../../../common/sources/store";
import { HostEnvironmentCache } from "../../../common/host/environment";
import { resxStrings } from "../../host/resx";

const english = resxStrings("OperationStatusTimeline");

function renderInRoot(children: React.ReactNode, context: Parameters<HostEnvironmentCache["read"]>[0] = {}) {
    const { host, theme } = new HostEnvironmentCache(english).read(context);
    return render(
        <ControlRoot host={host} theme={theme} label="Test control">
            {children}
        </ControlRoot>,
    );
}

function Boom(): React.ReactElement {
    throw new Error("render fault");
}

describe("ControlRoot", () => {
    it("shows a message instead of breaking when a view throws", async () => {
        const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
        const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
        renderInRoot(<Boom />);
        // MessageBar renders its text a tick later so that screen readers announce it.
        expect(await screen.findByText(english.Error_Render)).toBeTruthy();
        warn.mockRestore();
        error.mockRestore();
    });

    it("sets direction and compact layout from the host", () => {
        renderInRoot(<span>content</span>, { userSettings: { isRTL: true }, mode: { allocatedWidth: 360 } });
        const region = screen.getByRole("region", { name: "Test control" });
        expect(region.getAttribute("dir")).toBe("rtl");
        expect(region.getAttribute("data-compact")).toBe("true");
    });

    it("hands back the same environment while nothing changed, so memoized views skip re-rendering", () => {
        const cache = new HostEnvironmentCache(english);
        const context = { userSettings: { languageId: 1033 }, mode: { allocatedWidth: 900 } };
        const first = cache.read(context);
        expect(cache.read({ ...context }).host).toBe(first.host);
        expect(cache.read({ ...context, mode: { allocatedWidth: 300 } }).host).not.toBe(first.host);
    });

    it("keeps the environment when the host hands new resources that answer alike, and renews it when they answer otherwise", () => {
        const cache = new HostEnvironmentCache(english);
        const strings = (table: Record<string, string>) => ({ getString: (id: string) => table[id] ?? "" });
        const context = { userSettings: { languageId: 1031 }, resources: strings({ Field_Masked: "Eingeschränkt" }) };
        const first = cache.read(context).host;
        expect(first.t("Field_Masked")).toBe("Eingeschränkt");
        expect(cache.read({ ...context, resources: strings({ Field_Masked: "Eingeschränkt" }) }).host).toBe(first);
        // Resources that were still loading and now answer: new strings reach the views.
        const loaded = cache.read({ ...context, resources: strings({ Field_Masked: "Vertraulich" }) }).host;
        expect(loaded).not.toBe(first);
        expect(loaded.t("Field_Masked")).toBe("Vertraulich");
    });
});

describe("JsonView", () => {
    it("renders JSON as a collapsible tree and data as text, never as markup", () => {
        const { container } = renderInRoot(<JsonView source={'{"html":"<img src=x onerror=alert(1)>","n":{"deep":1}}'} label="Params" initialDepth={1} />);
        expect(screen.getByRole("tree", { name: "Params" })).toBeTruthy();
        expect(container.querySelector("img")).toBeNull();
        expect(screen.getByText('"<img src=x onerror=alert(1)>"')).toBeTruthy();
        expect(screen.queryByText("deep:")).toBeNull();
        fireEvent.click(screen.getByRole("button", { name: /Expand n/ }));
        expect(screen.getByText("deep:")).toBeTruthy();
    });

    it("shows malformed JSON as raw text with a note", () => {
        renderInRoot(<JsonView source={'{"broken": '} label="Params" />);
        expect(screen.getByText(english.Json_Malformed)).toBeTruthy();
        expect(screen.getByLabelText("Params").textContent).toBe('{"broken": ');
    });

    it("truncates huge raw text until the user asks for all of it", () => {
        const text = "x".repeat(RAW_PREVIEW_CHARS + 500);
        renderInRoot(<JsonView source={text} label="Raw" />);
        expect(screen.getByLabelText("Raw").textContent).toHaveLength(RAW_PREVIEW_CHARS);
        fireEvent.click(screen.getByRole("button", { name: /Show all/ }));
        expect(screen.getByLabelText("Raw").textContent).toHaveLength(text.length);
    });

    it("renders a page of children at a time for huge arrays", () => {
        const items = Array.from({ length: CHILDREN_PAGE * 3 }, (_, i) => i);
        renderInRoot(<JsonView source={JSON.stringify(items)} label="Big" />);
        expect(screen.getAllByRole("treeitem")).toHaveLength(1 + CHILDREN_PAGE);
        fireEvent.click(screen.getByRole("button", { name: /Show 100 more/ }));
        expect(screen.getAllByRole("treeitem")).toHaveLength(1 + 2 * CHILDREN_PAGE);
    });
});

describe("CopyButton", () => {
    it("copies and says so, or says it could not", async () => {
        const writeText = jest.fn().mockResolvedValue(undefined);
        Object.assign(navigator, { clipboard: { writeText } });
        renderInRoot(<CopyButton text={() => "the message"} label="Copy message" />);
        fireEvent.click(screen.getByRole("button", { name: "Copy message" }));
        expect(writeText).toHaveBeenCalledWith("the message");
        await waitFor(() => expect(screen.getByText(english.Copy_Done)).toBeTruthy());

        writeText.mockRejectedValueOnce(new Error("denied"));
        fireEvent.click(screen.getByRole("button", { name: "Copy message" }));
        await waitFor(() => expect(screen.getByText(english.Copy_Failed)).toBeTruthy());
    });
});

describe("useStore", () => {
    const rendered: (string | undefined)[] = [];
    function Show({ box }: { box: Store<string> | undefined }) {
        const value = useStore(box);
        rendered.push(value);
        return <span>{value ?? "nothing"}</span>;
    }

    it("shows a new store's value from its first render, follows changes and lets go of the old store", () => {
        const first = new Store("first");
        const second = new Store("second");
        const view = render(<Show box={first} />);
        act(() => first.set("first, changed"));
        expect(screen.getByText("first, changed")).toBeTruthy();
        rendered.length = 0;
        view.rerender(<Show box={second} />);
        expect(rendered[0]).toBe("second");
        act(() => first.set("stale"));
        expect(screen.getByText("second")).toBeTruthy();
        view.rerender(<Show box={undefined} />);
        expect(screen.getByText("nothing")).toBeTruthy();
    });
});
