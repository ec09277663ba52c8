// The request log behind GET /graph/_admin/requests: one entry per /v1.0 HTTP request with
// high-resolution start/end times (ms since the epoch), the signed-in user and, for $batch, one
// entry per inner request. Benchmarks and tests read it to count and time real traffic.
import type { DropMode } from "./faults.ts";

export interface InnerLogEntry {
  id: string;
  method: string;
  url: string;
  status: number | null;
  body: unknown;
  dropped?: DropMode;
}

export interface RequestLogEntry {
  seq: number;
  method: string;
  url: string;
  /** null when a fault rule dropped the connection before the request ran. */
  status: number | null;
  startedAt: number;
  endedAt: number;
  user: string | null;
  body: unknown;
  /** "after": the request ran (state changed, `status` is what would have been sent) but no response was written. */
  dropped?: DropMode;
  inner?: InnerLogEntry[];
  /** Bytes of the response body sent (for $batch: the whole batch answer); absent when none was sent. */
  responseBytes?: number;
}

export function getHighResNow(): number {
  return performance.timeOrigin + performance.now();
}

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  start(method: string, url: string, user: string | null, body: unknown): RequestLogEntry {
    const entry: RequestLogEntry = {
      seq: ++this.seq,
      method,
      url,
      status: null,
      startedAt: getHighResNow(),
      endedAt: 0,
      user,
      body,
    };
    this.entries.push(entry);
    return entry;
  }

  list(): readonly RequestLogEntry[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
