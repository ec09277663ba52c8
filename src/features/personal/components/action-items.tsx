import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { useTaskDescription } from "../api/use-my-meetings";
import { formatDueDate } from "@/lib/time/format-when";
import { readTaskDescription } from "@/meeting/model/planner/task-description";
import { computeTaskStatus } from "../model/task-status";
import type { MyTask } from "../model/types";
import type { TaskProgress } from "@/meeting/model/planner/planner-task";
import { useSectionStyles } from "./section-styles";

/** What happened to the last progress change of a task, for the message under it. */
export type TaskFeedback = { kind: "conflict" } | { kind: "gone" } | { kind: "failed"; detail: string };

export interface ActionItemsProps {
  tasks: readonly MyTask[];
  now: Date;
  viewer: { locale: string; timeZone: string };
  onSetProgress: (task: MyTask, progress: TaskProgress) => void;
  pendingTaskIds: ReadonlySet<string>;
  feedback: Readonly<Record<string, TaskFeedback>>;
}

const progressOrder: TaskProgress[] = ["notStarted", "inProgress", "done"];
const markKeys: Record<TaskProgress, string> = {
  notStarted: "actions.markNotStarted",
  inProgress: "actions.markInProgress",
  done: "actions.markDone",
};
const progressColors: Record<TaskProgress, BadgeProps["color"]> = {
  notStarted: "subtle",
  inProgress: "informative",
  done: "success",
};

const useStyles = makeStyles({
  standard: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, flexBasis: "100%" },
  description: { whiteSpace: "pre-wrap", color: tokens.colorNeutralForeground2 },
  feedback: { flexBasis: "100%" },
});

export function ActionItems({ tasks, now, viewer, onSetProgress, pendingTaskIds, feedback }: ActionItemsProps) {
  const { t } = useTranslation("personal");
  const styles = useSectionStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t("actions.heading")}
      </Subtitle2>
      {tasks.length === 0 ? (
        <Body1>{t("actions.empty")}</Body1>
      ) : (
        <ul className={styles.list}>
          {tasks.map((task) => (
            <TaskRow
              key={task.id}
              task={task}
              now={now}
              viewer={viewer}
              onSetProgress={onSetProgress}
              isSaving={pendingTaskIds.has(task.id)}
              {...(feedback[task.id] ? { feedback: feedback[task.id] } : {})}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function TaskRow({
  task,
  now,
  viewer,
  onSetProgress,
  isSaving,
  feedback,
}: {
  task: MyTask;
  now: Date;
  viewer: ActionItemsProps["viewer"];
  onSetProgress: ActionItemsProps["onSetProgress"];
  isSaving: boolean;
  feedback?: TaskFeedback;
}) {
  const { t } = useTranslation("personal");
  const sectionStyles = useSectionStyles();
  const styles = useStyles();
  const [isStandardOpen, setStandardOpen] = useState(false);
  const standardId = useId();
  const status = computeTaskStatus(task, now, viewer.timeZone);
  const seriesNames = task.series.map((s) => s.title).join(" / ");
  return (
    <li className={sectionStyles.row}>
      <div className={sectionStyles.main}>
        <Text weight="semibold">{task.title}</Text>
        <Caption1 className={sectionStyles.meta}>
          {t("actions.from", { series: seriesNames })} ·{" "}
          {task.dueDateTime === undefined
            ? t("actions.noDue")
            : t("actions.due", { date: formatDueDate(task.dueDateTime, viewer) })}
        </Caption1>
      </div>
      <div className={sectionStyles.badges}>
        <Badge appearance="filled" color={progressColors[status.progress]}>
          {t(`actions.${status.progress}`)}
        </Badge>
        {status.overdueDays > 0 && (
          <Badge appearance="filled" color="danger">
            {t("actions.overdue", { count: status.overdueDays })}
          </Badge>
        )}
      </div>
      <div className={sectionStyles.actions}>
        {progressOrder
          .filter((progress) => progress !== status.progress)
          .map((progress) => (
            <Button
              key={progress}
              size="small"
              appearance={progress === "done" ? "primary" : "secondary"}
              disabled={isSaving}
              aria-label={t("actions.markFor", { action: t(markKeys[progress]), title: task.title })}
              onClick={() => {
                onSetProgress(task, progress);
              }}
            >
              {t(markKeys[progress])}
            </Button>
          ))}
        {isSaving && <Spinner size="extra-tiny" label={t("actions.saving")} />}
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={isStandardOpen}
          aria-controls={standardId}
          onClick={() => {
            setStandardOpen((open) => !open);
          }}
        >
          {t(isStandardOpen ? "actions.hideStandard" : "actions.showStandard")}
        </Button>
      </div>
      {feedback && (
        <div className={styles.feedback} aria-live="polite">
          <MessageBar intent={feedback.kind === "failed" ? "error" : "warning"}>
            <MessageBarBody>
              {feedback.kind === "failed"
                ? t("actions.failed", { detail: feedback.detail })
                : t(`actions.${feedback.kind}`)}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      <div id={standardId} className={styles.standard} hidden={!isStandardOpen}>
        {isStandardOpen && <TaskStandard taskId={task.id} />}
      </div>
    </li>
  );
}

/** The standard of done, read from the task's details only when asked for (one GET per task). */
function TaskStandard({ taskId }: { taskId: string }) {
  const { t } = useTranslation("personal");
  const styles = useStyles();
  const query = useTaskDescription(taskId, true);
  if (query.isPending) return <Spinner size="tiny" label={t("common:loading")} />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  const { standard } = readTaskDescription(query.data);
  const description = query.data.trim();
  return (
    <>
      <Text weight="semibold">{t("actions.standard")}</Text>
      <Body1>{standard ?? t("actions.noStandard")}</Body1>
      {description !== "" && (
        <>
          <Caption1>{t("actions.description")}</Caption1>
          <Text className={styles.description}>{description}</Text>
        </>
      )}
    </>
  );
}
