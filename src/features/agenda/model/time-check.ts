import type { AgendaItem } from "./agenda";

export interface TimeCheck {
  totalMinutes: number;
  /** The tighter of the meeting's booked length and the template's cap. */
  limitMinutes: number;
  limitedBy: "meeting" | "cap";
  overByMinutes: number;
  /** The first item that does not fit inside the limit. */
  firstOverItemId?: string;
}

export function checkAgendaTime(items: AgendaItem[], meetingMinutes: number, capMinutes: number): TimeCheck {
  const limitMinutes = Math.min(meetingMinutes, capMinutes);
  const limitedBy = capMinutes < meetingMinutes ? "cap" : "meeting";
  let running = 0;
  let firstOverItemId: string | undefined;
  for (const item of items) {
    running += item.minutes;
    if (firstOverItemId === undefined && running > limitMinutes) firstOverItemId = item.id;
  }
  return {
    totalMinutes: running,
    limitMinutes,
    limitedBy,
    overByMinutes: Math.max(0, running - limitMinutes),
    firstOverItemId,
  };
}

/** Start offsets (minutes from the meeting's start) for each item: the time boxes laid end to end. */
export function getItemStartOffsets(items: AgendaItem[]): number[] {
  const offsets: number[] = [];
  let running = 0;
  for (const item of items) {
    offsets.push(running);
    running += item.minutes;
  }
  return offsets;
}
