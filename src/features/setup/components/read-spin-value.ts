/**
 * Fluent's SpinButton reports a typed-in value as `displayValue` (and `value` null) until it
 * commits; both are read so typing a number applies at once.
 */
export function readSpinValue(value: number | null | undefined, displayValue: string | undefined): number | undefined {
  if (typeof value === "number") return value;
  if (displayValue === undefined || displayValue.trim() === "") return undefined;
  const parsed = Number(displayValue);
  return Number.isFinite(parsed) ? parsed : undefined;
}
