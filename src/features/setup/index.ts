export { SetupPage } from "./components/setup-page";
export type { SetupPageProps } from "./components/setup-page";
export { PublicWorkspaceWarning } from "./components/public-workspace-warning";
export type { SetupContext, SetupPerson } from "./model/default-config";
export { setupStrings } from "./strings";
