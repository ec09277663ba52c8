import { useState } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { WorkspaceErrorNotice } from "./workspace-error";
import { LeaveSection } from "./leave-section";
import { workspaceQueryOptions } from "@/meeting/api/workspace";
import type { LeaveRuleConfig } from "@/meeting/model/series-config/deadlines";

export interface PersonalLeaveProps {
  seriesId: string;
  occurrenceKey: string;
  start: Date;
  groupId: string;
  leaveRule: LeaveRuleConfig;
  timeZone: string;
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
  return (
    <LeaveSection
      workspace={workspace.data}
      seriesId={props.seriesId}
      occurrenceKey={props.occurrenceKey}
      start={props.start}
      leaveRule={props.leaveRule}
      timeZone={props.timeZone}
    />
  );
}
