import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { isMinutesLockedError } from "../api/minutes-store";
import { formatTime, useMinutesTranslation } from "./minutes-i18n";
import type { WorkingMinutes } from "./use-working-minutes";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  line: { color: tokens.colorNeutralForeground3 },
});

export interface SaveStatusProps {
  working: WorkingMinutes;
  timeZone: string;
  onSaveNow: () => void;
}

/** Whether what was typed is in the workspace yet — and, loudly, when it is not. */
export function SaveStatus({ working, timeZone, onSaveNow }: SaveStatusProps) {
  const styles = useStyles();
  const { t, locale } = useMinutesTranslation();
  const { saveState } = working;
  if (saveState.phase === "failed") {
    if (isMinutesLockedError(saveState.error)) {
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("save.locked")}</MessageBarBody>
        </MessageBar>
      );
    }
    return <ErrorNotice error={saveState.error} message={t("save.failed")} onRetry={onSaveNow} />;
  }
  const text =
    saveState.phase === "saving"
      ? t("save.saving")
      : working.isDirty
        ? t("save.pending")
        : saveState.savedAt
          ? t("save.saved", { time: formatTime(saveState.savedAt, locale, timeZone) })
          : t("save.upToDate");
  return (
    <div className={styles.root}>
      <Caption1 role="status" className={styles.line}>
        {text}
      </Caption1>
      {working.isDirty && saveState.phase !== "saving" && (
        <Button size="small" appearance="subtle" onClick={onSaveNow}>
          {t("save.now")}
        </Button>
      )}
      {!working.isDraftPersistent && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("save.localDraftWarning")}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
