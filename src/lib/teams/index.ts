export { connectHost } from "./connect-host.ts";
export type { ConnectHostOptions } from "./connect-host.ts";
export type { HostContext, HostFrame, HostPort, HostTheme, TabSettings } from "./host-port.ts";
export { supportedLocales, pickSupportedLocale } from "./locale.ts";
export type { SupportedLocale } from "./locale.ts";
