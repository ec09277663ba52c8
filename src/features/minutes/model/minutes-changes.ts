// What changed between two versions of the minutes, in the words of the change history ("新增决议 1 条",
// "修改行动项 2 项", "出勤：张敏 迟到", "发布第 2 版"). Who made each version and when are SharePoint's
// (docs/domain.md §9); what they changed is read off the payloads of consecutive versions. Pure.
import type { ServerIdentity } from "@/meeting/model/authorship/authorship";
import type { AttendanceStatus, MinutesRecord } from "@/meeting/model/records/minutes-record";

export type CountedChangeKind =
  | "decisionsAdded"
  | "decisionsRemoved"
  | "decisionsEdited"
  | "actionsAdded"
  | "actionsRemoved"
  | "actionsEdited"
  | "notes"
  | "tasksLinked";

export type MinutesChange =
  | { kind: "created" }
  | { kind: "unreadable" }
  | { kind: "none" }
  | { kind: CountedChangeKind; count: number }
  | { kind: "attendance"; entries: { upn: string; name: string; status: AttendanceStatus | "unmarked" }[] }
  | { kind: "attendees"; added: number; removed: number }
  | { kind: "header" }
  | { kind: "published"; version: number }
  | { kind: "amended"; version: number };

/** One version of the minutes as the list item's history holds it (a RecordVersion fits). */
export interface MinutesVersion {
  id: string;
  modifiedAt: string;
  modifiedBy?: ServerIdentity;
  /** Absent when the version's payload cannot be read. */
  value?: MinutesRecord;
}

export interface MinutesHistoryEntry {
  id: string;
  modifiedAt: string;
  modifiedBy?: ServerIdentity;
  changes: MinutesChange[];
}

export interface MinutesHistory {
  /** Newest first. */
  entries: MinutesHistoryEntry[];
  /** The oldest version kept is not the first: earlier ones were not retained, so it is not diffed. */
  isTrimmed: boolean;
}

/** The history from the item's versions (any order): each described against the one before it. */
export function describeMinutesHistory(versions: readonly MinutesVersion[]): MinutesHistory {
  const ordered = [...versions].sort(compareVersionIds);
  const isTrimmed = ordered.length > 0 && ordered[0]?.id !== "1.0";
  let previous: MinutesRecord | undefined;
  const entries = ordered.map((version, index): MinutesHistoryEntry => {
    let changes: MinutesChange[];
    if (version.value === undefined) changes = [{ kind: "unreadable" }];
    else if (index === 0 && isTrimmed) changes = [];
    else changes = describeMinutesChanges(previous, version.value);
    if (version.value !== undefined) previous = version.value;
    return {
      id: version.id,
      modifiedAt: version.modifiedAt,
      ...(version.modifiedBy === undefined ? {} : { modifiedBy: version.modifiedBy }),
      changes,
    };
  });
  return { entries: entries.reverse(), isTrimmed };
}

/** What `next` changed relative to `previous` (undefined: `next` created the minutes). */
export function describeMinutesChanges(previous: MinutesRecord | undefined, next: MinutesRecord): MinutesChange[] {
  if (previous === undefined) return [{ kind: "created" }];
  const changes: MinutesChange[] = [];
  const counted = (kind: CountedChangeKind, count: number) => {
    if (count > 0) changes.push({ kind, count });
  };
  if (isHeaderChanged(previous, next)) changes.push({ kind: "header" });
  const attendees = compareKeys(
    previous.attendees.map((p) => p.upn.toLowerCase()),
    next.attendees.map((p) => p.upn.toLowerCase()),
  );
  if (attendees.added > 0 || attendees.removed > 0)
    changes.push({ kind: "attendees", added: attendees.added, removed: attendees.removed });
  const attendance = describeAttendance(previous, next);
  if (attendance.length > 0) changes.push({ kind: "attendance", entries: attendance });
  counted("notes", countChangedNotes(previous, next));
  const decisions = compareById(listDecisions(previous), listDecisions(next));
  counted("decisionsAdded", decisions.added);
  counted("decisionsRemoved", decisions.removed);
  counted("decisionsEdited", decisions.edited);
  const actions = compareById(previous.actions, next.actions);
  counted("actionsAdded", actions.added);
  counted("actionsRemoved", actions.removed);
  counted("actionsEdited", actions.edited);
  counted("tasksLinked", countNewTaskLinks(previous, next));
  const publishedNow =
    next.status === "published" && (previous.status !== "published" || previous.version !== next.version);
  if (publishedNow) changes.push({ kind: "published", version: next.version });
  if (previous.status === "published" && next.status === "draft" && next.version > previous.version)
    changes.push({ kind: "amended", version: next.version });
  return changes.length === 0 ? [{ kind: "none" }] : changes;
}

function isHeaderChanged(a: MinutesRecord, b: MinutesRecord): boolean {
  return (
    a.meetingTitle !== b.meetingTitle ||
    a.start !== b.start ||
    a.end !== b.end ||
    a.joinUrl !== b.joinUrl ||
    a.host !== b.host ||
    a.noteTaker !== b.noteTaker
  );
}

function describeAttendance(
  previous: MinutesRecord,
  next: MinutesRecord,
): { upn: string; name: string; status: AttendanceStatus | "unmarked" }[] {
  const names = new Map([...previous.attendees, ...next.attendees].map((p) => [p.upn.toLowerCase(), p.name]));
  const upns = [...new Set([...Object.keys(previous.attendance), ...Object.keys(next.attendance)])];
  return upns
    .filter((upn) => JSON.stringify(previous.attendance[upn]) !== JSON.stringify(next.attendance[upn]))
    .map((upn) => ({ upn, name: names.get(upn) ?? upn, status: next.attendance[upn]?.status ?? "unmarked" }));
}

function countChangedNotes(previous: MinutesRecord, next: MinutesRecord): number {
  const before = new Map(previous.items.map((item) => [item.id, item.notes]));
  return next.items.filter((item) => (before.get(item.id) ?? "") !== item.notes).length;
}

function listDecisions(minutes: MinutesRecord): { id: string; text: string }[] {
  return minutes.items.flatMap((item) => item.decisions);
}

function countNewTaskLinks(previous: MinutesRecord, next: MinutesRecord): number {
  const before = previous.published?.planner ?? {};
  return Object.entries(next.published?.planner ?? {}).filter(([id, link]) => before[id]?.taskId !== link.taskId)
    .length;
}

function compareKeys(before: readonly string[], after: readonly string[]): { added: number; removed: number } {
  const a = new Set(before);
  const b = new Set(after);
  return { added: [...b].filter((k) => !a.has(k)).length, removed: [...a].filter((k) => !b.has(k)).length };
}

function compareById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): { added: number; removed: number; edited: number } {
  const old = new Map(before.map((entry) => [entry.id, JSON.stringify(entry)]));
  const ids = new Set(after.map((entry) => entry.id));
  return {
    added: after.filter((entry) => !old.has(entry.id)).length,
    removed: before.filter((entry) => !ids.has(entry.id)).length,
    edited: after.filter((entry) => old.has(entry.id) && old.get(entry.id) !== JSON.stringify(entry)).length,
  };
}

/** SharePoint labels versions "major.minor"; as numbers, "10.0" follows "9.0". */
function compareVersionIds(a: MinutesVersion, b: MinutesVersion): number {
  const [aMajor = 0, aMinor = 0] = a.id.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.id.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
