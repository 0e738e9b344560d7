import { within, screen } from "@testing-library/react";
import type { ContextOptions } from "../../host/mockContext";
import { FakeWebApi } from "../../host/fakeWebApi";
import { advance, mountJob, jobApi, jobContext, packetRows, range, settle, STATUS } from "./jobFixtures";

beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(Date.UTC(2026, 0, 1, 12, 0, 0)));
});

afterEach(() => {
    jest.useRealTimers();
});

/** Text a screen reader reads but the eye does not see: the shared visually hidden style. */
function visuallyHidden(element: Element): boolean {
    const style = getComputedStyle(element);
    return style.position === "absolute" && style.width === "1px" && style.height === "1px" && style.overflow === "hidden";
}

function visibleText(node: Node): string {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
    if (node instanceof Element && visuallyHidden(node)) return "";
    return Array.from(node.childNodes, visibleText).join("");
}

/** The innermost element whose visible text is `text`, as a user reads a line made of a label and a value. */
function visibleLine(text: string) {
    return (_content: string, element: Element | null): boolean =>
        element !== null && visibleText(element) === text && !Array.from(element.children).some((child) => visibleText(child) === text);
}

const mounted: { destroy(): void }[] = [];
afterEach(() => {
    for (const m of mounted.splice(0)) m.destroy();
});

async function show(parameters: ContextOptions["parameters"], sequences: readonly number[] | null = [], options: Partial<ContextOptions> = {}) {
    const api = sequences ? jobApi(sequences) : null;
    const context = jobContext(parameters, { webAPI: api, ...options });
    const control = mountJob(context);
    mounted.push(control);
    await settle();
    return { api, context, control, container: control.view.container };
}

describe("expected packets", () => {
    it.each([
        ["empty", null, "The number of expected packets is not set, so progress cannot be shown."],
        ["zero", 0, "This job expects 0 packets, so there is no progress to show."],
        ["negative", -5, "The number of expected packets (-5) is negative, so progress cannot be shown."],
        ["absurd", 3e12, "The number of expected packets (3,000,000,000,000) is not a valid count, so progress cannot be shown."],
        ["fractional", 2.5, "The number of expected packets (2.5) is not a valid count, so progress cannot be shown."],
    ])("explains a %s expectation and shows no bar", async (_case, expected, message) => {
        await show({ expectedPackets: expected, jobStatus: STATUS.processing }, range(1, 3));
        expect(screen.getByText(message)).toBeTruthy();
        expect(screen.queryByRole("progressbar")).toBeNull();
        expect(screen.getByText("3 packets received")).toBeTruthy();
        expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
    });

    it("says so when the expected count is restricted", async () => {
        await show({ expectedPackets: { raw: 10, readable: false } }, range(1, 3));
        expect(screen.getByText("You do not have permission to see how many packets are expected.")).toBeTruthy();
        expect(screen.getByText("3 packets received")).toBeTruthy();
    });

    it("flags more packets than expected, naming the extra sequence numbers", async () => {
        await show({ expectedPackets: 10, jobStatus: STATUS.processing }, range(1, 12));
        // Not complete while the job is still processing.
        expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("99");
        expect(screen.getByText("12 received, 10 expected (2 more than expected)")).toBeTruthy();
        expect(screen.getByText("More packets than expected: 2 beyond the 10 expected (11, 12).")).toBeTruthy();
    });
});

describe("missing and duplicate packets", () => {
    it("names missing packets as compact ranges and flags duplicates", async () => {
        const present = range(1, 45).filter((n) => ![3, 7, 8, 9, 41].includes(n));
        await show({ expectedPackets: 45, jobStatus: STATUS.processing }, [...present, 12, 12, 30]);
        expect(screen.getByText("5 missing: 3, 7–9, 41")).toBeTruthy();
        expect(screen.getByText("Duplicate sequence numbers: 12 (×3), 30 (×2)")).toBeTruthy();
        expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toBe("40 of 45 packets");
    });

    it("counts from 0 when a packet 0 exists", async () => {
        await show({ expectedPackets: 5, jobStatus: STATUS.processing }, [0, 1, 2, 4]);
        expect(screen.getByText("1 missing: 3")).toBeTruthy();
    });

    it("cuts a long list of gaps", async () => {
        const everyOther = range(1, 100).filter((n) => n % 2 === 0);
        await show({ expectedPackets: 100, jobStatus: STATUS.processing }, everyOther);
        expect(screen.getByText(/^50 missing: 1, 3, 5, .*, 39 and 30 more$/)).toBeTruthy();
    });

    it("says when every expected packet has arrived", async () => {
        await show({ expectedPackets: 4, jobStatus: STATUS.processing }, range(1, 4));
        expect(screen.getByText("All expected packets have arrived.")).toBeTruthy();
        expect(screen.queryByText(/missing/)).toBeNull();
    });
});

describe("status", () => {
    it.each([
        [STATUS.waiting, "Waiting", "idle"],
        [STATUS.ready, "Ready", "idle"],
        [STATUS.skipped, "Skipped", "skipped"],
        [STATUS.processing, "Processing", "active"],
        [STATUS.succeeded, "Succeeded", "done"],
        [STATUS.failed, "Failed", "failed"],
        [42, "Unknown (42)", "idle"],
    ])("shows status %s as a badge and styles the bar to match", async (status, label, look) => {
        const { container } = await show({ expectedPackets: 10, jobStatus: status }, range(1, 4));
        expect(screen.getByText(label)).toBeTruthy();
        expect(container.querySelector(".aops-packets")?.getAttribute("data-look")).toBe(look);
    });

    it("colors a failed bar differently from a done one", async () => {
        const barColor = (container: HTMLElement) => getComputedStyle(container.querySelector("[role=progressbar]")!).backgroundColor;
        const failed = barColor((await show({ expectedPackets: 10, jobStatus: STATUS.failed }, range(1, 4))).container);
        const done = barColor((await show({ expectedPackets: 10, jobStatus: STATUS.succeeded }, range(1, 4))).container);
        const active = barColor((await show({ expectedPackets: 10, jobStatus: STATUS.processing }, range(1, 4))).container);
        expect(failed).toMatch(/^rgb/);
        expect(new Set([failed, done, active]).size).toBe(3);
    });

    it("uses the option set's label and color from metadata", async () => {
        const { container } = await show(
            { expectedPackets: 10, jobStatus: { raw: STATUS.processing, options: [{ Value: STATUS.processing, Label: "Importing", Color: "#8764b8" }] } },
            [],
        );
        expect(screen.getByText("Importing")).toBeTruthy();
        expect(getComputedStyle(container.querySelector(".aops-badge") as HTMLElement).borderTopColor).toBe("#8764b8");
    });

    it("shows the job type", async () => {
        await show({ expectedPackets: 10, jobType: 192350000 }, null);
        expect(screen.getByText("Job type: MS Project Client")).toBeTruthy();
    });
});

describe("rate and time left", () => {
    it("shows packets per minute and the time left while processing", async () => {
        // 13 packets, one every 10 s: 6 a minute; 107 left take about 17 min 50 s.
        await show({ expectedPackets: 120, jobStatus: STATUS.processing }, range(1, 13));
        expect(screen.getByText("6 packets per minute")).toBeTruthy();
        expect(screen.getByText("About 17 min 50 sec")).toBeTruthy();
    });

    it("says when packets stopped coming instead of promising a time left", async () => {
        const api = new FakeWebApi({ msdyn_integrationjobdetail: packetRows(range(1, 13), undefined, 10_000, Date.now() - 3_600_000) });
        mounted.push(mountJob(jobContext({ expectedPackets: 120, jobStatus: STATUS.processing }, { webAPI: api })));
        await settle();
        await advance(0);
        // A warning, and no rate that no longer holds.
        expect(screen.getByText("No new packet for 58 min.").closest(".ms-MessageBar--warning")).toBeTruthy();
        expect(screen.queryByText(/packets per minute/)).toBeNull();
        expect(screen.queryByText(/Time left/)).toBeNull();
    });

    it("is hidden when the job is not processing", async () => {
        await show({ expectedPackets: 120, jobStatus: STATUS.succeeded }, range(1, 13));
        expect(screen.queryByText(/packets per minute/)).toBeNull();
    });

    it("is hidden when there is not enough data", async () => {
        await show({ expectedPackets: 120, jobStatus: STATUS.processing }, range(1, 2));
        expect(screen.queryByText(/packets per minute/)).toBeNull();
        expect(screen.queryByText(/Time left/)).toBeNull();
    });

    it("says that no packet has arrived instead of listing every number as missing", async () => {
        await show({ expectedPackets: 12, jobStatus: STATUS.waiting }, []);
        expect(screen.getByText("No packet has arrived yet.")).toBeTruthy();
        expect(screen.queryByText(/missing/)).toBeNull();
    });

    it("lists nothing as missing for a skipped job", async () => {
        await show({ expectedPackets: 12, jobStatus: STATUS.skipped }, [1, 2]);
        expect(screen.queryByText(/missing/)).toBeNull();
        expect(screen.queryByText("No packet has arrived yet.")).toBeNull();
    });

    it("never groups the digits of sequence numbers, and keeps grouping counts", async () => {
        await show({ expectedPackets: 12_000, jobStatus: STATUS.processing }, [...range(1, 4320), ...range(4322, 6999), ...range(7003, 12_000)]);
        expect(screen.getByText("4 missing: 4321, 7000–7002")).toBeTruthy();
    });

    it("uses every packet's creation time, also for 10,000 packets", async () => {
        const api = new FakeWebApi({ msdyn_integrationjobdetail: packetRows(range(1, 10_000), undefined, 100) });
        const control = mountJob(jobContext({ expectedPackets: 12_000, jobStatus: STATUS.processing }, { webAPI: api }));
        mounted.push(control);
        await settle();
        expect(api.calls.filter((call) => call.entity === "msdyn_integrationjobdetail")).toHaveLength(2);
        expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toBe("10,000 of 12,000 packets");
        expect(screen.getByText("600 packets per minute")).toBeTruthy();
        expect(screen.getByText("About 3 min 20 sec")).toBeTruthy();
    });
});

describe("response JSON", () => {
    it("puts the error it carries first, in plain text", async () => {
        const { container } = await show(
            { expectedPackets: 3, responseJson: JSON.stringify({ error: { code: "E42", message: "<b>Bad</b> packet 7" } }) },
            null,
        );
        const alert = container.querySelector(".aops-response-error");
        expect(alert?.textContent).toContain("The job reported an error: E42: <b>Bad</b> packet 7");
        expect(container.querySelector("b")).toBeNull();
        // It comes before the progress.
        expect(container.querySelector(".aops-progress")?.firstElementChild).toBe(alert);
        expect(screen.getByRole("tree", { name: "Response JSON" })).toBeTruthy();
        // The error can be copied whole, as the timeline's error card can.
        expect(within(alert as HTMLElement).getByRole("button", { name: "Copy error details" })).toBeTruthy();
    });

    it("shows malformed JSON as raw text with a note", async () => {
        await show({ expectedPackets: 3, responseJson: '{"error": "cut' }, null);
        expect(screen.getByText("This value is not valid JSON; it is shown as text.")).toBeTruthy();
        expect(screen.getByText('{"error": "cut')).toBeTruthy();
    });

    it("guards against huge values", async () => {
        const huge = JSON.stringify({ items: "x".repeat(6_000_000) });
        await show({ expectedPackets: 3, responseJson: huge }, null);
        expect(screen.getByText("This value is too large to show as a tree; it is shown as text.")).toBeTruthy();
        expect(screen.getByText(/Show all/)).toBeTruthy();
    });

    it("says when the response is restricted and shows nothing when empty", async () => {
        await show({ expectedPackets: 3, responseJson: { raw: "{}", readable: false } }, null);
        expect(screen.getByText("Response JSON")).toBeTruthy();
        expect(screen.getByText("Restricted")).toBeTruthy();
    });
});

describe("regarding record", () => {
    it("is plain text without a valid GUID", async () => {
        await show({ expectedPackets: 3, regardingEntity: "msdyn_project", regardingEntityId: "<script>alert(1)</script>" }, null);
        expect(document.querySelector(".aops-regarding")?.textContent).toBe("Regarding: msdyn_project <script>alert(1)</script>");
        expect(document.querySelector(".aops-regarding script")).toBeNull();
        expect(screen.queryByTitle("Open the regarding record")).toBeNull();
    });

    it("is restricted when field security hides it", async () => {
        await show({ expectedPackets: 3, regardingEntity: "account", regardingEntityId: { raw: "x", readable: false } }, null);
        expect(screen.getByText(visibleLine("Regarding: Restricted"))).toBeTruthy();
    });
});

describe("host environment", () => {
    it("renders at phone width, in RTL and in the dark theme", async () => {
        const { container } = await show({ expectedPackets: 10, jobStatus: STATUS.processing }, range(1, 4), {
            allocatedWidth: 320,
            isRTL: true,
            dark: true,
            languageId: 1025,
        });
        const region = screen.getByRole("region", { name: "تقدم مهمة التكامل" });
        expect(region.getAttribute("dir")).toBe("rtl");
        expect(region.getAttribute("data-compact")).toBe("true");
        expect(screen.getByRole("progressbar")).toBeTruthy();
        expect(container.textContent).toContain("الحزم المستلمة");
    });

    it.each([
        [1025, "٤، ٧–٨، ١٠–١٢"],
        [1041, "4、7–8、10–12"],
        [1033, "4, 7–8, 10–12"],
    ])("lists missing packets with the separator of language %s", async (languageId, list) => {
        const { container } = await show({ expectedPackets: 12, jobStatus: STATUS.processing }, [1, 2, 3, 5, 6, 9], { languageId });
        expect(container.textContent).toContain(list);
    });

    it.each([
        [1031, "Empfangene Pakete"],
        [1036, "Paquets reçus"],
        [3082, "Paquetes recibidos"],
        [1041, "受信したパケット"],
    ])("speaks language %s", async (languageId, label) => {
        await show({ expectedPackets: 10, jobStatus: STATUS.processing }, range(1, 4), { languageId });
        expect(screen.getByText(label)).toBeTruthy();
    });

    it("shows a masked status and type as restricted without a badge", async () => {
        await show({ expectedPackets: 10, jobStatus: { raw: STATUS.failed, readable: false }, jobType: { raw: 192350000, readable: false } }, range(1, 4));
        expect(screen.getByText(visibleLine("Job status: Restricted"))).toBeTruthy();
        expect(screen.getByText(visibleLine("Job type: Restricted"))).toBeTruthy();
        expect(screen.queryByText("Failed")).toBeNull();
    });

    it("tells why a value is restricted, in a tooltip and to screen readers", async () => {
        await show({ expectedPackets: 10, jobStatus: { raw: STATUS.failed, readable: false } }, null);
        const restricted = screen.getByText("Restricted");
        expect(restricted.getAttribute("title")).toBe("You do not have permission to see this value.");
        expect(restricted.textContent).toBe("Restricted (You do not have permission to see this value.)");
    });

    it("works with every property empty", async () => {
        await show({}, null);
        expect(screen.getByText("The number of expected packets is not set, so progress cannot be shown.")).toBeTruthy();
    });
});
