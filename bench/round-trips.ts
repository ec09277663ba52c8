import type { LoggedRequest } from "../test/support/emulator-admin";

/**
 * Sequential round trips: the longest chain of requests in which each one starts only after the
 * previous one ended. Parallel requests (and the items of one `$batch`) count once.
 */
export function countSequentialRoundTrips(requests: Pick<LoggedRequest, "startedAt" | "endedAt">[]): number {
  const sorted = [...requests].sort((a, b) => a.endedAt - b.endedAt);
  const chain: number[] = [];
  let longest = 0;
  sorted.forEach((request, i) => {
    let best = 0;
    for (let j = 0; j < i; j += 1) {
      const before = sorted[j];
      if (before && before.endedAt <= request.startedAt) best = Math.max(best, chain[j] ?? 0);
    }
    chain[i] = best + 1;
    longest = Math.max(longest, best + 1);
  });
  return longest;
}
