// Retries 429 and 503 after the server's Retry-After (or exponential backoff), a bounded number
// of times with a capped wait. Replaces the SDK's RetryHandler, which sleeps on a private timer
// (so tests and the batch helper cannot inject or observe the wait), ignores AbortSignal while
// waiting, and allows up to 180 s per wait — too long for a person watching a side panel.
// https://learn.microsoft.com/graph/throttling#best-practices-to-handle-throttling
import type { Context } from "@microsoft/microsoft-graph-client/lib/es/src/IContext";
import type { Middleware } from "@microsoft/microsoft-graph-client/lib/es/src/middleware/IMiddleware";
import { backoffDelay, parseRetryAfter } from "../retry-after";
import type { Sleep } from "../sleep";
import { requireNext } from "./auth-middleware";

export interface RetryPolicy {
  /** Retries after the first attempt; 4 means at most 5 requests. */
  maxRetries: number;
  /** Cap on any single wait, whatever Retry-After says. */
  maxDelayMs: number;
  sleep: Sleep;
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503;
}

export class ThrottleRetryMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly policy: RetryPolicy) {}

  async execute(context: Context): Promise<void> {
    const next = requireNext(this.next);
    for (let attempt = 0; ; attempt++) {
      await next.execute(context);
      const response = context.response;
      if (response === undefined || !isRetryableStatus(response.status) || attempt >= this.policy.maxRetries) return;
      const delay = Math.min(
        parseRetryAfter(response.headers.get("retry-after")) ?? backoffDelay(attempt),
        this.policy.maxDelayMs,
      );
      // Release the throttled response's connection before waiting.
      await response.body?.cancel();
      await this.policy.sleep(delay, context.options?.signal ?? undefined);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
