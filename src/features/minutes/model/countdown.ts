// Time maths for the agenda item's time box during the meeting: which item the schedule says is
// on now, and how much of its box is left (negative = over time). Pure, so it is tested without
// waiting; the side panel ticks it once a second.
export interface TimeBoxItem {
  id: string;
  minutes: number;
}

export interface Countdown {
  /** Whole seconds left; negative once over time. */
  remainingSeconds: number;
  isOvertime: boolean;
  /** "12:05" left, or "+03:10" over. */
  label: string;
}

export function computeCountdown(endsAt: Date, now: Date): Countdown {
  const remainingMs = endsAt.getTime() - now.getTime();
  // Ceil while time is left, so the box reads 00:01 until it is really over, then counts up.
  const remainingSeconds = remainingMs >= 0 ? Math.ceil(remainingMs / 1000) : -Math.floor(-remainingMs / 1000);
  const isOvertime = remainingMs < 0;
  const total = Math.abs(remainingSeconds);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const text = `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
  return { remainingSeconds, isOvertime, label: isOvertime ? `+${text}` : text };
}

/**
 * The item the schedule puts at `now`, counting the time boxes from the meeting's start: before
 * the start the first item, after the last box the last item (then over time).
 */
export function findScheduledItem(
  items: readonly TimeBoxItem[],
  meetingStart: Date,
  now: Date,
): { index: number; startsAt: Date } | undefined {
  if (items.length === 0) return undefined;
  let startsAt = meetingStart.getTime();
  for (const [index, item] of items.entries()) {
    const endsAt = startsAt + item.minutes * 60_000;
    if (now.getTime() < endsAt || index === items.length - 1) return { index, startsAt: new Date(startsAt) };
    startsAt = endsAt;
  }
  return undefined;
}

export function getTimeBoxEnd(startsAt: Date, minutes: number): Date {
  return new Date(startsAt.getTime() + minutes * 60_000);
}
