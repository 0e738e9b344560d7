import { fireEvent, screen } from "@testing-library/react";
import type { FakeWebApi } from "../../host/fakeWebApi";
import { clientExecute, markFailedRequest } from "../../../IntegrationJobProgress/sources/markFailed";
import { advance, callsOn, jobApi, jobContext, JOB_ID, mountJob, packetRows, range, settle, STATUS } from "./jobFixtures";

type Execute = jest.Mock<Promise<unknown>, [Record<string, unknown>]>;

function executeFn(answer: () => Promise<unknown>): Execute {
    return jest.fn((_request: Record<string, unknown>) => answer());
}

/** A model-driven page's Client API with only what the control uses. */
function installXrm(execute: Execute): void {
    (globalThis as { Xrm?: unknown }).Xrm = { WebApi: { online: { execute } } };
}

/** A running job whose last packet came an hour ago (packets ten seconds apart before that). */
function stalledApi(status = STATUS.processing): FakeWebApi {
    const api = jobApi([], status);
    api.tables.msdyn_integrationjobdetail = packetRows(range(1, 3), JOB_ID, 10_000, Date.now() - 3_600_000);
    return api;
}

const actionButton = () => screen.queryByRole("button", { name: "Mark as failed" });

beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(Date.UTC(2026, 0, 1, 12, 0, 0)));
});

afterEach(() => {
    delete (globalThis as { Xrm?: unknown }).Xrm;
    jest.useRealTimers();
});

async function openAndConfirm(reason: string | undefined): Promise<void> {
    actionButton()!.click();
    await settle();
    expect(screen.getByText("Mark this job as failed?")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Reason (optional)" }).getAttribute("maxlength")).toBe("1000");
    if (reason !== undefined) fireEvent.change(screen.getByRole("textbox", { name: "Reason (optional)" }), { target: { value: reason } });
    await settle();
    const buttons = screen.getAllByRole("button", { name: "Mark as failed" });
    // The dialog's confirming button is the last one.
    buttons[buttons.length - 1].click();
    await settle();
    // The dialog closes with an animation.
    await advance(1_000);
}

describe("IntegrationJobProgress mark as failed", () => {
    it("asks for a reason, confirms, calls the bound action with it as Error, then reads the job and shows Failed", async () => {
        const api = stalledApi();
        const execute = executeFn(async () => {
            api.tables.msdyn_integrationjob[0].msdyn_status = STATUS.failed;
            return { ok: true, status: 204 };
        });
        installXrm(execute);
        const mounted = mountJob(jobContext({ expectedPackets: 10, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        expect(screen.getByText("Processing")).toBeTruthy();
        await openAndConfirm("  Source system <b>down</b>  ");
        expect(execute).toHaveBeenCalledTimes(1);
        const request = execute.mock.calls[0][0];
        expect(request.entity).toEqual({ entityType: "msdyn_integrationjob", id: JOB_ID });
        expect(request.Error).toBe("Source system <b>down</b>");
        expect((request.getMetadata as () => unknown)()).toEqual({
            boundParameter: "entity",
            parameterTypes: {
                entity: { typeName: "mscrm.msdyn_integrationjob", structuralProperty: 5 },
                Error: { typeName: "Edm.String", structuralProperty: 1 },
            },
            operationType: 0,
            operationName: "msdyn_MarkIntegrationJobAsFailedAsync",
        });
        await settle();
        expect(callsOn(api, "msdyn_integrationjob")).toHaveLength(2);
        expect(screen.getByText("Failed")).toBeTruthy();
        expect(screen.getByText("Dataverse accepted the request to mark this job as failed.")).toBeTruthy();
        expect(actionButton()).toBeNull();
        // The button is gone: the keyboard is on the outcome.
        expect((document.activeElement as HTMLElement).textContent).toContain("Dataverse accepted the request to mark this job as failed.");
        mounted.destroy();
    });

    it("sends no reason as null, and the reason field takes at most 1,000 characters", async () => {
        const execute = executeFn(async () => ({ ok: true }));
        installXrm(execute);
        const mounted = mountJob(jobContext({ expectedPackets: 10, jobStatus: STATUS.processing }, { webAPI: stalledApi() }));
        await settle();
        await openAndConfirm(undefined);
        expect(execute.mock.calls[0][0].Error).toBeNull();
        mounted.destroy();
    });

    it("calls nothing when declined", async () => {
        const execute = executeFn(async () => ({ ok: true }));
        installXrm(execute);
        const mounted = mountJob(jobContext({ expectedPackets: 10, jobStatus: STATUS.processing }, { webAPI: stalledApi() }));
        await settle();
        actionButton()!.click();
        await settle();
        screen.getByRole("button", { name: "Cancel" }).click();
        await advance(1_000);
        expect(execute).not.toHaveBeenCalled();
        expect(actionButton()).toBeTruthy();
        // Declined: back on the button that opened the dialog.
        expect(document.activeElement).toBe(actionButton());
        mounted.destroy();
    });

    it("shows Dataverse's message when refused and changes nothing", async () => {
        const api = stalledApi();
        const execute = executeFn(async () => {
            throw { errorCode: 2147746611, message: "Principal user is missing prvWritemsdyn_integrationjob privilege." };
        });
        installXrm(execute);
        const mounted = mountJob(jobContext({ expectedPackets: 10, jobStatus: STATUS.processing }, { webAPI: api }));
        await settle();
        await openAndConfirm("stuck");
        expect(screen.getByText("The job could not be marked as failed: Principal user is missing prvWritemsdyn_integrationjob privilege.")).toBeTruthy();
        expect(screen.getByText("Processing")).toBeTruthy();
        expect(callsOn(api, "msdyn_integrationjob")).toHaveLength(1);
        expect(actionButton()).toBeTruthy();
        mounted.destroy();
    });

    it("is not offered on a job that has ended, or that still receives packets", async () => {
        installXrm(executeFn(async () => ({ ok: true })));
        for (const status of [STATUS.succeeded, STATUS.failed, STATUS.skipped]) {
            const mounted = mountJob(jobContext({ expectedPackets: 10, jobStatus: status }, { webAPI: stalledApi(status) }));
            await settle();
            expect(screen.getByText("3 of 10 packets received (30%)")).toBeTruthy();
            expect(actionButton()).toBeNull();
            mounted.destroy();
        }
        const running = mountJob(jobContext({ expectedPackets: 10, jobStatus: STATUS.processing }, { webAPI: jobApi(range(1, 3), STATUS.processing) }));
        await settle();
        expect(actionButton()).toBeNull();
        running.destroy();
    });

    it("is not offered where the host cannot call the action, on a disabled control, or without a Web API", async () => {
        const noXrm = mountJob(jobContext({ expectedPackets: 10, jobStatus: STATUS.processing }, { webAPI: stalledApi() }));
        await settle();
        expect(screen.getByText(/No new packet for/)).toBeTruthy();
        expect(actionButton()).toBeNull();
        noXrm.destroy();

        installXrm(executeFn(async () => ({ ok: true })));
        const disabled = mountJob(jobContext({ expectedPackets: 10, jobStatus: STATUS.processing }, { webAPI: stalledApi(), disabled: true }));
        await settle();
        expect(actionButton()).toBeNull();
        disabled.destroy();

        const noApi = mountJob(jobContext({ expectedPackets: 10, jobStatus: STATUS.processing }, { webAPI: null }));
        await settle();
        expect(actionButton()).toBeNull();
        noApi.destroy();
        await advance(0);
    });
});

describe("markFailedRequest and clientExecute", () => {
    it("cuts the reason to 1,000 characters and finds execute only where the Client API has it", async () => {
        expect((markFailedRequest(JOB_ID, "x".repeat(1500)) as { Error: string }).Error).toHaveLength(1000);
        expect(clientExecute({})).toBeUndefined();
        expect(clientExecute({ Xrm: { WebApi: {} } })).toBeUndefined();
        const throwing = Object.defineProperty({}, "Xrm", {
            get() {
                throw new Error("Blocked frame");
            },
        });
        expect(clientExecute(throwing)).toBeUndefined();
        const online: { execute(this: unknown): Promise<boolean> } = {
            execute() {
                return Promise.resolve(this === online);
            },
        };
        await expect(clientExecute({ Xrm: { WebApi: { online } } })!({})).resolves.toBe(true);
    });
});
