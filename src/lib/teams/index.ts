export { connectHost, startHostConnection } from "./connect-host";
export type { ConnectHostOptions, HostConnection, HostKind } from "./connect-host";
export type { HostContext, HostFrame, HostPort, HostTheme, TabSettings } from "./host-port";
export { supportedLocales, pickSupportedLocale } from "./locale";
export type { SupportedLocale } from "./locale";
