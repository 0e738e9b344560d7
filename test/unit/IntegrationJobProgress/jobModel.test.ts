import { readJob } from "../../../IntegrationJobProgress/sources/jobFields";
import { createJobModel, jobModel, regardingOf, FINAL_JOB_STATUSES } from "../../../IntegrationJobProgress/model/jobModel";
import { readResponse, responseError, MAX_ERROR_CHARS } from "../../../IntegrationJobProgress/model/response";
import { createTranslator } from "../../host/resx";
import { parseOnce } from "../../../common/model/parseOnce";
import { property } from "../../host/mockContext";
import { resxStrings } from "../../host/resx";

const t = createTranslator(undefined, resxStrings("IntegrationJobProgress"));

describe("jobModel", () => {
    it("labels the status from the option set metadata first, with its color", () => {
        const model = jobModel(readJob({ jobStatus: property({ raw: 192350003, options: [{ Value: 192350003, Label: "In flight", Color: "#0078d4" }] }) }), t);
        expect(model.status).toMatchObject({ label: "In flight", color: "#0078d4", tone: "progress" });
        expect(model.processing).toBe(true);
        expect(model.final).toBe(false);
        expect(model.look).toBe("active");
    });

    it("falls back to the resx labels and shows Unknown (N) for anything else", () => {
        expect(jobModel(readJob({ jobStatus: property(192350005) }), t).status).toMatchObject({ label: "Failed", tone: "error" });
        expect(jobModel(readJob({ jobStatus: property(192350002) }), t).status?.label).toBe("Skipped");
        const unknown = jobModel(readJob({ jobStatus: property(7) }), t);
        expect(unknown.status).toMatchObject({ label: "Unknown (7)", known: false });
        expect(unknown.look).toBe("idle");
        expect(unknown.final).toBe(false);
        expect(jobModel(readJob({ jobType: property(192350000) }), t).type?.label).toBe("MS Project Client");
    });

    it("makes the bar look follow the status and knows which statuses end the job", () => {
        expect(jobModel(readJob({ jobStatus: property(192350004) }), t)).toMatchObject({ look: "done", final: true });
        expect(jobModel(readJob({ jobStatus: property(192350005) }), t)).toMatchObject({ look: "failed", final: true });
        expect(jobModel(readJob({ jobStatus: property(192350002) }), t)).toMatchObject({ look: "skipped", final: true });
        expect(jobModel(readJob({ jobStatus: property(192350000) }), t)).toMatchObject({ look: "idle", final: false });
        expect([...FINAL_JOB_STATUSES].sort()).toEqual([192350002, 192350004, 192350005]);
    });

    it("keeps masked values apart from empty ones", () => {
        const model = jobModel(
            readJob({
                expectedPackets: property({ raw: 10, readable: false }),
                jobStatus: property({ raw: 192350003, readable: false }),
                responseJson: property({ raw: "{}", readable: false }),
                regardingEntity: property({ raw: "account", readable: false }),
                regardingEntityId: property("5d6a7e1c-0000-4000-8000-00000000abcd"),
            }),
            t,
        );
        expect(model.expected).toEqual({ kind: "masked" });
        expect(model.status).toBeUndefined();
        expect(model.statusMasked).toBe(true);
        expect(model.final).toBe(false);
        expect(model.response).toBe("masked");
        expect(model.regarding).toEqual({ kind: "masked" });
    });

    it("parses the response once per value when given a memoized parser", () => {
        const parse = parseOnce(readResponse);
        const text = '{"ok":true}';
        jobModel(readJob({ responseJson: property(text) }), t, parse);
        jobModel(readJob({ responseJson: property(text) }), t, parse);
        expect(parse.parses).toBe(1);
    });
});

describe("createJobModel", () => {
    const properties = (changes: Record<string, unknown> = {}) =>
        Object.fromEntries(
            Object.entries({
                expectedPackets: 10,
                jobStatus: { raw: 192350003, options: [{ Value: 192350003, Label: "In flight", Color: "#0078d4" }] },
                jobType: 192350000,
                responseJson: '{"ok":true}',
                regardingEntity: "account",
                regardingEntityId: "5d6a7e1c-0000-4000-8000-00000000abcd",
                ...changes,
            }).map(([name, spec]) => [name, property(spec)]),
        );

    it("hands back the same model for new property objects holding the same values", () => {
        const model = createJobModel();
        const first = model(readJob(properties()), t);
        expect(model(readJob(properties()), t)).toBe(first);
        expect(first).toEqual(jobModel(readJob(properties()), t));
    });

    it("keeps the parts whose values did not change", () => {
        const model = createJobModel();
        const first = model(readJob(properties()), t);
        const second = model(readJob(properties({ responseJson: '{"ok":false}' })), t);
        expect(second).not.toBe(first);
        expect(second.response).not.toBe(first.response);
        expect(second.expected).toBe(first.expected);
        expect(second.status).toBe(first.status);
        expect(second.type).toBe(first.type);
        expect(second.regarding).toBe(first.regarding);
    });

    it("builds anew when the metadata's label or the language changes", () => {
        const model = createJobModel();
        const first = model(readJob(properties()), t);
        const relabelled = model(readJob(properties({ jobStatus: { raw: 192350003, options: [{ Value: 192350003, Label: "Importing" }] } })), t);
        expect(relabelled.status?.label).toBe("Importing");
        const german = createTranslator(undefined, resxStrings("IntegrationJobProgress", 1031));
        const translated = model(readJob(properties({ jobStatus: 192350003 })), german);
        expect(translated.status?.label).not.toBe(first.status?.label);
        expect(translated.status).not.toBe(model(readJob(properties({ jobStatus: 192350003 })), t).status);
    });
});

describe("regardingOf", () => {
    const v = (value: string | null) => (value === null ? { state: "empty" as const, value: null } : { state: "value" as const, value });

    it("links when a logical name and a GUID are there", () => {
        expect(regardingOf(v(" Account "), v("{5D6A7E1C-0000-4000-8000-00000000ABCD}"))).toEqual({
            kind: "link",
            entityName: "account",
            id: "5d6a7e1c-0000-4000-8000-00000000abcd",
        });
    });

    it("is plain text otherwise", () => {
        expect(regardingOf(v("account"), v("not-a-guid"))).toEqual({ kind: "text", text: "account not-a-guid" });
        expect(regardingOf(v(null), v("5d6a7e1c-0000-4000-8000-00000000abcd"))).toEqual({ kind: "text", text: "5d6a7e1c-0000-4000-8000-00000000abcd" });
        expect(regardingOf(v("<b>x</b>"), v("5d6a7e1c-0000-4000-8000-00000000abcd")).kind).toBe("text");
        expect(regardingOf(v(null), v(null))).toEqual({ kind: "none" });
    });
});

describe("responseError", () => {
    it("finds an error in the usual shapes", () => {
        expect(responseError({ error: "Timeout while importing" })).toBe("Timeout while importing");
        expect(responseError({ Error: { Code: "0x80040216", Message: "Project not found" } })).toBe("-2147220970 (0x80040216): Project not found");
        // An HTTP status is no Dataverse code: as written.
        expect(responseError({ error: { status: 404, message: "Not found" } })).toBe("404: Not found");
        expect(responseError({ error: { message: "Bad packet" } })).toBe("Bad packet");
        expect(responseError({ errors: [{ message: "one" }, { message: "two" }] })).toBe("one; two");
        expect(responseError({ ErrorMessage: "Denied" })).toBe("Denied");
        expect(responseError({ success: false, message: "Rejected" })).toBe("Rejected");
        expect(responseError({ status: "Failed", message: "Stopped" })).toBe("Stopped");
    });

    it("finds none where there is none", () => {
        expect(responseError({ success: true, message: "All good" })).toBeUndefined();
        expect(responseError({ error: null, result: 3 })).toBeUndefined();
        expect(responseError([{ error: "in an array" }])).toBeUndefined();
        expect(responseError("error")).toBeUndefined();
    });

    it("cuts a very long error", () => {
        const text = responseError({ error: "e".repeat(MAX_ERROR_CHARS + 50) });
        expect(text).toHaveLength(MAX_ERROR_CHARS + 1);
    });

    it("reads malformed JSON as text with no error", () => {
        expect(readResponse('{"error": "cut off')).toEqual({ read: { kind: "text", text: '{"error": "cut off', reason: "malformed" }, error: undefined });
        expect(readResponse(null).read.kind).toBe("empty");
    });
});
