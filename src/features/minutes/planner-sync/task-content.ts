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
  /** The occurrence, "2026-11-30 周例会": the reference's title says it as "周例会 11月30日". */
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
  const details = buildTaskDetails(action, context);
  return { actionId: action.id, fields, details, fingerprint: buildFingerprint(fields, details) };
}

/** The details alone: they name no owner, so they are known before the owners' user ids are. */
export function buildTaskDetails(action: ActionItem, context: Omit<TaskContext, "assigneeId">): DetailsContent {
  return {
    description: describeAction(action, context),
    referenceKey: encodeReferenceKey(buildReferenceUrl(context.minutesUrl, action.id)),
    referenceAlias: buildReferenceTitle(context.occurrenceName, {
      decision: context.decisionText,
      agendaItem: context.agendaItemText ?? "",
    }),
  };
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

// The task's marker — its action id, to recognise the task when the answer to its create was lost
// (an interrupted publish), even if the action was edited since — rides in the reference's URL,
// which people open but do not read, as a fragment the Teams deep link ignores. A reference has
// only `alias`, `previewPriority` (an order hint Planner sorts previews by) and `type` to write
// (https://learn.microsoft.com/graph/api/resources/plannerexternalreference), and the alias is the
// link text Planner shows, so it stays readable. Every reference is keyed by its URL
// (https://learn.microsoft.com/graph/api/resources/plannerexternalreferences), so the marker makes
// each task's key its own.
const markerParameter = "meetloop-action";
const keyMarkerPattern = new RegExp(`[#&]${markerParameter}=([^&#]+)$`);

/** The minutes link with the action's marker: "…#meetloop-action=a1". */
export function buildReferenceUrl(minutesUrl: string, actionId: string): string {
  const separator = minutesUrl.includes("#") ? "&" : "#";
  return `${minutesUrl}${separator}${markerParameter}=${encodeURIComponent(actionId)}`;
}

/** The action id in a reference key we wrote (encodeReferenceKey of buildReferenceUrl). */
export function readKeyMarker(key: string): string | undefined {
  return decodeMarker(keyMarkerPattern.exec(decodeReferenceKey(key))?.[1]);
}

function decodeReferenceKey(key: string): string {
  return key
    .replace(/%2E/gi, ".")
    .replace(/%3A/gi, ":")
    .replace(/%40/gi, "@")
    .replace(/%23/gi, "#")
    .replace(/%25/gi, "%");
}

const titleDecisionLength = 60;

/**
 * What Planner shows as the link back to the minutes: the meeting, its day, and the decision (or
 * agenda item) the action came from — "周例会 11月30日 · 决议：双十二备货提前一周".
 */
export function buildReferenceTitle(occurrenceName: string, source: { decision: string; agendaItem: string }): string {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (.*)$/.exec(occurrenceName);
  const meeting = match ? `${match[4] ?? ""} ${Number(match[2])}月${Number(match[3])}日` : occurrenceName;
  const decision = source.decision.replace(/\s+/g, " ").trim();
  const agendaItem = source.agendaItem.replace(/\s+/g, " ").trim();
  if (decision !== "") return `${meeting} · 决议：${shorten(decision)}`;
  if (agendaItem !== "") return `${meeting} · 议题：${shorten(agendaItem)}`;
  return `${meeting} · 会议纪要`;
}

function shorten(text: string): string {
  const characters = Array.from(text);
  return characters.length <= titleDecisionLength ? text : `${characters.slice(0, titleDecisionLength - 1).join("")}…`;
}

// Publishes before the marker moved to the URL wrote it at the end of the alias,
// "会议纪要 · 2026-11-30 周例会 · #a1": their tasks are still recognised by it.
const legacyMarkerPattern = / · #([^\s#]+)$/;

/** The action id at the end of an alias an earlier publish wrote. */
export function readMarker(alias: string): string | undefined {
  return decodeMarker(legacyMarkerPattern.exec(alias)?.[1]);
}

function decodeMarker(encoded: string | undefined): string | undefined {
  if (encoded === undefined) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch (error) {
    // Hand-written text that happens to end like ours but is not valid escaping: not our marker.
    if (error instanceof URIError) return undefined;
    throw error;
  }
}
