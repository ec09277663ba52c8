export type HostRule =
  { mode: "fixed"; host: string } | { mode: "rotating"; order: readonly string[]; startsAt: string };

/**
 * This occurrence's host. A rotation advances once per meeting actually held (cancelled ones do not
 * count), from the occurrence it started at; `heldKeys` are the held occurrences' keys in order.
 */
export function pickHost(rule: HostRule, occurrenceKey: string, heldKeys: readonly string[]): string | undefined {
  if (rule.mode === "fixed") return rule.host;
  if (rule.order.length === 0) return undefined;
  const start = heldKeys.indexOf(rule.startsAt);
  const index = heldKeys.indexOf(occurrenceKey);
  if (start < 0 || index < 0) return rule.order[0];
  const steps = index - start;
  const n = rule.order.length;
  return rule.order[((steps % n) + n) % n];
}
