/**
 * The notice must go out at least `leadHours` before the meeting (会议通知至少提前半个工作日).
 * Returns when it is due, and whether that moment has come without the current agenda posted.
 */
export function getNoticeStatus(
  meetingStart: Date,
  leadHours: number,
  now: Date,
  posted: { revision: number } | undefined,
  currentRevision: number,
): { dueAt: Date; state: "posted" | "outdated" | "due" | "overdue" | "notYet" } {
  const dueAt = new Date(meetingStart.getTime() - leadHours * 3_600_000);
  if (posted && posted.revision >= currentRevision) return { dueAt, state: "posted" };
  if (posted) return { dueAt, state: "outdated" };
  if (now.getTime() >= meetingStart.getTime()) return { dueAt, state: "overdue" };
  if (now.getTime() >= dueAt.getTime() - 24 * 3_600_000)
    return { dueAt, state: now.getTime() >= dueAt.getTime() ? "overdue" : "due" };
  return { dueAt, state: "notYet" };
}
