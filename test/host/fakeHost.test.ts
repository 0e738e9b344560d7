import { createFakeContext, property, withParameters, type CustomParameter, type ParameterHost } from "../../scripts/host/context";
import { hostControl } from "../../scripts/host/lifecycle";
import { DataverseError, FakeWebApi } from "../../scripts/host/webApi";
import { FakeDataset } from "../../scripts/host/dataset";

const STATUS = [
    { Value: 20, Label: { 1033: "In Progress", 1031: "In Bearbeitung" }, Color: "#0078d4" },
    { Value: 30, Label: "Succeeded" },
];

describe("the shared fake host", () => {
    it("hands option labels in the user's language, English when a language is missing", () => {
        const german = property({ raw: 20, options: STATUS }, 1031);
        expect(german.formatted).toBe("In Bearbeitung");
        const options = (german.attributes as unknown as { Options: { Value: number; Label: string; Color: string }[] }).Options;
        expect(options).toEqual([
            { Value: 20, Label: "In Bearbeitung", Color: "#0078d4" },
            { Value: 30, Label: "Succeeded", Color: "" },
        ]);
        expect(property({ raw: 20, options: STATUS }, 1041).formatted).toBe("In Progress");
        const context = createFakeContext<Record<string, unknown>>({ parameters: { status: { raw: 20, options: STATUS } }, languageId: 1031 });
        expect((context.parameters as Record<string, ComponentFramework.PropertyTypes.Property>).status.formatted).toBe("In Bearbeitung");
    });

    it("formats a data set's option values in the user's language, and describes the options through utils.getEntityMetadata", async () => {
        const rows = [{ backgroundoperationid: "a", backgroundoperationstatuscode: 20 }];
        const columns = [{ name: "backgroundoperationstatuscode", displayName: "Status", dataType: "OptionSet" }];
        const german = new FakeDataset({
            entityName: "backgroundoperation",
            rows,
            columns,
            optionSets: { backgroundoperationstatuscode: STATUS },
            languageId: 1031,
        });
        expect(german.snapshot().records.a.getFormattedValue("backgroundoperationstatuscode")).toBe("In Bearbeitung");
        const english = new FakeDataset({ entityName: "backgroundoperation", rows, columns, optionSets: { backgroundoperationstatuscode: STATUS } });
        expect(english.snapshot().records.a.getFormattedValue("backgroundoperationstatuscode")).toBe("In Progress");

        const calls: unknown[][] = [];
        const entityMetadata = { backgroundoperation: { columns: { backgroundoperationstatuscode: STATUS } } };
        const options = { parameters: {}, languageId: 1031, entityMetadata, onUtility: (call: { args: unknown[] }) => calls.push(call.args) };
        const context = createFakeContext<Record<string, unknown>>(options);
        type Described = { Attributes: { get(name: string): { attributeDescriptor: { OptionSet: unknown[] } } | undefined } };
        const metadata = (await context.utils.getEntityMetadata("backgroundoperation", ["backgroundoperationstatuscode"])) as Described;
        expect(metadata.Attributes.get("backgroundoperationstatuscode")?.attributeDescriptor.OptionSet).toEqual([
            { Value: 20, Label: "In Bearbeitung", Color: "#0078d4" },
            { Value: 30, Label: "Succeeded", Color: "" },
        ]);
        expect(calls).toEqual([["backgroundoperation", ["backgroundoperationstatuscode"]]]);
        // One host, one utils object; a host without metadata has no utils, a failing one rejects.
        expect(createFakeContext(options).utils).toBe(context.utils);
        expect(createFakeContext({ parameters: {} }).utils).toBeUndefined();
        await expect(createFakeContext({ parameters: {}, entityMetadata: "fail" }).utils.getEntityMetadata("x")).rejects.toThrow();
    });

    it("masks a secured value as the host does", () => {
        const masked = property({ raw: "secret", readable: false, editable: false, secured: true });
        expect(masked).toMatchObject({ raw: null, formatted: "***", security: { readable: false, editable: false, secured: true } });
        expect(property({ raw: "open", readable: true, editable: true, secured: false }).security).toEqual({ readable: true, editable: true, secured: false });
    });

    it("logs navigation, answers confirm as told and offers requestRender and design tokens", async () => {
        const seen: string[] = [];
        let renders = 0;
        const context = createFakeContext({
            parameters: {},
            confirm: false,
            onNavigate: (call) => seen.push(call.method),
            requestRender: () => renders++,
            theme: "dark",
        });
        await expect(context.navigation.openConfirmDialog({ text: "Sure?" })).resolves.toEqual({ confirmed: false });
        context.navigation.openUrl("https://example.com");
        context.factory.requestRender();
        expect(seen).toEqual(["openConfirmDialog", "openUrl"]);
        expect(context.navigationCalls.map((c) => c.method)).toEqual(seen);
        expect(renders).toBe(1);
        expect(context.fluentDesignLanguage).toMatchObject({ isDarkTheme: true, tokenTheme: { colorNeutralBackground1: "#292929" } });
    });

    it("builds other parameter kinds from the host they are handed", () => {
        let handed: ParameterHost | undefined;
        const custom: CustomParameter = {
            buildParameter: (host) => {
                handed = host;
                return { kind: "custom", languageId: host.languageId };
            },
        };
        const context = createFakeContext<Record<string, unknown>>({ parameters: { items: custom }, languageId: 1036 });
        expect((context.parameters as Record<string, unknown>).items).toEqual({ kind: "custom", languageId: 1036 });
        handed!.navigate("openDatasetItem", ["row"]);
        expect(context.navigationCalls).toEqual([{ method: "openDatasetItem", args: ["row"] }]);
        handed = undefined;
        const next = withParameters(context, { items: custom });
        expect(handed!.languageId).toBe(1036);
        expect((next.parameters as Record<string, unknown>).items).toEqual({ kind: "custom", languageId: 1036 });
    });

    it("drives init, updateView and destroy, unmounting even when destroy throws", () => {
        const steps: string[] = [];
        const control = {
            init: () => steps.push("init"),
            updateView: () => (steps.push("updateView"), "element"),
            destroy: () => {
                steps.push("destroy");
                throw new Error("boom");
            },
        };
        const hosted = hostControl(control, { render: (element) => steps.push(`render ${element}`), unmount: () => steps.push("unmount") });
        const context = createFakeContext({ parameters: {} });
        hosted.init(context);
        hosted.update(context);
        expect(() => hosted.destroy()).toThrow("boom");
        expect(steps).toEqual(["init", "updateView", "render element", "destroy", "unmount"]);
    });
});

describe("the shared fake Web API", () => {
    const table = () => Array.from({ length: 5 }, (_, i) => ({ itemid: `id-${i}`, name: `item ${i}`, kind: i % 2 === 0 ? "even" : "odd" }));

    it("filters, orders, selects and pages with nextLink", async () => {
        const api = new FakeWebApi({ item: table() });
        const first = await api.retrieveMultipleRecords("item", "?$select=name&$filter=kind eq 'even'&$orderby=name desc", 2);
        expect(first.entities).toEqual([{ name: "item 4" }, { name: "item 2" }]);
        expect(new URL(first.nextLink).searchParams.get("$skiptoken")).toBe("2");
        const second = await api.retrieveMultipleRecords("item", first.nextLink, 2);
        expect(second.entities).toEqual([{ name: "item 0" }]);
        expect(second.nextLink).toBeUndefined();
    });

    it("fails calls matching a rule with status and error code, and records them", async () => {
        const api = new FakeWebApi({ item: table() }).failWhen({
            method: "updateRecord",
            entity: "item",
            times: 1,
            error: { message: "Refused", status: 400 },
        });
        const logged: string[] = [];
        api.onCall = (call) => logged.push(call.method);
        const refused = api.updateRecord("item", "id-1", { name: "renamed" });
        await expect(refused).rejects.toBeInstanceOf(DataverseError);
        await expect(refused).rejects.toMatchObject({ message: "Refused", status: 400, errorCode: -2147220970 });
        expect(api.tables.item[1].name).toBe("item 1");
        await api.updateRecord("item", "id-1", { name: "renamed" });
        expect(api.tables.item[1].name).toBe("renamed");
        await expect(api.retrieveRecord("item", "id-9")).rejects.toMatchObject({ status: 404, errorCode: -2147220969 });
        expect(logged).toEqual(["updateRecord", "updateRecord", "retrieveRecord"]);
        expect(api.calls).toHaveLength(3);
    });
});
