import type { LeaveRuleConfig } from "@/meeting/model/series-config/deadlines";
// The personal tab's own shapes: what "My meetings" shows across every series the viewer is in.
// Graph and SharePoint shapes stop at api/; these are all the components see.
import type { TaskProgress } from "@/meeting/model/planner/planner-task";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import type { Bilingual } from "@/lib/i18n/bilingual";

/** A configured series from one of the viewer's groups. */
export interface MySeries {
  seriesId: string;
  title: string;
  groupId: string;
  config: SeriesConfig;
}

export interface SpeakerSection {
  sectionId: string;
  title: Bilingual;
}

/** What the viewer does at one occurrence; all false/empty = an ordinary attendee. */
export interface MyRoles {
  isHost: boolean;
  isNoteTaker: boolean;
  speaks: SpeakerSection[];
}

/** One meeting of one of the viewer's series, from the viewer's own calendar. */
export interface MyOccurrence {
  seriesId: string;
  seriesTitle: string;
  /** The original start (UTC ISO): the occurrence's identity across mailboxes. */
  occurrenceKey: string;
  start: Date;
  end: Date;
  isCancelled: boolean;
  /** The IANA zone the series repeats in (report due times are wall-clock there). */
  timeZone: string;
  /** The series' workspace group and leave cut-off: what a leave request from here needs. */
  groupId: string;
  leaveRule: LeaveRuleConfig;
  roles: MyRoles;
}

/** A report the viewer is expected to hand in for an upcoming occurrence. */
export interface OwedReport {
  seriesId: string;
  seriesTitle: string;
  occurrenceKey: string;
  start: Date;
  sectionId: string;
  sectionTitle: Bilingual;
  due: Date;
  /** The meeting's own zone, in which `due` is set. */
  timeZone: string;
  /** When the stored report was first submitted; absent = not submitted. */
  submittedAt?: Date;
}

export type ReportStatus = { kind: "pending" } | { kind: "overdue" } | { kind: "submitted"; isLate: boolean };

/** A Planner task assigned to the viewer in one of the Meetloop plans. */
export interface MyTask {
  id: string;
  /** Planner's etag, sent back as If-Match on every update. */
  etag: string;
  planId: string;
  title: string;
  percentComplete: number;
  completedDateTime: string | null;
  /** ISO instant, or absent when the task has no due date. */
  dueDateTime?: string;
  hasDescription: boolean;
  /** The series whose plan holds the task (several when series share a plan). */
  series: { seriesId: string; title: string }[];
}

export interface TaskStatus {
  progress: TaskProgress;
  /** Whole calendar days past the due date in the viewer's zone; 0 when not overdue. */
  overdueDays: number;
}

/** A workspace that could not be read (other than "not a Meetloop workspace"): the view is partial. */
export interface UnreadableWorkspace {
  groupId: string;
  reason: string;
}

export interface MyMeetings {
  series: MySeries[];
  /** Upcoming occurrences of the viewer's series in the window, earliest first. */
  occurrences: MyOccurrence[];
  owedReports: OwedReport[];
  /** Open tasks (not done when loaded), earliest due first. */
  tasks: MyTask[];
  unreadable: UnreadableWorkspace[];
  /** The cloud has no Planner (Microsoft 365 operated by 21Vianet): no tasks could be listed. */
  plannerUnavailable?: boolean;
}
