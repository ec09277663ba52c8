import { useEffect, useState } from "react";
import { computeCountdown } from "../model/countdown";
import type { Countdown } from "../model/countdown";

/** The time box counting down to `endsAt`, renewed every second; undefined without an end. */
export function useCountdown(endsAt: Date | undefined, tickMs = 1000): Countdown | undefined {
  const [clock, setClock] = useState(() => ({ now: new Date(), endsAt: endsAt?.getTime() }));
  if (clock.endsAt !== endsAt?.getTime()) {
    // A new time box (the note-taker moved on) starts from the current second, not the last tick,
    // or it would show more time than the box has for up to a second.
    setClock({ now: new Date(), endsAt: endsAt?.getTime() });
  }
  useEffect(() => {
    const timer = setInterval(() => {
      setClock((previous) => ({ ...previous, now: new Date() }));
    }, tickMs);
    return () => {
      clearInterval(timer);
    };
  }, [tickMs]);
  return endsAt === undefined ? undefined : computeCountdown(endsAt, clock.now);
}
