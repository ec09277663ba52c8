// Adds the bearer token for the request's own scopes. Replaces the SDK's AuthenticationHandler,
// which only authorizes URLs it recognises as Graph — and recognises only https:// hosts
// (GraphRequestUtil.isValidEndpoint), so it strips the token from the http://localhost emulator.
// Our pipeline only ever receives URLs already checked against the configured Graph root.
import type { Context } from "@microsoft/microsoft-graph-client/lib/es/src/IContext";
import type { Middleware } from "@microsoft/microsoft-graph-client/lib/es/src/middleware/IMiddleware";
import type { AuthPort } from "@/lib/auth/auth-port";
import { isScopedContext } from "./scoped-context";

export class ScopedAuthMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly auth: AuthPort) {}

  async execute(context: Context): Promise<void> {
    if (!isScopedContext(context)) throw new Error("Graph pipeline: request without scopes");
    const token = await this.auth.getToken([...context.scopes]);
    context.options.headers.Authorization = `Bearer ${token}`;
    await requireNext(this.next).execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export function requireNext(next: Middleware | undefined): Middleware {
  if (next === undefined) throw new Error("Graph pipeline: middleware chain is not linked");
  return next;
}
