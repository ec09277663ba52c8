// Standalone emulator: `npm run emulator -- --port 4000 --scenario path.json [--cloud china]`. Adds
// permissive CORS so an app served from another origin (e.g. a Vite dev server on :5173) can call it.
// `--cloud china` answers as Microsoft 365 operated by 21Vianet (http/national-cloud.ts).
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { createEmulator } from "./create-emulator.ts";
import { isEmulatorCloud } from "./http/national-cloud.ts";
import { defaultScenarioPath, loadScenarioFile } from "./scenario/load.ts";
import type { IncomingMessage, ServerResponse } from "node:http";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4000" },
    host: { type: "string", default: "127.0.0.1" },
    scenario: { type: "string" },
    cloud: { type: "string" },
  },
});
const scenarioPath = values.scenario ?? process.env.MEETLOOP_SCENARIO ?? defaultScenarioPath;
const cloud = values.cloud ?? process.env.MEETLOOP_CLOUD ?? "global";
if (!isEmulatorCloud(cloud)) throw new Error(`--cloud must be "global" or "china" (got "${cloud}")`);
const emulator = createEmulator({ scenario: loadScenarioFile(scenarioPath), cloud });

function addCorsHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader("access-control-allow-origin", req.headers.origin ?? "*");
  res.setHeader("vary", "Origin");
  res.setHeader("access-control-allow-methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
  res.setHeader(
    "access-control-allow-headers",
    req.headers["access-control-request-headers"] ??
      "authorization, content-type, if-match, prefer, consistencylevel, client-request-id",
  );
  res.setHeader(
    "access-control-expose-headers",
    "ETag, Retry-After, Location, Preference-Applied, request-id, client-request-id",
  );
  res.setHeader("access-control-max-age", "600");
}

const server = createServer((req, res) => {
  addCorsHeaders(req, res);
  if (req.method === "OPTIONS") {
    res.writeHead(204).end();
    return;
  }
  emulator.handle(req, res);
});

server.listen(Number(values.port), values.host, () => {
  console.log(
    `Graph emulator on http://${values.host}:${values.port}/graph/v1.0 (scenario ${scenarioPath}, ${cloud} cloud)`,
  );
  console.log(`Control endpoints: http://${values.host}:${values.port}/graph/_admin/{scenario,faults,requests,state}`);
});
