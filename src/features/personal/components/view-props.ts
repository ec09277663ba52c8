import type { LeaveRuleConfig } from "@/meeting/model/series-config/deadlines";
import type { ReactNode } from "react";

/** An occurrence as the leave-request slot (and any other per-occurrence action) receives it. */
export interface OccurrenceRef {
  seriesId: string;
  occurrenceKey: string;
  start: Date;
  groupId: string;
  leaveRule: LeaveRuleConfig;
  timeZone: string;
}

export type MeetingView = "agenda" | "report";

/** What every section needs from the tab around it: the viewer's clock and how to open a meeting. */
export interface MeetingViewProps {
  viewer: { locale: string; timeZone: string };
  /**
   * Deep link to one meeting's tab at a view; the app builds it (it knows the app id and host). The
   * occurrence is named, so it opens that meeting, not the current one.
   */
  buildMeetingLink: (seriesId: string, view: MeetingView, occurrenceKey: string) => string;
  /** Opens a link through the host (Teams, Outlook, the Microsoft 365 app); absent = a plain link. */
  onOpenLink?: (url: string) => void;
  renderOccurrenceActions?: (occurrence: OccurrenceRef) => ReactNode;
}
