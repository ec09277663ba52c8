// Pure: records indexed by a key in one pass, for aggregations that would otherwise search the
// whole series once per occurrence, decision or action item.

/**
 * Records by a key, in their original order: one pass instead of a filter per occurrence or
 * decision, which made the history quadratic in the series' age.
 */
export function groupBy<T>(values: readonly T[], keyOf: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [value]);
    else group.push(value);
  }
  return groups;
}

/** The first record for each key, as `find` would return it. */
export function indexFirst<T>(values: readonly T[], keyOf: (value: T) => string): Map<string, T> {
  const index = new Map<string, T>();
  for (const value of values) {
    const key = keyOf(value);
    if (!index.has(key)) index.set(key, value);
  }
  return index;
}
