import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { AppointmentProblemKind } from "../model/appointment-problem";

export interface AppointmentProblemNoticeProps {
  problem: AppointmentProblemKind;
  /** Shown as Try again for the problems the user can fix from Outlook. */
  onRetry?: () => void;
}

const fixableInOutlook = new Set<AppointmentProblemKind>(["notSaved", "notTeamsMeeting", "notFound"]);

/** Why this appointment can't be opened as a Meetloop meeting, and what to do about it. */
export function AppointmentProblemNotice({ problem, onRetry }: AppointmentProblemNoticeProps) {
  const { t } = useTranslation("appointment");
  const canRetry = onRetry !== undefined && fixableInOutlook.has(problem);
  return (
    <MessageBar intent={problem === "private" ? "info" : "warning"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(`problems.${problem}.title`)}</MessageBarTitle>
        <p>{t(`problems.${problem}.body`)}</p>
        <p>{t(`problems.${problem}.action`)}</p>
      </MessageBarBody>
      {canRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{t("retry")}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

/** Any other failure: shown with its message, never swallowed. */
export function AppointmentErrorNotice({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation("appointment");
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("failed.title")}</MessageBarTitle>
        <p>{t("failed.body", { message: error instanceof Error ? error.message : String(error) })}</p>
        <p>{t("failed.action")}</p>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t("retry")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
