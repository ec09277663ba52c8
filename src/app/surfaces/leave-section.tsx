// The attendee's own leave for one occurrence, wherever they look before the meeting: the side
// panel's overview and report view, the minutes view and My meetings. Leave requests and the
// minutes' publication are the minutes feature's; they are put together here (docs/domain.md §6).
import { Spinner } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { useMyPersonKey } from "@/meeting/api/directory/my-identity";
import { toIanaTimeZone } from "@/lib/time/zoned-time";
import type { Workspace } from "@/meeting/api/workspace";
import {
  LeaveRequestForm,
  minutesStrings,
  useLeaveRequests,
  useMinutes,
  useRequestLeave,
  useWithdrawLeave,
} from "@/features/minutes";
import { isSamePerson } from "@/meeting/model/roles/people";
import { getWriterName } from "@/meeting/model/authorship/authorship";
import { getLeaveCutoff, getLeaveCutoffWorkingDays } from "@/meeting/model/series-config/deadlines";
import type { LeaveRuleConfig } from "@/meeting/model/series-config/deadlines";

export interface LeaveSectionProps {
  workspace: Workspace;
  seriesId: string;
  occurrenceKey: string;
  start: Date;
  leaveRule: LeaveRuleConfig;
  /** The meeting's zone (Windows or IANA). */
  timeZone: string;
}

export function LeaveSection({ workspace, seriesId, occurrenceKey, start, leaveRule, timeZone }: LeaveSectionProps) {
  const { t } = useTranslation("app");
  const { viewer } = useServices();
  const me = useMyPersonKey();
  const requests = useLeaveRequests(workspace, seriesId, occurrenceKey);
  const minutes = useMinutes(workspace, seriesId, occurrenceKey);
  const request = useRequestLeave(workspace, seriesId, occurrenceKey, leaveRule, timeZone);
  const withdraw = useWithdrawLeave(workspace, seriesId, occurrenceKey);
  if (requests.isPending || minutes.isPending) return <Spinner size="tiny" label={t("common:loading")} />;
  if (requests.isError) return <ErrorNotice error={requests.error} onRetry={requests.refetch} />;
  if (minutes.isError) return <ErrorNotice error={minutes.error} onRetry={() => void minutes.refetch()} />;
  const forMe = (requests.data ?? []).filter((r) => isSamePerson(r.value.upn, me));
  const mine = forMe.find((r) => r.authorship.kind === "own");
  const byOthers = forMe.find((r) => r.authorship.kind !== "own");
  const stored = minutes.data?.value;
  const isPublished = stored !== undefined && (stored.status === "published" || stored.published !== undefined);
  return (
    <LeaveRequestForm
      // A new form when the stored request comes or goes, so its own state starts from the record.
      key={mine?.etag ?? "none"}
      cutoff={getLeaveCutoff(start, leaveRule, timeZone)}
      cutoffWorkingDays={getLeaveCutoffWorkingDays(leaveRule.attendance)}
      {...(mine ? { existing: mine.value, withdraw: () => withdraw.mutateAsync(mine) } : {})}
      {...(byOthers ? { writtenForMe: { by: getWriterName(byOthers.authorship), reason: byOthers.value.reason } } : {})}
      timeZone={toIanaTimeZone(timeZone)}
      viewerTimeZone={viewer.timeZone}
      meetingStart={start}
      isPublished={isPublished}
      submit={(reason) => request.mutateAsync(reason)}
    />
  );
}

/** One occurrence's leave, as every meeting surface shows it: drawn anew for another occurrence. */
export function OccurrenceLeave({
  workspace,
  series,
  occurrence,
  config,
}: {
  workspace: Workspace;
  series: { seriesId: string; timeZone: string };
  occurrence: { key: string; start: Date };
  config: LeaveRuleConfig;
}) {
  return (
    <LeaveSection
      key={`leave-${occurrence.key}`}
      workspace={workspace}
      seriesId={series.seriesId}
      occurrenceKey={occurrence.key}
      start={occurrence.start}
      leaveRule={config}
      timeZone={series.timeZone}
    />
  );
}

export const strings = { minutes: minutesStrings };
