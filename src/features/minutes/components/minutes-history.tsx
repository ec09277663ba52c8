// 修改记录: who changed the minutes what and when — the writer as SharePoint names them, the time in
// the viewer's zone, the change read off consecutive versions (docs/domain.md §9). Collapsed until
// asked for, so opening the minutes reads nothing more.
import { Button, Caption1, Spinner, Subtitle2, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import { ErrorNotice } from "@/lib/ui/error-notice";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { useMinutesHistory } from "../api/use-minutes-history";
import type { MinutesChange, MinutesHistoryEntry } from "../model/minutes-changes";
import { formatTime, useMinutesTranslation } from "./minutes-i18n";
import type { MinutesT } from "./minutes-i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  entry: { display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface MinutesHistoryProps {
  workspace: Workspace;
  seriesId: string;
  occurrenceKey: string;
  stored: StoredRecord<MinutesRecord>;
  /** The viewer's time zone: times are shown where they are. */
  timeZone: string;
}

export function MinutesHistory({ workspace, seriesId, occurrenceKey, stored, timeZone }: MinutesHistoryProps) {
  const styles = useStyles();
  const { t } = useMinutesTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const bodyId = useId("minutes-history");
  const history = useMinutesHistory(workspace, seriesId, occurrenceKey, stored, isOpen);
  return (
    <section className={styles.root} aria-label={t("history.title")}>
      <div className={styles.head}>
        <Subtitle2 as="h2">{t("history.title")}</Subtitle2>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={isOpen}
          aria-controls={bodyId}
          onClick={() => {
            setIsOpen((open) => !open);
          }}
        >
          {isOpen ? t("history.hide") : t("history.show")}
        </Button>
      </div>
      <div id={bodyId} hidden={!isOpen}>
        {isOpen && history.isPending && <Spinner size="tiny" labelPosition="after" label={t("history.loading")} />}
        {isOpen && history.isError && <ErrorNotice error={history.error} onRetry={() => void history.refetch()} />}
        {isOpen && history.data !== undefined && (
          <HistoryList entries={history.data.entries} isTrimmed={history.data.isTrimmed} timeZone={timeZone} />
        )}
      </div>
    </section>
  );
}

function HistoryList({
  entries,
  isTrimmed,
  timeZone,
}: {
  entries: readonly MinutesHistoryEntry[];
  isTrimmed: boolean;
  timeZone: string;
}) {
  const styles = useStyles();
  const { t, locale } = useMinutesTranslation();
  if (entries.length === 0) return <Text>{t("history.empty")}</Text>;
  const separator = locale.startsWith("zh") ? "；" : "; ";
  return (
    <>
      <ol className={styles.list} aria-label={t("history.list")}>
        {entries.map((entry) => (
          <li key={entry.id} className={styles.entry}>
            <Text weight="semibold">
              {t("history.entry", {
                time: formatTime(new Date(entry.modifiedAt), locale, timeZone),
                name: entry.modifiedBy?.displayName ?? t("authorship.unknownWriter"),
              })}
            </Text>
            {entry.changes.length > 0 && (
              <Text>{entry.changes.map((change) => describeChange(t, change, locale)).join(separator)}</Text>
            )}
            <Caption1 className={styles.muted}>{t("history.version", { id: entry.id })}</Caption1>
          </li>
        ))}
      </ol>
      {isTrimmed && <Caption1 className={styles.muted}>{t("history.trimmed")}</Caption1>}
    </>
  );
}

export function describeChange(t: MinutesT, change: MinutesChange, locale: string): string {
  switch (change.kind) {
    case "created":
    case "unreadable":
    case "none":
    case "header":
      return t(`history.change.${change.kind}`);
    case "published":
    case "amended":
      return t(`history.change.${change.kind}`, { version: change.version });
    case "attendees":
      return t("history.change.attendees", { added: change.added, removed: change.removed });
    case "attendance":
      return t("history.change.attendance", {
        changes: change.entries
          .map((entry) =>
            t("history.change.attendanceEntry", {
              name: entry.name,
              status: t(`attendance.${entry.status === "unmarked" ? "unmarked" : entry.status}`),
            }),
          )
          .join(locale.startsWith("zh") ? "、" : ", "),
      });
    default:
      return t(`history.change.${change.kind}`, { count: change.count });
  }
}
