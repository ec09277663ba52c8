// The emulator's HTTP front door, framework-free (node:http). Routes /graph/v1.0/… through the
// metadata-checked dispatcher (with latency, fault rules and the request log around it),
// /graph/v1.0/$batch through the batch executor, /graph/_admin/… to the control endpoints and
// /graph/_auth/token to the demo sign-in's token endpoint.
// Anything else is a 404 JSON. One Emulator holds one in-memory tenant, in one cloud: "china"
// answers as Microsoft 365 operated by 21Vianet for the APIs it lacks (http/national-cloud.ts).
import { FaultInjector } from "./faults.ts";
import { renderError, createDispatcher } from "./http/dispatch.ts";
import { renderFault } from "./http/fault-response.ts";
import { refuseInCloud } from "./http/national-cloud.ts";
import type { EmulatorCloud } from "./http/national-cloud.ts";
import { GraphError, badRequest } from "./http/graph-error.ts";
import { loadMetadataIndex } from "./metadata/load-index.ts";
import { RequestLog, getHighResNow } from "./request-log.ts";
import { handleAdmin } from "./routes/admin.ts";
import { executeBatch } from "./routes/batch.ts";
import { handleTokenRequest } from "./routes/token.ts";
import { calendarRoutes } from "./routes/calendar.ts";
import { chatMessageRoutes } from "./routes/chat-messages.ts";
import { chatTabRoutes } from "./routes/chat-tabs.ts";
import { chatRoutes } from "./routes/chats.ts";
import { driveRoutes } from "./routes/drive.ts";
import { plannerRoutes } from "./routes/planner.ts";
import { siteRoutes } from "./routes/sites.ts";
import { userGroupRoutes } from "./routes/users-groups.ts";
import { defaultScenarioPath, loadScenarioFile } from "./scenario/load.ts";
import { buildTenantState } from "./state/build-state.ts";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultOutcome } from "./faults.ts";
import type { GraphRequest, GraphResponse, RequestOutcome } from "./http/types.ts";
import type { InnerLogEntry } from "./request-log.ts";
import type { Scenario } from "./scenario/schema.ts";
import type { TenantState } from "./state/tenant-state.ts";

export interface Emulator {
  handle(req: IncomingMessage, res: ServerResponse): void;
  loadScenario(scenario: Scenario): void;
  getState(): TenantState;
  /** Puts back a copy of a state read earlier: a test's fresh tenant without rebuilding the scenario. */
  restoreState(snapshot: TenantState): void;
  /** The cloud the emulator answers as (default "global"). */
  cloud: EmulatorCloud;
  readonly faults: FaultInjector;
  readonly log: RequestLog;
}

export interface EmulatorOptions {
  readonly scenario?: Scenario;
  readonly now?: () => Date;
  /** "china": answer as Microsoft 365 operated by 21Vianet (http/national-cloud.ts). */
  readonly cloud?: EmulatorCloud;
}

const v1Prefix = "/graph/v1.0";
const adminPrefix = "/graph/_admin";
const tokenPath = "/graph/_auth/token";
const jsonType =
  "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";

function readRawBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      resolve(Buffer.concat(chunks));
    });
    req.on("error", reject);
  });
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

function parseBody(method: string, headers: Record<string, string>, raw: Buffer, isContentUpload: boolean): unknown {
  if (raw.length === 0) return undefined;
  if (isContentUpload || !(headers["content-type"] ?? "").includes("json")) {
    return method === "GET" ? undefined : raw;
  }
  try {
    return JSON.parse(raw.toString("utf8")) as unknown;
  } catch (error) {
    throw badRequest(`Unable to read JSON request payload: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function measureBody(response: GraphResponse): number {
  if (response.body === undefined) return 0;
  if (Buffer.isBuffer(response.body)) return response.body.length;
  return Buffer.byteLength(JSON.stringify(response.body));
}

function writeResponse(res: ServerResponse, response: GraphResponse, requestId: string): void {
  const headers: Record<string, string> = {
    "request-id": requestId,
    "client-request-id": requestId,
    ...response.headers,
  };
  if (response.body === undefined) {
    res.writeHead(response.status, headers).end();
    return;
  }
  if (Buffer.isBuffer(response.body)) {
    res.writeHead(response.status, { "content-type": "application/octet-stream", ...headers }).end(response.body);
    return;
  }
  res.writeHead(response.status, { "content-type": jsonType, ...headers }).end(JSON.stringify(response.body));
}

function respondNotFound(res: ServerResponse, url: URL): Promise<void> {
  const message = `No emulator route for ${url.pathname}: use /graph/v1.0/… or /graph/_admin/….`;
  writeResponse(res, { status: 404, body: { error: { code: "NotFound", message } } }, "none");
  return Promise.resolve();
}

function dropConnection(req: IncomingMessage, res: ServerResponse): void {
  res.socket?.destroy();
  req.socket.destroy();
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const now = options.now ?? (() => new Date());
  const index = loadMetadataIndex();
  let state = buildTenantState(options.scenario ?? loadScenarioFile(defaultScenarioPath), now());
  const faults = new FaultInjector();
  const log = new RequestLog();
  let cloud: EmulatorCloud = options.cloud ?? "global";
  const dispatcher = createDispatcher(
    () => state,
    index,
    [
      ...userGroupRoutes,
      ...calendarRoutes,
      ...chatRoutes,
      ...chatMessageRoutes,
      ...chatTabRoutes,
      ...siteRoutes,
      ...driveRoutes,
      ...plannerRoutes,
    ],
    now,
  );
  let requestCounter = 0;

  /** Wraps running a request (or a whole $batch) in the first fault rule that fires for it. */
  const applyFault = (fault: FaultOutcome | undefined, run: () => RequestOutcome): RequestOutcome => {
    if (fault === undefined) return run();
    if (fault.drop === "before") return { kind: "drop-before" };
    if (fault.drop === false) return { kind: "respond", response: renderFault(fault, now()) };
    if (fault.drop === "resend") {
      // The first answer is lost on the way back; the transport sends the request again.
      run();
      return run();
    }
    const outcome = run();
    return outcome.kind === "drop-before" ? outcome : { kind: "drop-after", response: outcome.response };
  };

  const dispatchInCloud = (request: GraphRequest) => {
    const refused = refuseInCloud(cloud, request.path);
    return refused === undefined ? dispatcher.dispatch(request) : renderError(refused, now());
  };

  const runWithFaults = (request: GraphRequest): RequestOutcome =>
    applyFault(faults.match(request.method, request.path), () => ({
      kind: "respond",
      response: dispatchInCloud(request),
    }));

  const runBatch = (request: GraphRequest, inner: InnerLogEntry[]): RequestOutcome => {
    if (request.method !== "POST") {
      return {
        kind: "respond",
        response: renderError(new GraphError(405, "BadRequest", "$batch accepts POST only."), now()),
      };
    }
    try {
      return executeBatch(request, runWithFaults, inner, now);
    } catch (error) {
      return { kind: "respond", response: renderError(error, now()) };
    }
  };

  const handleGraph = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const method = (req.method ?? "GET").toUpperCase();
    const headers = lowerCaseHeaders(req);
    const path = url.pathname.slice(v1Prefix.length) || "/";
    const raw = await readRawBody(req);
    const requestId = `emu-${String(++requestCounter).padStart(8, "0")}`;
    let body: unknown;
    let parseFailure: GraphResponse | undefined;
    try {
      body = parseBody(method, headers, raw, method === "PUT" && /\/content$/.test(path));
    } catch (error) {
      parseFailure = renderError(error, now());
    }
    const entry = log.start(
      method,
      `${url.pathname.slice(v1Prefix.length)}${url.search}`,
      dispatcher.identify({ headers }),
      Buffer.isBuffer(body) ? `<${raw.length} bytes>` : (body ?? null),
    );
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    const request: GraphRequest = {
      method,
      path,
      query: url.searchParams,
      headers,
      body,
      baseUrl: `http://${headers.host ?? "localhost"}${v1Prefix}`,
    };
    let outcome: RequestOutcome;
    if (parseFailure) {
      outcome = { kind: "respond", response: parseFailure };
    } else if (path === "/$batch") {
      const inner: InnerLogEntry[] = [];
      entry.inner = inner;
      outcome = applyFault(faults.match(method, path), () => runBatch(request, inner));
    } else {
      outcome = runWithFaults(request);
    }
    entry.endedAt = getHighResNow();
    if (outcome.kind === "drop-before") {
      entry.dropped = "before";
      dropConnection(req, res);
      return;
    }
    entry.status = outcome.response.status;
    if (outcome.kind === "drop-after") {
      // The request has been processed; the client just never hears about it.
      entry.dropped = "after";
      dropConnection(req, res);
      return;
    }
    entry.responseBytes = measureBody(outcome.response);
    writeResponse(res, outcome.response, requestId);
  };

  /** The JSON body of a control or token request, or undefined after answering 400. */
  const readJsonBody = async (req: IncomingMessage, res: ServerResponse): Promise<{ body: unknown } | undefined> => {
    const raw = await readRawBody(req);
    try {
      return { body: raw.length === 0 ? undefined : (JSON.parse(raw.toString("utf8")) as unknown) };
    } catch (error) {
      writeResponse(
        res,
        { status: 400, body: { error: { code: "BadRequest", message: `Invalid JSON: ${String(error)}` } } },
        "admin",
      );
      return undefined;
    }
  };

  const handleTokenEndpoint = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const read = await readJsonBody(req, res);
    if (read === undefined) return;
    const response =
      (req.method ?? "GET").toUpperCase() === "POST"
        ? handleTokenRequest(state, read.body, now())
        : { status: 405, body: { error: "invalid_request", error_description: "POST only." } };
    writeResponse(res, response, "token");
  };

  const handleAdminRequest = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const read = await readJsonBody(req, res);
    if (read === undefined) return;
    const body = read.body;
    const response = handleAdmin(
      {
        faults,
        log,
        getState: () => state,
        loadScenario: (s) => {
          state = buildTenantState(s, now());
        },
        getCloud: () => cloud,
        setCloud: (next) => {
          cloud = next;
        },
      },
      (req.method ?? "GET").toUpperCase(),
      url.pathname.slice(adminPrefix.length),
      body,
    );
    writeResponse(res, response, "admin");
  };

  return {
    faults,
    log,
    loadScenario(scenario) {
      state = buildTenantState(scenario, now());
    },
    getState() {
      return state;
    },
    restoreState(snapshot) {
      state = structuredClone(snapshot);
    },
    get cloud() {
      return cloud;
    },
    set cloud(next) {
      cloud = next;
    },
    handle(req, res) {
      const url = new URL(req.url ?? "/", "http://emulator.invalid");
      const work = url.pathname.startsWith(`${v1Prefix}/`)
        ? handleGraph(req, res, url)
        : url.pathname.startsWith(`${adminPrefix}/`)
          ? handleAdminRequest(req, res, url)
          : url.pathname === tokenPath
            ? handleTokenEndpoint(req, res)
            : respondNotFound(res, url);
      work.catch((error: unknown) => {
        if (!res.headersSent) writeResponse(res, renderError(error, now()), "error");
        else res.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    },
  };
}
