export { readConfig } from "./read-config.ts";
export type { AppConfig, EnvSource } from "./read-config.ts";
export { isDemoBuild } from "./demo-build.ts";
