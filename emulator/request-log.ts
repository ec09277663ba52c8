// The request log behind GET /graph/_admin/requests: one entry per /v1.0 HTTP request with
// high-resolution start/end times (ms since the epoch), the signed-in user and, for $batch, one
// entry per inner request. Benchmarks and tests read it to count and time real traffic.

export interface InnerLogEntry {
  id: string;
  method: string;
  url: string;
  status: number | null;
  body: unknown;
}

export interface RequestLogEntry {
  seq: number;
  method: string;
  url: string;
  /** null when the connection was dropped by a fault rule. */
  status: number | null;
  startedAt: number;
  endedAt: number;
  user: string | null;
  body: unknown;
  dropped?: boolean;
  inner?: InnerLogEntry[];
}

export function getHighResNow(): number {
  return performance.timeOrigin + performance.now();
}

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  start(method: string, url: string, user: string | null, body: unknown): RequestLogEntry {
    const entry: RequestLogEntry = { seq: ++this.seq, method, url, status: null, startedAt: getHighResNow(), endedAt: 0, user, body };
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
