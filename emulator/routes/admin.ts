// Control endpoints under /graph/_admin (no auth): replace the scenario, configure faults, read
// or clear the request log, dump the tenant state, set the service limits in force. Documented in
// docs/emulator.md.
import { z } from "zod";
import { faultConfigSchema } from "../faults.ts";
import { deleteUser, setAccountEnabled } from "../state/directory.ts";
import { findUser } from "../state/lookups.ts";
import { expireDeltaTokens } from "../state/list-changes.ts";
import { limitsSchema, resolveLimits } from "../state/limits.ts";
import { ScenarioError, parseScenario } from "../scenario/load.ts";
import { isEmulatorCloud } from "../http/national-cloud.ts";
import type { EmulatorCloud } from "../http/national-cloud.ts";
import type { FaultInjector } from "../faults.ts";
import type { GraphResponse } from "../http/types.ts";
import type { RequestLog } from "../request-log.ts";
import type { Scenario } from "../scenario/schema.ts";
import type { TenantState } from "../state/tenant-state.ts";

export interface AdminTarget {
  readonly faults: FaultInjector;
  readonly log: RequestLog;
  loadScenario(scenario: Scenario): void;
  getState(): TenantState;
  getCloud(): EmulatorCloud;
  setCloud(cloud: EmulatorCloud): void;
}

function adminError(status: number, code: string, message: string): GraphResponse {
  return { status, body: { error: { code, message } } };
}

function summarize(state: TenantState): Record<string, unknown> {
  return {
    tenant: state.tenant.displayName,
    loadedAt: state.loadedAt,
    users: state.users.map((u) => u.userPrincipalName),
    groups: state.groups.map((g) => g.id),
    chats: Object.keys(state.chats),
  };
}

const userPath = /^\/users\/([^/]+)(\/delete)?$/;
const userPatchSchema = z.strictObject({
  accountEnabled: z.boolean().optional(),
  withheldScopes: z.array(z.string()).optional(),
});

/**
 * POST /users/{id or upn}/delete, PATCH /users/{id or upn} { accountEnabled, withheldScopes }: the
 * directory and consent changes an admin makes (withheldScopes: the delegated permissions the
 * user's token lacks, http/permissions.ts).
 */
function handleUserAdmin(state: TenantState, method: string, match: RegExpExecArray, body: unknown): GraphResponse {
  const user = findUser(state, decodeURIComponent(match[1] ?? ""));
  if (user === undefined) return adminError(404, "NotFound", `No user ${match[1] ?? ""} in the directory.`);
  if (method === "POST" && match[2] !== undefined) {
    deleteUser(state, user, new Date().toISOString());
    return { status: 204 };
  }
  if (method === "PATCH" && match[2] === undefined) {
    const parsed = userPatchSchema.safeParse(body);
    if (!parsed.success) {
      return adminError(400, "InvalidUser", "Expected { accountEnabled?: boolean, withheldScopes?: string[] }.");
    }
    if (parsed.data.accountEnabled !== undefined) setAccountEnabled(user, parsed.data.accountEnabled);
    if (parsed.data.withheldScopes !== undefined) user.withheldScopes = parsed.data.withheldScopes;
    return { status: 204 };
  }
  return adminError(405, "MethodNotAllowed", `${method} is not an admin operation on a user.`);
}

export function handleAdmin(target: AdminTarget, method: string, path: string, body: unknown): GraphResponse {
  const route = `${method} ${path}`;
  const user = userPath.exec(path);
  if (user !== null) return handleUserAdmin(target.getState(), method, user, body);
  switch (route) {
    case "GET /cloud":
      return { status: 200, body: { cloud: target.getCloud() } };
    case "PUT /cloud": {
      const cloud = typeof body === "object" && body !== null ? (body as { cloud?: unknown }).cloud : undefined;
      if (!isEmulatorCloud(cloud)) return adminError(400, "InvalidCloud", 'Expected { cloud: "global" | "china" }.');
      target.setCloud(cloud);
      return { status: 200, body: { cloud } };
    }
    case "POST /scenario":
      try {
        target.loadScenario(parseScenario(body, "scenario"));
        return { status: 200, body: summarize(target.getState()) };
      } catch (error) {
        if (error instanceof ScenarioError) return adminError(400, "InvalidScenario", error.message);
        throw error;
      }
    case "GET /faults":
      return { status: 200, body: target.faults.describe() };
    case "PUT /faults": {
      const parsed = faultConfigSchema.safeParse(body ?? {});
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
        return adminError(400, "InvalidFaults", `Invalid fault configuration: ${problems}`);
      }
      try {
        target.faults.configure(parsed.data);
      } catch (error) {
        if (error instanceof SyntaxError)
          return adminError(400, "InvalidFaults", `Invalid path pattern: ${error.message}`);
        throw error;
      }
      return { status: 200, body: target.faults.describe() };
    }
    case "DELETE /faults":
      target.faults.clear();
      return { status: 204 };
    case "GET /requests":
      return { status: 200, body: { value: target.log.list() } };
    case "DELETE /requests":
      target.log.clear();
      return { status: 204 };
    case "GET /limits":
      return { status: 200, body: target.getState().limits };
    case "PUT /limits": {
      // The body names the limits to lower (or raise); every other one is Microsoft's again.
      const parsed = limitsSchema.safeParse(body ?? {});
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
        return adminError(400, "InvalidLimits", `Invalid limits: ${problems}`);
      }
      target.getState().limits = resolveLimits(parsed.data);
      return { status: 200, body: target.getState().limits };
    }
    case "DELETE /limits":
      target.getState().limits = resolveLimits(undefined);
      return { status: 204 };
    case "POST /delta/expire":
      // Every list's delta tokens stop working (routes/list-delta.ts): the next call answers 410 Gone.
      return { status: 200, body: { lists: expireDeltaTokens(target.getState()) } };
    case "GET /state":
      return { status: 200, body: target.getState() };
    default:
      return adminError(404, "NotFound", `No admin endpoint ${route}. See docs/emulator.md.`);
  }
}
