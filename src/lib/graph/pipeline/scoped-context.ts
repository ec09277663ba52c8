import type { Context } from "@microsoft/microsoft-graph-client/lib/es/src/IContext";

/** The SDK's middleware context plus the scopes our auth middleware needs for this request. */
export interface ScopedContext extends Context {
  scopes: readonly string[];
  options: RequestInit & { headers: Record<string, string> };
}

export function isScopedContext(context: Context): context is ScopedContext {
  return "scopes" in context && Array.isArray(context.scopes);
}
