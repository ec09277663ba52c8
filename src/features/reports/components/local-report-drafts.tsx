// What a speaker typed stays in view when Microsoft 365 cannot be reached before the series has
// loaded: their unsent report drafts from this browser, read-only, with a way to try again. Nothing
// is submitted from here: the form needs the series and the workspace, which come back with Graph.
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useServices } from "@/lib/app-services/services-context";
import { formatDay } from "@/lib/time/format-when";
import { useMyPersonKey } from "@/meeting/api/directory/my-identity";
import { useLocalReportDrafts } from "../api/use-local-report-drafts";
import { listFilledFieldIds } from "../model/report";
import { useReportsTranslation } from "./report-i18n";
import { ReportView } from "./report-view";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  draft: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface LocalReportDraftsProps {
  seriesId: string;
  /** Asks Graph again for what failed. */
  onRetry: () => void;
}

/** Renders nothing when this browser holds no unsent report draft for the series. */
export function LocalReportDrafts({ seriesId, onRetry }: LocalReportDraftsProps) {
  const styles = useStyles();
  const { t } = useReportsTranslation();
  const { viewer } = useServices();
  const me = useMyPersonKey();
  const drafts = useLocalReportDrafts(seriesId, me);
  if (!drafts.data || drafts.data.length === 0) return null;
  return (
    <section className={styles.root} aria-label={t("offline.label")}>
      <MessageBar intent="warning">
        <MessageBarBody>{t("offline.notice")}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{t("offline.retry")}</Button>
        </MessageBarActions>
      </MessageBar>
      {drafts.data.map((draft) => {
        const start = new Date(draft.occurrenceKey);
        const date = Number.isNaN(start.getTime()) ? draft.occurrenceKey : formatDay(start, viewer);
        return (
          <article key={draft.key} className={styles.draft} aria-label={t("offline.meeting", { date })}>
            <Subtitle2 as="h2">{t("offline.meeting", { date })}</Subtitle2>
            <Caption1 className={styles.muted}>
              {t("offline.savedAt", { time: formatDay(draft.updatedAt, viewer) })}
            </Caption1>
            <ReportView fields={draft.fields} fieldIds={listFilledFieldIds(draft.fields)} />
          </article>
        );
      })}
    </section>
  );
}
