/**
 * The notice must go out by `dueAt` (会议通知至少提前半个工作日: getNoticeDue counts the series'
 * working hours back from the meeting). Returns whether that moment has come without the current
 * agenda posted.
 */
export function getNoticeStatus(
  meetingStart: Date,
  dueAt: Date,
  now: Date,
  posted: { revision: number } | undefined,
  currentRevision: number,
): { dueAt: Date; state: "posted" | "outdated" | "due" | "overdue" | "notYet" } {
  if (posted && posted.revision >= currentRevision) return { dueAt, state: "posted" };
  if (posted) return { dueAt, state: "outdated" };
  if (now.getTime() >= meetingStart.getTime()) return { dueAt, state: "overdue" };
  if (now.getTime() >= dueAt.getTime() - 24 * 3_600_000)
    return { dueAt, state: now.getTime() >= dueAt.getTime() ? "overdue" : "due" };
  return { dueAt, state: "notYet" };
}
