// The controls of the project, in build and packaging order.
export const CONTROLS = ["OperationStatusTimeline", "IntegrationJobProgress", "StagedDependencyViewer", "OperationsBoard"];
export const NAMESPACE = "AsyncOps";
