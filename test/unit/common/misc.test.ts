import { parseOnce } from "../../../common/model/parseOnce";
import { recordOf, webApiOf } from "../../../common/host/dataAccess";
import { codeNumber, errorCodeOf, errorStatus, isForbidden, isNotFound } from "../../../common/model/dataverseErrors";
import { normalizeGuid } from "../../../common/model/guid";
import { readJson } from "../../../common/model/json";
import { themeFromHost } from "../../../common/host/theme";
import { contrastRatio, readableOn } from "../../../common/model/color";
import { FakeWebApi } from "../../host/fakeWebApi";

describe("parseOnce", () => {
    it("parses a value once however often it is asked, and again when it changes", () => {
        const parse = parseOnce((text: string | null) => (text ?? "").split(","));
        const big = "a,b,c";
        for (let i = 0; i < 100; i++) parse(big);
        expect(parse.parses).toBe(1);
        expect(parse("x,y")).toEqual(["x", "y"]);
        expect(parse.parses).toBe(2);
        expect(parse(null)).toEqual([""]);
        parse(null);
        expect(parse.parses).toBe(3);
    });
});

describe("data access guard", () => {
    it("offers the web API only when it can read", () => {
        expect(webApiOf({})).toBeUndefined();
        expect(webApiOf({ webAPI: { retrieveRecord: undefined } as never })).toBeUndefined();
        const api = new FakeWebApi();
        expect(webApiOf({ webAPI: api })).toBe(api);
    });

    it("finds the record id in mode.contextInfo or page, normalised, or nothing", () => {
        expect(recordOf({ mode: { contextInfo: { entityId: "{AB26025C-CBE6-ED11-A7C6-000D3A9933C9}", entityTypeName: "backgroundoperation" } } })).toEqual({
            entityName: "backgroundoperation",
            id: "ab26025c-cbe6-ed11-a7c6-000d3a9933c9",
        });
        expect(recordOf({ page: { entityId: "bb26025c-cbe6-ed11-a7c6-000d3a9933c9", entityTypeName: "msdyn_integrationjob" } })?.entityName).toBe(
            "msdyn_integrationjob",
        );
        expect(recordOf({ mode: { contextInfo: { entityId: "", entityTypeName: "x" } } })).toBeUndefined();
        expect(recordOf({})).toBeUndefined();
        expect(normalizeGuid("not-a-guid")).toBeUndefined();
    });

    it("recognises a vanished row by its code or HTTP status, in every language, never by its message", () => {
        expect(errorStatus({ status: 404 })).toBe(404);
        expect(errorStatus(null)).toBeUndefined();
        expect(isNotFound({ status: 404 })).toBe(true);
        expect(isNotFound({ errorCode: -2147220969 })).toBe(true);
        // A background operation whose time to live ran out, as Microsoft documents it, in German.
        expect(isNotFound({ errorCode: -2147185406, message: "Das Element 'x' wurde nicht gefunden." })).toBe(true);
        expect(isNotFound({ errorCode: 0x80048d02 })).toBe(true);
        expect(isNotFound({ error: { code: "0x80048D02", message: "Could not find item 'x'." } })).toBe(true);
        // The English words alone prove nothing: messages are localized and can say anything.
        expect(isNotFound(new Error("Could not find item 'x'."))).toBe(false);
        expect(isNotFound({ status: 403 })).toBe(false);
        expect(errorCodeOf({ errorCode: "-2147185406" })).toBe(-2147185406);
        expect(codeNumber("0x80040220")).toBe(-2147220960);
    });

    it("recognises a refusal for lack of privilege however the host reports it", () => {
        expect(isForbidden({ status: 403 })).toBe(true);
        expect(isForbidden({ errorCode: -2147220960, message: "Principal user is missing prvReadmsdyn_integrationjobdetail privilege" })).toBe(true);
        expect(isForbidden({ code: 0x80040220 })).toBe(true);
        expect(isForbidden({ error: { code: "0x80040220" } })).toBe(true);
        expect(isForbidden({ status: 404 })).toBe(false);
        expect(isForbidden({ status: 500, errorCode: -2147204784 })).toBe(false);
        expect(isForbidden(new Error("Network down"))).toBe(false);
        expect(isForbidden(undefined)).toBe(false);
    });
});

describe("readJson", () => {
    it("tells JSON, malformed JSON, plain text, empty and oversized values apart", () => {
        expect(readJson('[{"Key":"A","Value":1}]')).toMatchObject({ kind: "json", value: [{ Key: "A", Value: 1 }] });
        expect(readJson('{"a":')).toMatchObject({ kind: "text", reason: "malformed" });
        expect(readJson("hello")).toMatchObject({ kind: "text", reason: "notJson" });
        expect(readJson("  ")).toEqual({ kind: "empty" });
        expect(readJson(null)).toEqual({ kind: "empty" });
        expect(readJson("[1,2,3]", 3)).toMatchObject({ kind: "text", reason: "tooLarge" });
    });

    it("decodes JSON stored as a JSON string of JSON, a bounded number of times", () => {
        const once = JSON.stringify([{ Key: "A", Value: 1 }]);
        expect(readJson(JSON.stringify(once))).toMatchObject({ kind: "json", value: [{ Key: "A", Value: 1 }], encodings: 1 });
        expect(readJson(JSON.stringify(JSON.stringify(once)))).toMatchObject({ kind: "json", value: [{ Key: "A", Value: 1 }], encodings: 2 });
        expect(readJson(once)).toMatchObject({ encodings: 0 });
        // A plain JSON string stays a string; so does one that only looks like JSON.
        expect(readJson('"hello"')).toMatchObject({ kind: "json", value: "hello", encodings: 0 });
        expect(readJson(JSON.stringify("{not json}"))).toMatchObject({ kind: "json", value: "{not json}", encodings: 0 });
        let deep = once;
        for (let i = 0; i < 6; i++) deep = JSON.stringify(deep);
        const read = readJson(deep);
        expect(read).toMatchObject({ kind: "json", encodings: 0 });
        expect(typeof (read as { value: unknown }).value).toBe("string");
    });
});

describe("host theme", () => {
    it("maps the host's tokens and honours dark mode without touching the global theme", () => {
        const light = themeFromHost({ tokenTheme: { colorBrandBackground: "#5b5fc7", colorNeutralBackground1: "#ffffff" } });
        expect(light.palette.themePrimary).toBe("#5b5fc7");
        expect(light.isInverted).toBe(false);
        const dark = themeFromHost({ isDarkTheme: true, tokenTheme: {} });
        expect(dark.isInverted).toBe(true);
        expect(dark.palette.white).toBe("#1f1f1f");
        expect(themeFromHost(undefined).palette.themePrimary).toBe("#0078d4");
    });
});

describe("host theme in dark mode", () => {
    it("keeps links and brand text readable on the dark background", () => {
        const dark = themeFromHost({
            isDarkTheme: true,
            tokenTheme: {
                colorBrandBackground: "#115ea3",
                colorBrandForeground1: "#479ef5",
                colorBrandForegroundLink: "#479ef5",
                colorNeutralBackground1: "#292929",
            },
        });
        expect(dark.palette.themePrimary).toBe("#479ef5");
        // The brand link reads on the background (5.1:1) but not on a selected, hovered grid row
        // (neutralQuaternaryAlt, 3.4:1): it is lightened towards the text color just enough for both.
        const darkWithoutTokens = themeFromHost({ isDarkTheme: true });
        for (const theme of [dark, darkWithoutTokens]) {
            const link = theme.semanticColors.link;
            expect(link).not.toBe("#479ef5");
            expect(link).toBe(readableOn("#479ef5", [theme.palette.white, theme.palette.neutralQuaternaryAlt], 4.5, theme.palette.neutralPrimary));
            expect(contrastRatio(link, theme.palette.neutralQuaternaryAlt)).toBeGreaterThanOrEqual(4.5);
        }
    });
});
