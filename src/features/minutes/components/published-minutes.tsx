// The published minutes as every attendee reads them before confirming (docs/domain.md §5): per
// agenda item the notes, each decision with its action items (owner, due date, standard of done),
// and the attendance. Read-only; headings and lists so a screen reader can move through it; it
// wraps down to a 280 px side panel.
import { Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ActionItem, MinutesRecord } from "@/meeting/model/records/minutes-record";
import { formatCardDay } from "@/lib/time/format-card-when";
import { arrangeForReading } from "../model/read-minutes";
import { formatTime, useMinutesTranslation } from "./minutes-i18n";
import type { MinutesT } from "./minutes-i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  notes: { whiteSpace: "pre-wrap", margin: 0 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  action: { display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface PublishedMinutesProps {
  /** The published version (getPublishedMinutes). */
  minutes: MinutesRecord;
  /** The series' time zone: the publication time is shown there. */
  timeZone: string;
}

function ActionLine({ action, t, locale }: { action: ActionItem; t: MinutesT; locale: string }) {
  const styles = useStyles();
  // A due date is a calendar day, written as the posted minutes card writes it (12月8日（周二）).
  const due = formatCardDay(action.due, locale.startsWith("zh") ? "zh-CN" : "en-US");
  return (
    <li className={styles.action}>
      <Text weight="semibold">{action.what}</Text>
      <Caption1>
        {t("read.actionMeta", { owner: action.ownerName || action.owner, due })}
        {action.supervisorName ? ` · ${t("read.supervisor", { name: action.supervisorName })}` : ""}
      </Caption1>
      <Caption1>{t("read.standard", { text: action.standard })}</Caption1>
    </li>
  );
}

export function PublishedMinutes({ minutes, timeZone }: PublishedMinutesProps) {
  const styles = useStyles();
  const { t, locale } = useMinutesTranslation();
  const { items, unplaced } = arrangeForReading(minutes);
  const publishedAt = minutes.published?.at;
  return (
    <article className={styles.root} aria-label={t("read.title", { version: minutes.version })}>
      <div className={styles.section}>
        <Subtitle2 as="h3">{t("read.title", { version: minutes.version })}</Subtitle2>
        {publishedAt && (
          <Caption1 className={styles.muted}>
            {t("read.publishedAt", { time: formatTime(new Date(publishedAt), locale, timeZone) })}
          </Caption1>
        )}
      </div>
      {items.map(({ item, decisions, actions }) => (
        <section key={item.id} className={styles.section} aria-label={item.title}>
          <Text as="h4" weight="semibold">
            {item.title}
          </Text>
          {item.notes.trim() !== "" && (
            <Text as="p" className={styles.notes}>
              {item.notes}
            </Text>
          )}
          {decisions.length === 0 && actions.length === 0 && item.notes.trim() === "" && (
            <Caption1 className={styles.muted}>{t("read.nothing")}</Caption1>
          )}
          {decisions.length > 0 && (
            <ol className={styles.list} aria-label={t("read.decisionsOf", { title: item.title })}>
              {decisions.map(({ decision, actions: decided }) => (
                <li key={decision.id}>
                  <Text>{t("read.decision", { text: decision.text })}</Text>
                  {decided.length === 0 ? (
                    <Caption1 className={styles.muted} block>
                      {t("read.noActions")}
                    </Caption1>
                  ) : (
                    <ul className={styles.list} aria-label={t("read.actionsOf", { text: decision.text })}>
                      {decided.map((action) => (
                        <ActionLine key={action.id} action={action} t={t} locale={locale} />
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
          {actions.length > 0 && (
            <ul className={styles.list} aria-label={t("read.itemActionsOf", { title: item.title })}>
              {actions.map((action) => (
                <ActionLine key={action.id} action={action} t={t} locale={locale} />
              ))}
            </ul>
          )}
        </section>
      ))}
      {unplaced.length > 0 && (
        <section className={styles.section} aria-label={t("read.otherActions")}>
          <Text as="h4" weight="semibold">
            {t("read.otherActions")}
          </Text>
          <ul className={styles.list}>
            {unplaced.map((action) => (
              <ActionLine key={action.id} action={action} t={t} locale={locale} />
            ))}
          </ul>
        </section>
      )}
      <section className={styles.section} aria-label={t("attendance.title")}>
        <Text as="h4" weight="semibold">
          {t("attendance.title")}
        </Text>
        <ul className={styles.list}>
          {minutes.attendees.map((person) => {
            const entry = minutes.attendance[person.upn.toLowerCase()];
            const status = entry
              ? entry.status === "late" && (entry.lateMinutes ?? 0) > 0
                ? t("read.lateBy", { minutes: entry.lateMinutes })
                : t(`attendance.${entry.status}`)
              : t("attendance.unmarked");
            return <li key={person.upn}>{t("read.attendee", { name: person.name, status })}</li>;
          })}
        </ul>
      </section>
    </article>
  );
}
