import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useServices } from "@/lib/app-services/services-context";
import type { DecisionEntry, OccurrenceDigest } from "../model/history";
import { formatDay, lookUpName, useFollowUpTranslation } from "./follow-up-i18n";
import { OwnerStandingBadges, describeOwners } from "./task-owners";
import { StatusBadge } from "./status-badge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** What the workspace holds for one past occurrence: agenda, reports, minutes, decisions, attendance. */
export function OccurrenceDetail({ digest, names }: { digest: OccurrenceDigest; names: Record<string, string> }) {
  const { t, lang } = useFollowUpTranslation();
  const styles = useStyles();
  const { agenda, reports, minutes, attendance } = digest;
  return (
    <div className={styles.root}>
      <div className={styles.block}>
        <Text as="h4" weight="semibold">
          {t("history.agenda")}
        </Text>
        {agenda?.items === undefined || agenda.items.length === 0 ? (
          <Text className={styles.meta}>{t("history.noAgenda")}</Text>
        ) : (
          <ol className={styles.list}>
            {agenda.items.map((item) => (
              <li key={item.id}>
                <Text>{item.title[lang]}</Text>
                {item.minutes !== undefined && (
                  <Text className={styles.meta}>{` · ${t("history.itemMinutes", { minutes: item.minutes })}`}</Text>
                )}
                {item.speaker !== undefined && (
                  <Text className={styles.meta}>{` · ${lookUpName(names, item.speaker)}`}</Text>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className={styles.block}>
        <Text as="h4" weight="semibold">
          {t("history.reports")}
        </Text>
        {reports.length === 0 ? (
          <Text className={styles.meta}>{t("history.noReports")}</Text>
        ) : (
          <ul className={styles.list}>
            {reports.map((report) => (
              <li key={`${report.sectionId}|${report.author}`}>
                <Text weight="semibold">{lookUpName(names, report.author)}</Text>
                {report.fields?.review !== undefined && <Text>{` — ${report.fields.review}`}</Text>}
                {(report.fields?.kpis ?? []).map((k) => (
                  <Text
                    key={k.metric}
                    className={styles.meta}
                    block
                  >{`${k.metric}: ${k.actual ?? "—"} / ${k.target ?? "—"} ${k.unit ?? ""}`}</Text>
                ))}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.block}>
        <Text as="h4" weight="semibold">
          {t("history.minutes")}
        </Text>
        {minutes?.items === undefined || minutes.items.length === 0 ? (
          <Text className={styles.meta}>{t("history.noMinutes")}</Text>
        ) : (
          <ul className={styles.list}>
            {minutes.items.map((item) => (
              <li key={item.id}>
                <Text weight="semibold">{item.title}</Text>
                {item.notes !== undefined && item.notes !== "" && <Text block>{item.notes}</Text>}
                {(item.decisions ?? []).map((d) => (
                  <Text key={d.id} block>{`${t("history.decisions")}: ${d.text}`}</Text>
                ))}
              </li>
            ))}
          </ul>
        )}
      </div>
      {digest.decisions.length > 0 && (
        <div className={styles.block}>
          <Text as="h4" weight="semibold">
            {t("history.decisions")}
          </Text>
          <ul className={styles.list}>
            {digest.decisions.map((d) => (
              <li key={d.decisionId}>
                <Text>{d.text}</Text>
                <DecisionActions decision={d} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.block}>
        <Text as="h4" weight="semibold">
          {t("history.attendance")}
        </Text>
        <Text>{attendance === undefined ? "—" : t("history.attendanceSummary", { ...attendance })}</Text>
      </div>
    </div>
  );
}

export function DecisionActions({ decision }: { decision: DecisionEntry }) {
  const { t } = useFollowUpTranslation();
  const { viewer } = useServices();
  const styles = useStyles();
  if (decision.actions.length === 0)
    return (
      <Text className={styles.meta} block>
        {t("history.noActions")}
      </Text>
    );
  return (
    <ul className={styles.list}>
      {decision.actions.map((a) => (
        <li key={a.actionId}>
          <Text>{`${a.what} · ${describeOwners(t, a.ownership)}${a.due === undefined ? "" : ` · ${formatDay(a.due, viewer.locale)}`} `}</Text>
          <StatusBadge status={a.status} />
          <OwnerStandingBadges ownership={a.ownership} />
        </li>
      ))}
    </ul>
  );
}
