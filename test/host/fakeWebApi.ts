/** The Dataverse-like fake Web API of the shared fake host (scripts/host/webApi.ts), for the tests. */
export { DataverseError, FakeWebApi } from "../../scripts/host/webApi";
export type { FailureRule, Row, WebApiCall } from "../../scripts/host/webApi";
