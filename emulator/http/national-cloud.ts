// The emulator as Microsoft 365 operated by 21Vianet (`cloud: "china"`): what that cloud does not
// offer is refused before any route runs. Which APIs those are comes from each reference page's
// national-cloud table (src/lib/graph/cloud-availability.ts, docs/deploy.md §9): every Planner API
// (global-us.md: no "China operated by 21Vianet") and onlinemeeting-get. Microsoft documents no
// error for an API a national cloud lacks; 21Vianet's Graph answers such a request as OData does
// for a segment it has no entity set or navigation for — 400 BadRequest "Resource not found for
// the segment '<segment>'." — as reported for /domains and /places there
// (https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/5838,
// https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/4744). The emulator answers
// the same, naming the first missing segment, so the app's handling of it is tested over HTTP.
import { badRequest } from "./graph-error.ts";
import type { GraphError } from "./graph-error.ts";

export const emulatorClouds = ["global", "china"] as const;
export type EmulatorCloud = (typeof emulatorClouds)[number];

export function isEmulatorCloud(value: unknown): value is EmulatorCloud {
  return typeof value === "string" && (emulatorClouds as readonly string[]).includes(value);
}

/** Path segments (case-insensitive, as Graph matches them) whose APIs 21Vianet does not offer. */
const missingInChina = new Set(["planner", "onlinemeetings"]);

/** The refusal a cloud gives for a path it has no API for, or undefined when it has one. */
export function refuseInCloud(cloud: EmulatorCloud, path: string): GraphError | undefined {
  if (cloud === "global") return undefined;
  const segment = path
    .split("?")[0]
    ?.split("/")
    .find((part) => missingInChina.has(part.toLowerCase()));
  return segment === undefined ? undefined : badRequest(`Resource not found for the segment '${segment}'.`);
}
