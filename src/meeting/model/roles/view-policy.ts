// Which of the meeting tab's views each person sees (docs/domain.md §2): everyone sees the overview
// and, once there is a meeting to act on, its agenda and minutes; speakers their report; those who
// run the meeting the report tracker; the wide chat tab adds the series' history and rollups. A
// speaker lands on their report, the people running the meeting on the agenda.
import type { MeetingRoles } from "./meeting-roles";

export const meetingViews = ["overview", "agenda", "report", "tracker", "minutes", "history", "rollups"] as const;
export type MeetingView = (typeof meetingViews)[number];

export function isMeetingView(value: string): value is MeetingView {
  return (meetingViews as readonly string[]).includes(value);
}

export interface ViewContext {
  roles: Pick<MeetingRoles, "canManage" | "mySections">;
  hasOccurrence: boolean;
  layout: "panel" | "wide";
}

export function listVisibleViews({ roles, hasOccurrence, layout }: ViewContext): MeetingView[] {
  const speaks = roles.mySections.length > 0;
  return meetingViews.filter((view) => {
    switch (view) {
      case "overview":
        return true;
      case "agenda":
      case "minutes":
        return hasOccurrence;
      case "report":
        return hasOccurrence && speaks;
      case "tracker":
        return hasOccurrence && roles.canManage;
      case "history":
      case "rollups":
        return layout === "wide";
    }
  });
}

/** The view to show: the one asked for when this person may see it, else their natural first view. */
export function chooseView(requested: MeetingView | undefined, context: ViewContext): MeetingView {
  const visible = listVisibleViews(context);
  if (requested !== undefined && visible.includes(requested)) return requested;
  if (visible.includes("report")) return "report";
  if (context.roles.canManage && visible.includes("agenda")) return "agenda";
  return "overview";
}
