import {
  Badge,
  Dropdown,
  Field,
  Option,
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
import { Suspense, lazy, useId, useMemo, useState } from "react";
import { useServices } from "@/lib/app-services/services-context";
import { usePersonKeys } from "@/meeting/api/directory/person-keys-context";
import { formatCompletion, formatPercent } from "@/meeting/model/kpi";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { ErrorNotice } from "@/lib/ui/error-notice";
import type { Workspace } from "@/meeting/api/workspace";
import { useSeriesHistory } from "../api/use-follow-up";
import { listHistoryOccurrences, trackActions } from "../model/history";
import type { HistoryOccurrence } from "../model/history";
import { buildDepartmentResolver, buildKpiTrends, measureMeetingHealth, rollUpActions } from "../model/rollups";
import type { ActionRollupRow, KpiTrend, MeetingHealth } from "../model/rollups";
import { formatInstant, lookUpName, useFollowUpTranslation } from "./follow-up-i18n";
import type { FollowUpT } from "./follow-up-i18n";
import { ShowMore, usePagedItems } from "./show-more";

// NOTE: import() keeps @fluentui/react-charts out of the start-up bundle; it loads with the first chart.
const KpiTrendChart = lazy(() => import("./kpi-trend-chart"));

export interface SeriesRollupsProps {
  workspace: Workspace;
  config: SeriesConfig;
  seriesId: string;
  occurrences: HistoryOccurrence[];
  /** userPrincipalName (either case) → display name. */
  names: Record<string, string>;
  /** userPrincipalName → department, when the app knows it (e.g. the user's Entra ID department). */
  departments?: Record<string, string>;
  timeZone?: string;
}

// Rows per occurrence grow with the series' age: a page of them at a time, newest first.
const pageSize = 12;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  scroll: { overflowX: "auto" },
  paged: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

/** Public entry: action items by owner and department, KPI trends and meeting health for the series. */
export function SeriesRollups({
  workspace,
  config,
  seriesId,
  occurrences,
  names,
  departments,
  timeZone,
}: SeriesRollupsProps) {
  const { t, lang } = useFollowUpTranslation();
  const styles = useStyles();
  const { viewer } = useServices();
  const zone = timeZone ?? viewer.timeZone;
  const history = useSeriesHistory(workspace, { seriesId, planId: config.workspace.planId });
  const headingId = useId();
  const keyOf = usePersonKeys();

  const figures = useMemo(() => {
    if (!history.data) return undefined;
    // The organizer's naming (setup) first, then what the caller knows.
    const departmentOf = buildDepartmentResolver(config, lang, { ...departments, ...config.departments }, names);
    const actions = trackActions(history.data.actions, history.data.tasks, new Date(), zone, history.data.directory);
    const noDepartment = t("rollups.noDepartment");
    const all = listHistoryOccurrences(occurrences, history.data);
    return {
      byOwner: rollUpActions(actions, (a) => ({
        key: keyOf(a.owner),
        label: a.ownerName || lookUpName(names, a.owner),
      })),
      byDepartment: rollUpActions(actions, (a) => {
        const department = departmentOf(keyOf(a.owner)) ?? noDepartment;
        return { key: department, label: department };
      }),
      trends: buildKpiTrends(
        history.data.reports,
        all,
        (r) => departmentOf(keyOf(r.author)) ?? lookUpName(names, r.author),
      ),
      health: measureMeetingHealth({
        occurrences: all,
        minutes: history.data.minutes,
        reports: history.data.reports,
        config,
        timeZone: zone,
        now: new Date(),
      }),
    };
  }, [history.data, config, lang, departments, names, occurrences, zone, t, keyOf]);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold">
        {t("rollups.title")}
      </Text>
      {history.isPending && <Spinner size="small" label={t("common:loading")} />}
      {history.isError && <ErrorNotice error={history.error} onRetry={() => void history.refetch()} />}
      {figures && (
        <>
          <RollupTable title={t("rollups.byOwner")} rows={figures.byOwner} t={t} locale={viewer.locale} />
          <RollupTable title={t("rollups.byDepartment")} rows={figures.byDepartment} t={t} locale={viewer.locale} />
          <KpiTrends trends={figures.trends} t={t} locale={viewer.locale} timeZone={zone} />
          <HealthTable health={figures.health} t={t} locale={viewer.locale} timeZone={zone} />
        </>
      )}
    </section>
  );
}

function RollupTable({
  title,
  rows,
  t,
  locale,
}: {
  title: string;
  rows: ActionRollupRow[];
  t: FollowUpT;
  locale: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Text as="h3" weight="semibold">
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text block>{t("rollups.noActions")}</Text>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("rollups.columns.name")}</TableHeaderCell>
              <TableHeaderCell>{t("rollups.columns.total")}</TableHeaderCell>
              <TableHeaderCell>{t("rollups.columns.open")}</TableHeaderCell>
              <TableHeaderCell>{t("rollups.columns.overdue")}</TableHeaderCell>
              <TableHeaderCell>{t("rollups.columns.done")}</TableHeaderCell>
              <TableHeaderCell>{t("rollups.columns.onTime")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell>{row.label}</TableCell>
                <TableCell>{row.total}</TableCell>
                <TableCell>{row.open}</TableCell>
                <TableCell>
                  {row.overdue > 0 ? (
                    <Badge appearance="tint" color="danger">
                      {row.overdue}
                    </Badge>
                  ) : (
                    0
                  )}
                </TableCell>
                <TableCell>{row.done}</TableCell>
                <TableCell>{formatPercent(row.onTimeRate, locale)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}

function KpiTrends({
  trends,
  t,
  locale,
  timeZone,
}: {
  trends: KpiTrend[];
  t: FollowUpT;
  locale: string;
  timeZone: string;
}) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const trend = trends.find((tr) => tr.key === chosen) ?? trends[0];
  const newestFirst = useMemo(() => (trend === undefined ? [] : [...trend.points].reverse()), [trend]);
  const paged = usePagedItems(newestFirst, pageSize);
  // The chart draws the meetings the table lists, so "show more" widens both and neither grows
  // with the series' age on its own.
  const charted = useMemo(
    () => (trend === undefined ? undefined : { ...trend, points: [...paged.shown].reverse() }),
    [trend, paged.shown],
  );
  const label = (tr: KpiTrend) => `${tr.department} · ${tr.metric}${tr.unit === "" ? "" : `（${tr.unit}）`}`;
  return (
    <div className={styles.root}>
      <Text as="h3" weight="semibold">
        {t("rollups.kpiTitle")}
      </Text>
      {trend === undefined ? (
        <Text>{t("rollups.kpiEmpty")}</Text>
      ) : (
        <>
          <Field label={t("rollups.kpiColumns.metric")}>
            <Dropdown
              value={label(trend)}
              selectedOptions={[trend.key]}
              onOptionSelect={(_e, d) => {
                setChosen(d.optionValue);
              }}
            >
              {trends.map((tr) => (
                <Option key={tr.key} value={tr.key}>
                  {label(tr)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Suspense fallback={<Spinner size="small" label={t("rollups.chartLoading")} />}>
            <KpiTrendChart
              trend={charted ?? trend}
              title={t("rollups.kpiChartLabel", { department: trend.department, metric: trend.metric })}
              locale={locale}
              timeZone={timeZone}
            />
          </Suspense>
          <div className={styles.paged}>
            <div className={styles.scroll}>
              <Table
                size="small"
                aria-label={t("rollups.kpiChartLabel", { department: trend.department, metric: trend.metric })}
              >
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t("rollups.kpiColumns.date")}</TableHeaderCell>
                    <TableHeaderCell>{t("rollups.kpiColumns.target")}</TableHeaderCell>
                    <TableHeaderCell>{t("rollups.kpiColumns.actual")}</TableHeaderCell>
                    <TableHeaderCell>{t("rollups.kpiColumns.completion")}</TableHeaderCell>
                    <TableHeaderCell>{t("rollups.kpiColumns.yoy")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {paged.shown.map((p) => (
                    <TableRow key={p.occurrenceKey}>
                      <TableCell>{formatInstant(p.date, locale, timeZone)}</TableCell>
                      <TableCell>{p.target ?? "—"}</TableCell>
                      <TableCell>{p.actual ?? "—"}</TableCell>
                      <TableCell>
                        {formatCompletion(p, locale, (gap) => t("rollups.kpiColumns.vsZeroTarget", { gap }))}
                      </TableCell>
                      <TableCell>{formatPercent(p.yearOnYear, locale, { signed: true })}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            <ShowMore paged={paged} pageSize={pageSize} />
          </div>
        </>
      )}
    </div>
  );
}

function HealthTable({
  health,
  t,
  locale,
  timeZone,
}: {
  health: MeetingHealth[];
  t: FollowUpT;
  locale: string;
  timeZone: string;
}) {
  const styles = useStyles();
  const newestFirst = useMemo(() => [...health].reverse(), [health]);
  const paged = usePagedItems(newestFirst, pageSize);
  return (
    <div className={styles.paged}>
      <Text as="h3" weight="semibold">
        {t("rollups.health")}
      </Text>
      {health.length === 0 ? (
        <Text block>{t("rollups.healthEmpty")}</Text>
      ) : (
        <>
          <div className={styles.scroll}>
            <Table size="small" aria-label={t("rollups.health")}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("rollups.healthColumns.date")}</TableHeaderCell>
                  <TableHeaderCell>{t("rollups.healthColumns.length")}</TableHeaderCell>
                  <TableHeaderCell>{t("rollups.healthColumns.decided")}</TableHeaderCell>
                  <TableHeaderCell>{t("rollups.healthColumns.complete")}</TableHeaderCell>
                  <TableHeaderCell>{t("rollups.healthColumns.reports")}</TableHeaderCell>
                  <TableHeaderCell>{t("rollups.healthColumns.attendance")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {paged.shown.map((h) => (
                  <TableRow key={h.occurrenceKey}>
                    <TableCell>{formatInstant(h.date, locale, timeZone)}</TableCell>
                    <TableCell>
                      {h.lengthMinutes === undefined
                        ? "—"
                        : t("rollups.lengthValue", { length: h.lengthMinutes, cap: h.capMinutes })}
                      {h.isOverCap === true && (
                        <>
                          {" "}
                          <Badge appearance="tint" color="danger">
                            {t("rollups.overCap")}
                          </Badge>
                        </>
                      )}
                    </TableCell>
                    <TableCell>{formatPercent(h.decidedItemsRate, locale)}</TableCell>
                    <TableCell>{formatPercent(h.completeDecisionsRate, locale)}</TableCell>
                    <TableCell>{`${t("rollups.reportsValue", { onTime: h.reportsOnTime, expected: h.reportsExpected })} (${formatPercent(h.reportsOnTimeRate, locale)})`}</TableCell>
                    <TableCell>{formatPercent(h.attendanceRate, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <ShowMore paged={paged} pageSize={pageSize} />
        </>
      )}
    </div>
  );
}
