export { readCloud, readConfig } from "./read-config";
export { getCloud, getGraphBaseUrl } from "./cloud";
export type { CloudEndpoints, CloudName } from "./cloud";
export type { AppConfig, EnvSource } from "./read-config";
export { isDemoBuild } from "./demo-build";
