/**
 * The name of the user an operation runs as. Background operations store the user's id as text
 * (`runas`); where it is a GUID, the user's full name is read once (systemuser.fullname). Nothing else
 * depends on it: a refusal, a missing user or a Web API that does not answer leaves the id, silently.
 */
import { Store } from "../../common/sources/store";

type WebApiLike = Pick<ComponentFramework.WebApi, "retrieveRecord">;

export const USER_TABLE = "systemuser";
export const USER_NAME_QUERY = "?$select=fullname";

export class RunAsName extends Store<string | undefined> {
    constructor(api: WebApiLike, userId: string) {
        super(undefined);
        void this.read(api, userId);
    }

    private async read(api: WebApiLike, userId: string): Promise<void> {
        try {
            const row = (await api.retrieveRecord(USER_TABLE, userId, USER_NAME_QUERY)) as { fullname?: unknown } | null | undefined;
            const name = typeof row?.fullname === "string" ? row.fullname.trim() : "";
            // An answer after destroy() changes nothing; so does one without a name.
            if (name !== "" && !this.disposed) this.set(name);
        } catch {
            // The id stays: who a run executes as is a detail, not worth an error on the form.
        }
    }
}
