// Pure: what one action item looks like as a Planner task (docs/domain.md §5: what, owner, due date,
// standard of done, supervisor) — the task fields written at creation and the details written after.
import { getInstantFromWallClock } from "@/lib/time/zoned-time";
import { writeTaskDescription } from "@/meeting/model/planner/task-description";
import { plannerPriority } from "@/meeting/model/records/minutes-record";
import type { ActionItem } from "@/meeting/model/records/minutes-record";
import { buildFingerprint } from "./fingerprint";
import type { DesiredTask, DetailsContent } from "./types";

// NOTE: the Graph reference gives no maximum for plannerTask.title; Planner's own apps stop task
// names at 255 characters and the service rejects longer ones, so we cut there.
export const plannerTitleMaxLength = 255;

export interface TaskContext {
  assigneeId: string;
  decisionText: string;
  /** The agenda item's title, for an action linked to no decision; "" otherwise. */
  agendaItemText?: string;
  supervisorName: string;
  minutesUrl: string;
  /** Names the occurrence in the reference's alias, e.g. "2026-11-30 周例会". */
  occurrenceName: string;
  /** The series' zone (IANA, or a Windows name Graph uses). */
  timeZone: string;
}

export function buildDesiredTask(action: ActionItem, context: TaskContext): DesiredTask {
  const fields = {
    title: truncateTitle(action.what),
    assigneeId: context.assigneeId,
    dueDateTime: endOfDueDay(action.due, context.timeZone),
    priority: plannerPriority[action.priority],
  };
  const details: DetailsContent = {
    description: describeAction(action, context),
    referenceKey: encodeReferenceKey(context.minutesUrl),
    referenceAlias: buildReferenceAlias(context.occurrenceName, action.id),
  };
  return { actionId: action.id, fields, details, fingerprint: buildFingerprint(fields, details) };
}

/** Trimmed, at most 255 UTF-16 units, never splitting a surrogate pair; "…" marks a cut. */
export function truncateTitle(what: string): string {
  const title = what.replace(/\s+/g, " ").trim() || "行动项";
  if (title.length <= plannerTitleMaxLength) return title;
  let cut = "";
  for (const character of title) {
    if (cut.length + character.length > plannerTitleMaxLength - 1) break;
    cut += character;
  }
  return `${cut.trimEnd()}…`;
}

/**
 * The last second of the due day in the series' zone, as a UTC instant. dueDateTime is a
 * DateTimeOffset instant (https://learn.microsoft.com/graph/api/resources/plannertask), and
 * Planner shows it as a date in each viewer's zone: the end of the day keeps "due Friday" due
 * until Friday is over where the meeting is held.
 */
export function endOfDueDay(due: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (!match) throw new RangeError(`An action item's due date must be YYYY-MM-DD, got "${due}"`);
  const [, year, month, day] = match;
  return getInstantFromWallClock(
    { year: Number(year), month: Number(month), day: Number(day), hour: 23, minute: 59, second: 59 },
    timeZone,
  ).toISOString();
}

export function describeAction(
  action: ActionItem,
  context: Pick<TaskContext, "decisionText" | "agendaItemText" | "supervisorName" | "minutesUrl">,
): string {
  return writeTaskDescription({
    standard: action.standard,
    decision: context.decisionText,
    ...(context.agendaItemText === undefined ? {} : { agendaItem: context.agendaItemText }),
    supervisor: context.supervisorName,
    minutesUrl: context.minutesUrl,
  });
}

/**
 * plannerExternalReferences is an open type keyed by the URL, and OData property names cannot
 * hold '.', ':', '%', '@' or '#', so those are percent-encoded (`%` first, so the escapes we add
 * are not escaped again): https://learn.microsoft.com/graph/api/resources/plannerexternalreferences
 */
export function encodeReferenceKey(url: string): string {
  return url
    .replaceAll("%", "%25")
    .replaceAll(".", "%2E")
    .replaceAll(":", "%3A")
    .replaceAll("@", "%40")
    .replaceAll("#", "%23");
}

const markerPattern = / · #([^\s#]+)$/;

/**
 * The reference back to the minutes is also the task's marker: its alias ends with the action id,
 * so a task whose id was lost (an interrupted publish) is still recognised once its details exist,
 * even if the action was edited since.
 */
export function buildReferenceAlias(occurrenceName: string, actionId: string): string {
  return `会议纪要 · ${occurrenceName} · #${encodeURIComponent(actionId)}`;
}

export function readMarker(alias: string): string | undefined {
  const encoded = markerPattern.exec(alias)?.[1];
  if (encoded === undefined) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch (error) {
    // A hand-written alias that happens to end like ours but is not valid escaping: not our marker.
    if (error instanceof URIError) return undefined;
    throw error;
  }
}
