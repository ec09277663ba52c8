export { readConfig } from "./read-config";
export type { AppConfig, EnvSource } from "./read-config";
export { isDemoBuild } from "./demo-build";
