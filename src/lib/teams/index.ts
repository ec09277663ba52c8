export { connectHost, isOutlookFrame, startHostConnection } from "./connect-host";
export type { ConnectHostOptions, HostConnection, HostKind, OfficeHostModule } from "./connect-host";
export type { HostContext, HostFrame, HostPort, HostTheme, TabSettings } from "./host-port";
export { supportedLocales, pickSupportedLocale } from "./locale";
export type { SupportedLocale } from "./locale";
