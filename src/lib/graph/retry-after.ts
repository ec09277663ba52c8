/**
 * Milliseconds to wait from a Retry-After value: delta-seconds ("10") or an HTTP-date
 * (RFC 9110 §10.2.3). Graph sends seconds; the date form is accepted because proxies may rewrite it.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // HTTP-dates start with a day name; without that check Date.parse would accept "-1" or "1.5".
  const date = /^[a-z]{3},/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff for when the server names no wait: 1 s, 2 s, 4 s, … */
export function backoffDelay(attempt: number, baseMs = 1000): number {
  return baseMs * 2 ** attempt;
}
