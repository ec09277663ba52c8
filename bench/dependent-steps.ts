// The chain of dependent steps on the way to a mark: every network fetch, host message and Graph
// round trip the page waited for, on one clock (epoch ms). A step depends on an earlier one when it
// starts only after that one ended (strictly: two host answers in the same millisecond are parallel); the longest such chain is the number of steps a user waits
// through one after another. Steps that overlap (parallel chunks, a $batch's items) count once.

export type StepKind = "document" | "js" | "css" | "host" | "token" | "graph" | "other";

export interface Step {
  kind: StepKind;
  label: string;
  startedAt: number;
  endedAt: number;
}

/** The longest chain of steps in which each starts after the end of the one before it. */
export function findLongestChain(steps: readonly Step[]): Step[] {
  const sorted = [...steps].sort((a, b) => a.endedAt - b.endedAt || a.startedAt - b.startedAt);
  const length: number[] = [];
  const previous: number[] = [];
  let last = -1;
  sorted.forEach((step, i) => {
    let best = -1;
    for (let j = 0; j < i; j += 1) {
      const before = sorted[j];
      if (before && before.endedAt < step.startedAt && (best === -1 || (length[j] ?? 0) > (length[best] ?? 0)))
        best = j;
    }
    length[i] = best === -1 ? 1 : (length[best] ?? 0) + 1;
    previous[i] = best;
    if (last === -1 || (length[i] ?? 0) > (length[last] ?? 0)) last = i;
  });
  const chain: Step[] = [];
  for (let i = last; i !== -1; i = previous[i] ?? -1) {
    const step = sorted[i];
    if (step) chain.unshift(step);
  }
  return chain;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}
