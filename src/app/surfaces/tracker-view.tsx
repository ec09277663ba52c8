// The host's report tracker, told who asked for leave: reports and leave requests are two features,
// composed here. Loaded with the tracker view only.
import { useMemo } from "react";
import { isOwn } from "@/meeting/model/authorship/authorship";
import { ReportTrackerPanel, reportsStrings } from "@/features/reports";
import type { ReportTrackerPanelProps } from "@/features/reports";
import { useLeaveRequests } from "@/features/minutes";

export function TrackerView(props: Omit<ReportTrackerPanelProps, "onLeave">) {
  const leave = useLeaveRequests(props.workspace, props.seriesId, props.occurrenceKey);
  // Only a person's own request counts (docs/domain.md §9); one someone else wrote is the note-taker's to judge.
  const onLeave = useMemo(
    () => new Set((leave.data ?? []).filter((r) => isOwn(r.authorship)).map((r) => r.value.upn.toLowerCase())),
    [leave.data],
  );
  return <ReportTrackerPanel {...props} onLeave={onLeave} />;
}

export const strings = { reports: reportsStrings };
