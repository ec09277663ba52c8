export { SetupPage } from "./components/setup-page";
export type { SetupPageProps } from "./components/setup-page";
export type { SetupContext, SetupPerson } from "./model/default-config";
export { setupStrings } from "./strings";
