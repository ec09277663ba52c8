import { useState } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { useMyPersonKey } from "@/meeting/api/directory/my-identity";
import { toIanaTimeZone } from "@/lib/time/zoned-time";
import { WorkspaceErrorNotice } from "./workspace-error";
import { workspaceQueryOptions } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { LeaveRequestForm, useLeaveRequests, useRequestLeave } from "@/features/minutes";
import { isSamePerson } from "@/meeting/model/roles/people";
import { getWriterName } from "@/meeting/model/authorship/authorship";
import { getLeaveCutoff, getLeaveCutoffWorkingDays } from "@/meeting/model/series-config/deadlines";
import type { LeaveRuleConfig } from "@/meeting/model/series-config/deadlines";

export interface PersonalLeaveProps {
  seriesId: string;
  occurrenceKey: string;
  start: Date;
  groupId: string;
  leaveRule: LeaveRuleConfig;
  timeZone: string;
}

function LeaveForm({ workspace, props }: { workspace: Workspace; props: PersonalLeaveProps }) {
  const { viewer } = useServices();
  const me = useMyPersonKey();
  const requests = useLeaveRequests(workspace, props.seriesId, props.occurrenceKey);
  const request = useRequestLeave(workspace, props.seriesId, props.occurrenceKey, props.leaveRule, props.timeZone);
  const forMe = (requests.data ?? []).filter((r) => isSamePerson(r.value.upn, me));
  const mine = forMe.find((r) => r.authorship.kind === "own")?.value;
  const byOthers = forMe.find((r) => r.authorship.kind !== "own");
  if (requests.isPending) return <Spinner size="tiny" />;
  return (
    <LeaveRequestForm
      cutoff={getLeaveCutoff(props.start, props.leaveRule, props.timeZone)}
      cutoffWorkingDays={getLeaveCutoffWorkingDays(props.leaveRule.attendance)}
      {...(mine ? { existing: mine } : {})}
      {...(byOthers ? { writtenForMe: { by: getWriterName(byOthers.authorship), reason: byOthers.value.reason } } : {})}
      timeZone={toIanaTimeZone(props.timeZone)}
      viewerTimeZone={viewer.timeZone}
      submit={(reason) => request.mutateAsync(reason)}
    />
  );
}

/** Asking for leave from My meetings, for one upcoming occurrence of one series. */
export function PersonalLeave(props: PersonalLeaveProps) {
  const { t } = useTranslation("app");
  const { graph } = useServices();
  const [isOpen, setIsOpen] = useState(false);
  const workspace = useQuery({ ...workspaceQueryOptions(graph, props.groupId), enabled: isOpen });
  if (!isOpen)
    return (
      <Button
        size="small"
        onClick={() => {
          setIsOpen(true);
        }}
      >
        {t("personalLeave.open")}
      </Button>
    );
  if (workspace.isPending) return <Spinner size="tiny" />;
  if (workspace.isError)
    return <WorkspaceErrorNotice error={workspace.error} onRetry={() => void workspace.refetch()} />;
  return <LeaveForm workspace={workspace.data} props={props} />;
}
