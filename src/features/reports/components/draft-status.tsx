import { Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { DraftStoreError } from "@/lib/drafts";
import { formatRecent } from "../model/format-time";
import type { Clock } from "../model/format-time";
import { useReportsTranslation } from "./report-i18n";

const useStyles = makeStyles({
  line: { color: tokens.colorNeutralForeground3 },
});

export interface DraftStatusProps {
  status: "loading" | "ready";
  savedAt: Date | undefined;
  isPersistent: boolean;
  error: DraftStoreError | undefined;
  clock: Clock;
  now: Date;
}

/** Tells the speaker their typing is safe — or, loudly, that it is not. */
export function DraftStatus({ status, savedAt, isPersistent, error, clock, now }: DraftStatusProps) {
  const styles = useStyles();
  const { t } = useReportsTranslation();
  if (!isPersistent) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t("draft.notPersistent")}</MessageBarBody>
      </MessageBar>
    );
  }
  if (error) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t("draft.saveFailed", { detail: error.message })}</MessageBarBody>
      </MessageBar>
    );
  }
  const text =
    status === "loading"
      ? t("draft.loading")
      : savedAt
        ? t("draft.saved", { time: formatRecent(savedAt, clock, now) })
        : t("draft.notYetSaved");
  return (
    <Caption1 role="status" className={styles.line}>
      {text}
    </Caption1>
  );
}
