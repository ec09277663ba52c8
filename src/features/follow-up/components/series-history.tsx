import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useDeferredValue, useId, useMemo, useState } from "react";
import { useServices } from "@/lib/app-services/services-context";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { ErrorNotice } from "@/lib/ui/error-notice";
import type { Workspace } from "@/meeting/api/workspace";
import { useSeriesHistory } from "../api/use-follow-up";
import { buildDecisionRegister, buildDigests, searchHistory, trackActions } from "../model/history";
import type { DecisionEntry, HistoryOccurrence, OccurrenceDigest } from "../model/history";
import { formatDay, formatInstant, lookUpName, useFollowUpTranslation } from "./follow-up-i18n";
import { OwnerStandingBadges, describeOwners } from "./task-owners";
import { StatusBadge } from "./status-badge";

export interface SeriesHistoryProps {
  workspace: Workspace;
  config: SeriesConfig;
  seriesId: string;
  occurrences: HistoryOccurrence[];
  names: Record<string, string>;
  timeZone?: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  meta: { color: tokens.colorNeutralForeground2 },
  header: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Public entry: every past occurrence of the series, a search over its decisions and action items, and its decision register. */
export function SeriesHistory({ workspace, config, seriesId, occurrences, names, timeZone }: SeriesHistoryProps) {
  const { t } = useFollowUpTranslation();
  const styles = useStyles();
  const { viewer } = useServices();
  const zone = timeZone ?? viewer.timeZone;
  const history = useSeriesHistory(workspace, { seriesId, planId: config.workspace.planId });
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const headingId = useId();

  const view = useMemo(() => {
    if (!history.data) return undefined;
    const now = new Date();
    const actions = trackActions(history.data.actions, history.data.tasks, now, zone, history.data.directory);
    const starts = new Map(occurrences.map((o) => [o.key, o.start]));
    const register = buildDecisionRegister(history.data.minutes, actions, starts);
    const digests = buildDigests(occurrences, history.data, register, now);
    return { actions, register, digests };
  }, [history.data, occurrences, zone]);

  const hits = useMemo(
    () => (view && deferredQuery.trim() !== "" ? searchHistory(deferredQuery, view.register, view.actions) : undefined),
    [view, deferredQuery],
  );
  const dateOf = (key: string) => {
    const start = occurrences.find((o) => o.key === key)?.start ?? new Date(key);
    return Number.isNaN(start.getTime()) ? key : formatInstant(start, viewer.locale, zone);
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold">
        {t("history.title")}
      </Text>
      {history.isPending && <Spinner size="small" label={t("common:loading")} />}
      {history.isError && <ErrorNotice error={history.error} onRetry={() => void history.refetch()} />}
      {view && history.data && (
        <>
          {history.data.unreadable.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{t("review.unreadable", { count: history.data.unreadable.length })}</MessageBarBody>
            </MessageBar>
          )}
          <Field label={t("history.searchLabel")}>
            <SearchBox
              value={query}
              placeholder={t("history.searchPlaceholder")}
              // Fluent's own name for the clear button is the English "clear".
              dismiss={{ "aria-label": t("history.clearSearch") }}
              onChange={(_e, d) => {
                setQuery(d.value);
              }}
            />
          </Field>
          {hits && (
            <div className={styles.block} role="region" aria-label={t("history.searchResults")}>
              {hits.length === 0 ? (
                <Text>{t("history.noResults", { query: deferredQuery.trim() })}</Text>
              ) : (
                <ul className={styles.list}>
                  {hits.map((hit) => (
                    <li
                      key={`${hit.kind}|${hit.occurrenceKey}|${hit.kind === "decision" ? hit.decisionId : hit.actionId}`}
                    >
                      <Text
                        className={styles.meta}
                      >{`${dateOf(hit.occurrenceKey)} · ${t(hit.kind === "decision" ? "history.decisionHit" : "history.actionHit")} · `}</Text>
                      <Text>{hit.text}</Text>
                      {hit.kind === "action" && (
                        <>
                          <Text className={styles.meta}>{` · ${hit.ownerName} `}</Text>
                          <StatusBadge status={hit.status} />
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <Text as="h3" weight="semibold">
            {t("history.occurrences")}
          </Text>
          {view.digests.length === 0 ? (
            <Text>{t("history.empty")}</Text>
          ) : (
            <Accordion collapsible>
              {view.digests.map((digest) => (
                <AccordionItem key={digest.occurrence.key} value={digest.occurrence.key}>
                  <AccordionHeader>
                    <span className={styles.header}>
                      <Text weight="semibold">{formatInstant(digest.occurrence.start, viewer.locale, zone)}</Text>
                      {digest.occurrence.status === "cancelled" && (
                        <Badge appearance="tint" color="subtle">
                          {t("history.cancelled")}
                        </Badge>
                      )}
                      {digest.minutes !== undefined && (
                        <Badge appearance="tint" color={digest.minutes.status === "published" ? "success" : "warning"}>
                          {t(
                            digest.minutes.status === "published" ? "history.minutesPublished" : "history.minutesDraft",
                          )}
                        </Badge>
                      )}
                      {digest.decisions.length > 0 && (
                        <Text className={styles.meta}>{`${t("history.decisions")} ${digest.decisions.length}`}</Text>
                      )}
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <OccurrenceDetail digest={digest} names={names} />
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          )}
          <DecisionRegister register={view.register} dateOf={dateOf} />
        </>
      )}
    </section>
  );
}

function OccurrenceDetail({ digest, names }: { digest: OccurrenceDigest; names: Record<string, string> }) {
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

function DecisionActions({ decision }: { decision: DecisionEntry }) {
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

function DecisionRegister({ register, dateOf }: { register: DecisionEntry[]; dateOf: (key: string) => string }) {
  const { t } = useFollowUpTranslation();
  return (
    <>
      <Text as="h3" weight="semibold">
        {t("history.register")}
      </Text>
      {register.length === 0 ? (
        <Text>{t("history.registerEmpty")}</Text>
      ) : (
        <Table size="small" aria-label={t("history.register")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("history.columns.date")}</TableHeaderCell>
              <TableHeaderCell>{t("history.columns.item")}</TableHeaderCell>
              <TableHeaderCell>{t("history.columns.decision")}</TableHeaderCell>
              <TableHeaderCell>{t("history.columns.actions")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {register.map((d) => (
              <TableRow key={`${d.occurrenceKey}|${d.decisionId}`}>
                <TableCell>{dateOf(d.occurrenceKey)}</TableCell>
                <TableCell>{d.itemTitle}</TableCell>
                <TableCell>{d.text}</TableCell>
                <TableCell>
                  <DecisionActions decision={d} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
