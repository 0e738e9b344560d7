// The controls of the project, in build and packaging order.
export const CONTROLS = ["OperationStatusTimeline", "IntegrationJobProgress", "StagedDependencyViewer"];
export const NAMESPACE = "AsyncOps";
