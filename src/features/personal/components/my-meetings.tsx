import { Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { toAppError } from "@/lib/graph";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { defaultWindowDays } from "../api/load-my-meetings";
import { TaskChangedError } from "../api/task-progress";
import { useMyMeetings, useUpdateTaskProgress } from "../api/use-my-meetings";
import type { MyTask } from "../model/types";
import type { TaskProgress } from "@/meeting/model/planner/planner-task";
import type { TaskFeedback } from "./action-items";
import { MyMeetingsView } from "./my-meetings-view";
import type { MeetingView, OccurrenceRef } from "./view-props";

export interface MyMeetingsProps {
  /** Deep link to a meeting's tab at a view; src/app builds it (app id, host, demo or Teams). */
  buildMeetingLink: (seriesId: string, view: MeetingView, occurrenceKey: string) => string;
  /** A slot per upcoming occurrence, e.g. the minutes feature's leave request. */
  renderOccurrenceActions?: (occurrence: OccurrenceRef) => ReactNode;
}

/** "My meetings" (我的例会): the personal tab in Teams, Outlook and the Microsoft 365 app. */
export function MyMeetings({ buildMeetingLink, renderOccurrenceActions }: MyMeetingsProps) {
  const { t } = useTranslation("personal");
  const { host, viewer } = useServices();
  const query = useMyMeetings();
  const mutation = useUpdateTaskProgress();
  const [pendingTaskIds, setPendingTaskIds] = useState<ReadonlySet<string>>(new Set());
  const [feedback, setFeedback] = useState<Readonly<Record<string, TaskFeedback>>>({});
  const [linkError, setLinkError] = useState<unknown>(undefined);

  if (query.isPending) return <Spinner label={t("common:loading")} />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;

  const setTaskFeedback = (taskId: string, next: TaskFeedback | undefined): void => {
    setFeedback((current) => {
      const rest = Object.fromEntries(Object.entries(current).filter(([id]) => id !== taskId));
      return next === undefined ? rest : { ...rest, [taskId]: next };
    });
  };
  const setPending = (taskId: string, isPending: boolean): void => {
    setPendingTaskIds((current) => {
      const next = new Set(current);
      if (isPending) next.add(taskId);
      else next.delete(taskId);
      return next;
    });
  };
  const setProgress = (task: MyTask, progress: TaskProgress): void => {
    setTaskFeedback(task.id, undefined);
    setPending(task.id, true);
    mutation.mutate(
      { task, progress },
      {
        onError: (error) => {
          if (error instanceof TaskChangedError) {
            setTaskFeedback(task.id, { kind: error.latest === undefined ? "gone" : "conflict" });
            return;
          }
          const appError = toAppError(error);
          setTaskFeedback(task.id, {
            kind: "failed",
            detail: t(`common:errors.${appError.kind}`, { detail: appError.message }),
          });
        },
        onSettled: () => {
          setPending(task.id, false);
        },
      },
    );
  };
  const openLink = host.openLink?.bind(host);
  const onOpenLink =
    openLink === undefined
      ? undefined
      : (url: string): void => {
          setLinkError(undefined);
          openLink(url).catch((error: unknown) => {
            setLinkError(error);
          });
        };

  return (
    <>
      {linkError !== undefined && <ErrorNotice error={linkError} />}
      <MyMeetingsView
        data={query.data}
        now={new Date()}
        windowDays={defaultWindowDays}
        viewer={viewer}
        buildMeetingLink={buildMeetingLink}
        {...(onOpenLink ? { onOpenLink } : {})}
        {...(renderOccurrenceActions ? { renderOccurrenceActions } : {})}
        onSetProgress={setProgress}
        pendingTaskIds={pendingTaskIds}
        feedback={feedback}
      />
    </>
  );
}
