import { screen } from "@testing-library/react";
import { DataverseError } from "../../host/fakeWebApi";
import { callsOn, jobApi, jobContext, mountJob, range, settle, STATUS } from "./jobFixtures";

const PROJECT = "6f2c1b7e-3c1d-4e58-9a7b-2d6c0f1e9a01";
const PROJECT_TABLE = { msdyn_project: { DisplayName: { 1033: "Project", 1031: "Projekt" }, PrimaryNameAttribute: "msdyn_subject" } };

function apiWithProject(name: string | null = "Contoso rollout") {
    const api = jobApi(range(1, 2), STATUS.processing);
    api.tables.msdyn_project = [{ msdyn_projectid: PROJECT, msdyn_subject: name, msdyn_description: "not read" }];
    return api;
}

const regardingParameters = { expectedPackets: 5, jobStatus: STATUS.processing, regardingEntity: "msdyn_project", regardingEntityId: PROJECT };
const link = () => document.querySelector(".aops-regarding button") as HTMLElement;

beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(Date.UTC(2026, 0, 1, 12, 0, 0)));
});

afterEach(() => jest.useRealTimers());

describe("IntegrationJobProgress regarding record", () => {
    it("shows the table's display name and the record's primary name, read once with only that column", async () => {
        const api = apiWithProject();
        const context = jobContext(regardingParameters, { webAPI: api, entityMetadata: PROJECT_TABLE });
        const mounted = mountJob(context);
        await settle();
        expect(link().textContent).toBe("Project: Contoso rollout");
        expect(callsOn(api, "msdyn_project")).toEqual([{ method: "retrieveRecord", entity: "msdyn_project", id: PROJECT, options: "?$select=msdyn_subject" }]);
        // Cached per record: further updates and refreshes read nothing again.
        mounted.update(jobContext({ ...regardingParameters, expectedPackets: 6 }, { webAPI: api, entityMetadata: PROJECT_TABLE }));
        await settle();
        await jest.advanceTimersByTimeAsync(60_000);
        await settle();
        expect(callsOn(api, "msdyn_project")).toHaveLength(1);
        expect(link().textContent).toBe("Project: Contoso rollout");
        mounted.destroy();
    });

    it("shows the display name in the user's language and the GUID when the record has no name", async () => {
        const api = apiWithProject(null);
        const mounted = mountJob(jobContext(regardingParameters, { webAPI: api, entityMetadata: PROJECT_TABLE, languageId: 1031 }));
        await settle();
        expect(link().textContent).toBe(`Projekt: ${PROJECT}`);
        mounted.destroy();
    });

    it("keeps the table's logical name and the GUID when the host has no metadata for the table, and reads no name", async () => {
        const api = apiWithProject();
        const mounted = mountJob(jobContext(regardingParameters, { webAPI: api, entityMetadata: {} }));
        await settle();
        expect(link().textContent).toBe(`msdyn_project ${PROJECT}`);
        expect(callsOn(api, "msdyn_project")).toHaveLength(0);
        expect(screen.queryByText(/Could not/)).toBeNull();
        mounted.destroy();
    });

    it("keeps the logical name and the GUID, silently, when the name read is refused", async () => {
        const api = apiWithProject();
        api.failWhen({
            method: "retrieveRecord",
            entity: "msdyn_project",
            error: new DataverseError("Principal user is missing prvReadmsdyn_project privilege", 403, -2147220960),
        });
        const mounted = mountJob(jobContext(regardingParameters, { webAPI: api, entityMetadata: PROJECT_TABLE }));
        await settle();
        expect(callsOn(api, "msdyn_project")).toHaveLength(1);
        expect(link().textContent).toBe(`msdyn_project ${PROJECT}`);
        expect(screen.queryByText(/prvReadmsdyn_project/)).toBeNull();
        mounted.destroy();
    });

    it("keeps the logical name and the GUID where the host has no utils, with no error", async () => {
        const api = apiWithProject();
        const mounted = mountJob(jobContext(regardingParameters, { webAPI: api, entityMetadata: null }));
        await settle();
        expect(link().textContent).toBe(`msdyn_project ${PROJECT}`);
        expect(callsOn(api, "msdyn_project")).toHaveLength(0);
        mounted.destroy();
    });

    it("asks for no name when destroyed before the table's metadata answered", async () => {
        const api = apiWithProject();
        const mounted = mountJob(jobContext(regardingParameters, { webAPI: api, entityMetadata: PROJECT_TABLE }));
        mounted.destroy();
        await settle();
        await jest.advanceTimersByTimeAsync(60_000);
        expect(callsOn(api, "msdyn_project")).toHaveLength(0);
        expect(jest.getTimerCount()).toBe(0);
    });
});
