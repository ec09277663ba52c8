// A help-needed request from a submitted report (需要其他部门配合事项) becomes an action item in
// one step (docs/domain.md §4: each is a candidate action item). The owner is filled in only when the
// request names exactly one attendee or one attendee's department; otherwise the note-taker picks.
import { getWallClock } from "@/lib/time/zoned-time";
import { getHelpActionId } from "@/meeting/model/record-keys";
import type { ActionItem, MinutesPerson } from "@/meeting/model/records/minutes-record";

/** A help-needed row of a submitted report, as src/app hands it over. */
export interface HelpRequest {
  reportKey: string;
  /** Row index inside the report's help-needed list. */
  index: number;
  from: MinutesPerson;
  /** The department or person asked for help, as the speaker typed it. */
  target: string;
  what: string;
}

/** A person who can own an action; the department, when known, lets "运营部" find its head. */
export interface ActionCandidate extends MinutesPerson {
  department?: string;
}

export interface HelpActionDefaults {
  /** The agenda item the action belongs to. */
  itemId: string;
  /** The meeting's start: the due date defaults to one week after it. */
  meetingStart: Date;
  /** The series' time zone, in which due dates are calendar dates. */
  timeZone: string;
  /** Meeting attendees: only they are matched against the target. */
  attendees: readonly ActionCandidate[];
}

export function helpToAction(help: HelpRequest, defaults: HelpActionDefaults): ActionItem {
  const owner = matchOwner(help.target, defaults.attendees);
  return {
    id: getHelpActionId(help),
    itemId: defaults.itemId,
    what: help.what.trim(),
    owner: owner?.upn.toLowerCase() ?? "",
    ownerName: owner?.name ?? "",
    due: addCalendarDays(defaults.meetingStart, 7, defaults.timeZone),
    standard: "",
    priority: "medium",
    source: { kind: "helpNeeded", reportKey: help.reportKey, index: help.index },
  };
}

/** YYYY-MM-DD, `days` calendar days after the instant's date in the zone (DST cannot shift it). */
export function addCalendarDays(instant: Date, days: number, timeZone: string): string {
  const wall = getWallClock(instant, timeZone);
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days)).toISOString().slice(0, 10);
}

function normalize(text: string): string {
  return text.trim().toLowerCase();
}

function matchOwner(target: string, everyone: readonly ActionCandidate[]): ActionCandidate | undefined {
  // Only the organization's own users can own a Planner task (docs/domain.md §2).
  const attendees = everyone.filter((person) => person.kind === undefined || person.kind === "member");
  const wanted = normalize(target);
  if (wanted === "") return undefined;
  const byName = attendees.filter((person) => normalize(person.name) === wanted || normalize(person.upn) === wanted);
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) return undefined;
  // "运营" and "运营部" name the same department; a department with several attendees is ambiguous.
  const byDepartment = attendees.filter((person) => {
    const department = normalize(person.department ?? "");
    return (
      department !== "" && (department === wanted || department.startsWith(wanted) || wanted.startsWith(department))
    );
  });
  return byDepartment.length === 1 ? byDepartment[0] : undefined;
}
