import { resxStrings } from "../../host/resx";

const CONTROLS = ["OperationStatusTimeline", "IntegrationJobProgress", "StagedDependencyViewer", "OperationsBoard"];

/** Every translated string of every control, with where it comes from. */
function translated(lcid: number): [string, string][] {
    return CONTROLS.flatMap((control) =>
        Object.entries(resxStrings(control, lcid))
            // The resx header rows name .NET types, not text.
            .filter(([key]) => !/^(resmimetype|version|reader|writer)$/.test(key))
            .map(([key, value]) => [`${control}.${key}`, value] as [string, string]),
    );
}

const offending = (lcid: number, pattern: RegExp) => translated(lcid).filter(([, value]) => pattern.test(value));

describe("punctuation as each language writes it", () => {
    it("French puts a space before a colon, a semicolon, a question or an exclamation mark", () => {
        // "{0}:" is allowed: a placeholder followed by a colon is a label written by the host's data.
        expect(offending(1036, /[^\s\u00a0\u202f}]:(?!\/\/)|[^\s\u00a0\u202f][;?!](?=\s|$)/)).toEqual([]);
    });

    it("German and Spanish put no space before a colon", () => {
        expect([...offending(1031, /\s:/), ...offending(3082, /\s:/)]).toEqual([]);
    });

    it("Arabic uses the Arabic comma, semicolon and question mark", () => {
        // ASCII punctuation inside a placeholder's data is the data's own; the strings themselves use ، ؛ ؟
        expect(offending(1025, /[,;?]/)).toEqual([]);
    });

    it("Japanese ends sentences with 。 and separates with 、 (the question mark stays half-width, as in Windows)", () => {
        expect(offending(1041, /[\u3040-\u30ff\u4e00-\u9fff][.,](\s|$)/)).toEqual([]);
    });

    it("Spanish opens every question and exclamation it closes", () => {
        expect(translated(3082).filter(([, value]) => (/\?/.test(value) && !/¿/.test(value)) || (/!/.test(value) && !/¡/.test(value)))).toEqual([]);
    });
});
