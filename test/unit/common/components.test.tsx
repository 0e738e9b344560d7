import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { ControlRoot } from "../../../common/components/ControlRoot";
import { JsonView, RAW_PREVIEW_CHARS, CHILDREN_PAGE } from "../../../common/components/JsonView";
import { CopyButton, COPY_FEEDBACK_MS } from "../../../common/components/CopyButton";
import { RefreshStatus } from "../../../common/components/RefreshStatus";
import { VisibleText } from "../../../common/components/VisibleText";
import { LtrText } from "../../../common/components/LtrText";
import type { RefreshSnapshot } from "../../../common/sources/refreshSource";
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
        expect(screen.queryByText("deep")).toBeNull();
        // One idiom: the row itself opens and closes, with a Fluent chevron; no button inside a tree item.
        const n = screen.getByRole("treeitem", { name: /^n\s?: / });
        expect(n.getAttribute("aria-expanded")).toBe("false");
        expect(n.querySelector("button")).toBeNull();
        fireEvent.click(n);
        expect(n.getAttribute("aria-expanded")).toBe("true");
        expect(screen.getByText("deep")).toBeTruthy();
    });

    it("follows the ARIA tree keyboard pattern: one tab stop, arrows move, open and close, Home and End", () => {
        renderInRoot(<JsonView source={'{"a":1,"b":{"c":2,"d":{"e":3}},"f":"x"}'} label="Keys" initialDepth={1} />);
        const item = (name: RegExp) => screen.getByRole("treeitem", { name });
        const focused = () => document.activeElement?.getAttribute("data-tree-id");
        const items = screen.getAllByRole("treeitem");
        expect(items.filter((i) => i.tabIndex === 0)).toHaveLength(1);
        const root = items[0];
        root.focus();
        fireEvent.keyDown(root, { key: "ArrowDown" });
        expect(document.activeElement).toBe(item(/^a\s?: 1$/));
        fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
        const b = item(/^b\s?: /);
        expect(document.activeElement).toBe(b);
        // The tab stop follows the focus.
        expect(b.tabIndex).toBe(0);
        expect(root.tabIndex).toBe(-1);
        expect(b.getAttribute("aria-expanded")).toBe("false");
        fireEvent.keyDown(b, { key: "ArrowRight" });
        expect(b.getAttribute("aria-expanded")).toBe("true");
        fireEvent.keyDown(b, { key: "ArrowRight" });
        expect(document.activeElement).toBe(item(/^c\s?: 2$/));
        fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft" });
        expect(document.activeElement).toBe(b);
        fireEvent.keyDown(b, { key: "ArrowLeft" });
        expect(b.getAttribute("aria-expanded")).toBe("false");
        fireEvent.keyDown(b, { key: "End" });
        expect(document.activeElement).toBe(item(/^f\s?: "x"$/));
        fireEvent.keyDown(document.activeElement!, { key: "Home" });
        expect(focused()).toBe("0");
        fireEvent.keyDown(root, { key: "Enter" });
        expect(root.getAttribute("aria-expanded")).toBe("false");
        expect(screen.getAllByRole("treeitem")).toHaveLength(1);
    });

    it("keeps JSON left-to-right inside a right-to-left form", () => {
        renderInRoot(<JsonView source={'{"code":-2147187707}'} label="Params" />, { userSettings: { isRTL: true } });
        expect(screen.getByRole("tree", { name: "Params" }).getAttribute("dir")).toBe("ltr");
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

    it("counts items and keys in the user's digits", () => {
        renderInRoot(<JsonView source={JSON.stringify({ list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] })} label="Counts" />, {
            userSettings: { languageId: 1025, isRTL: true },
        });
        const text = screen.getByLabelText("Counts").textContent ?? "";
        expect(text).toContain("١٢");
        expect(text).not.toMatch(/\b12\b/);
    });

    it("renders a page of children at a time for huge arrays", () => {
        const items = Array.from({ length: CHILDREN_PAGE * 3 }, (_, i) => i);
        renderInRoot(<JsonView source={JSON.stringify(items)} label="Big" />);
        // "Show more" is an item of the tree itself, so the keyboard reaches it like any other.
        const values = () => document.querySelectorAll('[role="treeitem"]:not([data-tree-more])');
        expect(values()).toHaveLength(1 + CHILDREN_PAGE);
        fireEvent.click(screen.getByRole("treeitem", { name: /Show 100 more/ }));
        expect(values()).toHaveLength(1 + 2 * CHILDREN_PAGE);
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

    it("says Copied in a floating bubble that goes away again", async () => {
        jest.useFakeTimers();
        try {
            Object.assign(navigator, { clipboard: { writeText: jest.fn().mockResolvedValue(undefined) } });
            renderInRoot(<CopyButton text={() => "the message"} label="Copy message" />);
            fireEvent.click(screen.getByRole("button", { name: "Copy message" }));
            await act(async () => {
                await Promise.resolve();
            });
            const bubble = screen.getByText(english.Copy_Done);
            expect(bubble.getAttribute("role")).toBe("status");
            act(() => {
                jest.advanceTimersByTime(COPY_FEEDBACK_MS);
            });
            expect(screen.queryByText(english.Copy_Done)).toBeNull();
        } finally {
            jest.useRealTimers();
        }
    });
});

describe("VisibleText and LtrText", () => {
    it("shows each invisible character as a labelled code point and never puts it on the page", () => {
        const { container } = renderInRoot(<VisibleText text={"admin\u202Etxt.exe\u200B!"} />);
        const markers = screen.getAllByRole("img");
        expect(markers.map((m) => m.getAttribute("aria-label"))).toEqual([
            `${english.Invisible_Character.replace("{0}", "U+202E")}`,
            english.Invisible_Character.replace("{0}", "U+200B"),
        ]);
        expect(markers.map((m) => m.textContent)).toEqual(["U+202E", "U+200B"]);
        expect(container.textContent).not.toMatch(/[\u202E\u200B]/);
        expect(container.textContent).toContain("admin");
    });

    it("isolates code and data as left-to-right", () => {
        renderInRoot(<LtrText>-2147187707</LtrText>, { userSettings: { isRTL: true } });
        const code = screen.getByText("-2147187707");
        expect(code.tagName).toBe("BDI");
        expect(code.getAttribute("dir")).toBe("ltr");
    });
});

describe("RefreshStatus", () => {
    const failing = (lastError: unknown): RefreshSnapshot<unknown> => ({
        data: undefined,
        readAt: undefined,
        phase: "idle",
        failures: 1,
        lastError,
        nextReadAt: undefined,
    });

    it("shows Dataverse's own message, isolated from the layout's direction", () => {
        const dataverse = Object.assign(new Error("Der Dienst ist nicht verfügbar."), { status: 503, errorCode: -2147204784 });
        renderInRoot(<RefreshStatus snapshot={failing(dataverse)} />);
        expect(screen.getByRole("status").textContent).toBe("Could not refresh (Der Dienst ist nicht verfügbar.).");
        expect(screen.getByText("Der Dienst ist nicht verfügbar.").closest("bdi")).not.toBeNull();
        expect(screen.queryByRole("button", { name: english.Error_TechnicalDetails })).toBeNull();
    });

    it("never shows an engine's or network stack's text as the reason: a sentence, the text behind a toggle", () => {
        renderInRoot(<RefreshStatus snapshot={failing(new TypeError("entities is not iterable"))} />);
        expect(screen.getByRole("status").textContent).toBe(english.Refresh_FailedGeneric);
        expect(screen.queryByText(/not iterable/)).toBeNull();
        const toggle = screen.getByRole("button", { name: english.Error_TechnicalDetails });
        expect(toggle.getAttribute("aria-expanded")).toBe("false");
        fireEvent.click(toggle);
        expect(screen.getByText("entities is not iterable")).toBeTruthy();
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
