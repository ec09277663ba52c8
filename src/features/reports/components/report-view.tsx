import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { reportFields } from "@/meeting/model/templates/report-fields";
import type { ReportFieldId } from "@/meeting/model/templates/types";
import { formatCompletion, formatPercent, computeKpiPercents } from "@/meeting/model/kpi";
import { hasFieldContent, orderFieldIds, toSubmittedFields } from "../model/report";
import type { KpiRow, ReportFields } from "@/meeting/model/records/report-record";
import { KpiCardLabel, useKpiTableStyles } from "./kpi-table-field";
import { useReportsTranslation } from "./report-i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
  // What people typed is shown as typed: line breaks kept, nothing rendered as markup.
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground3 },
});

function KpiTableView({ rows, label }: { rows: KpiRow[]; label: string }) {
  const styles = useKpiTableStyles();
  const { t, language } = useReportsTranslation();
  return (
    <div className={styles.container}>
      <Table size="extra-small" aria-label={label} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("columns.metric")}</TableHeaderCell>
            <TableHeaderCell>{t("columns.unit")}</TableHeaderCell>
            <TableHeaderCell>{t("columns.kpiTarget")}</TableHeaderCell>
            <TableHeaderCell>{t("columns.actual")}</TableHeaderCell>
            <TableHeaderCell>{t("columns.completion")}</TableHeaderCell>
            <TableHeaderCell>{t("columns.lastYear")}</TableHeaderCell>
            <TableHeaderCell>{t("columns.yearOnYear")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, index) => {
            const percents = computeKpiPercents(row);
            return (
              <TableRow key={index}>
                <TableCell className={styles.wideCell}>{row.metric}</TableCell>
                <TableCell className={styles.numberCell}>
                  <KpiCardLabel column="unit" />
                  {row.unit}
                </TableCell>
                <TableCell className={styles.numberCell}>
                  <KpiCardLabel column="kpiTarget" />
                  {row.target}
                </TableCell>
                <TableCell className={styles.numberCell}>
                  <KpiCardLabel column="actual" />
                  {row.actual}
                </TableCell>
                <TableCell className={mergeClasses(styles.numberCell, styles.computed)}>
                  <KpiCardLabel column="completion" />
                  {formatCompletion(percents, language, (gap) => t("columns.vsZeroTarget", { gap }))}
                </TableCell>
                <TableCell className={styles.numberCell}>
                  <KpiCardLabel column="lastYear" />
                  {row.lastYear}
                </TableCell>
                <TableCell className={mergeClasses(styles.numberCell, styles.computed)}>
                  <KpiCardLabel column="yearOnYear" />
                  {formatPercent(percents.yearOnYear, language, { signed: true })}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** One field of a stored report, read-only. */
export function ReportFieldView({ fieldId, fields }: { fieldId: ReportFieldId; fields: ReportFields }) {
  const styles = useStyles();
  const { t, lang } = useReportsTranslation();
  const shown = toSubmittedFields(fields, [fieldId]);
  switch (fieldId) {
    case "review":
    case "staffing":
    case "financialAnalysis":
    case "expectedResult":
    case "notCompletedReasons":
      return <Text className={styles.text}>{shown[fieldId]}</Text>;
    case "suggestions":
    case "plan":
      return (
        <ol className={styles.list}>
          {(shown[fieldId] ?? []).map((item, index) => (
            <li key={index} className={styles.text}>
              {item}
            </li>
          ))}
        </ol>
      );
    case "problems":
      return (
        <ol className={styles.list}>
          {(shown.problems ?? []).map((row, index) => (
            <li key={index} className={styles.text}>
              <span className={styles.term}>{t("columns.problem")}：</span>
              {row.problem}
              <br />
              <span className={styles.term}>{t("columns.solution")}：</span>
              {row.solution}
            </li>
          ))}
        </ol>
      );
    case "helpNeeded":
      return (
        <ol className={styles.list}>
          {(shown.helpNeeded ?? []).map((row, index) => (
            <li key={index} className={styles.text}>
              <span className={styles.term}>{row.target}</span>：{row.what}
            </li>
          ))}
        </ol>
      );
    case "supervisor":
      return <Text>{shown.supervisor?.name}</Text>;
    case "complaints":
      return (
        <div className={styles.root}>
          <Text>
            <span className={styles.term}>{t("columns.complaintCount")}：</span>
            {shown.complaints?.count}
          </Text>
          <Text className={styles.text}>
            <span className={styles.term}>{t("columns.handling")}：</span>
            {shown.complaints?.handling}
          </Text>
        </div>
      );
    case "onlineReviews":
      return (
        <ol className={styles.list}>
          {(shown.onlineReviews ?? []).map((row, index) => (
            <li key={index} className={styles.text}>
              <span className={styles.term}>{row.platform}</span>：{t("columns.rating")} {row.rating} ·{" "}
              {t("columns.newReviews")} {row.newReviews}
            </li>
          ))}
        </ol>
      );
    case "kpis":
    case "receivables":
    case "revenue":
      return <KpiTableView rows={shown[fieldId] ?? []} label={reportFields[fieldId].label[lang]} />;
  }
}

/** A whole report, read-only: each asked-for field with its label, "(not filled in)" for blanks. */
export function ReportView({ fields, fieldIds }: { fields: ReportFields; fieldIds: readonly ReportFieldId[] }) {
  const styles = useStyles();
  const { t, lang } = useReportsTranslation();
  return (
    <dl className={styles.root}>
      {orderFieldIds(fieldIds).map((id) => (
        <div key={id}>
          <dt className={styles.term}>{reportFields[id].label[lang]}</dt>
          <dd className={styles.definition}>
            {hasFieldContent(fields, id) ? (
              <ReportFieldView fieldId={id} fields={fields} />
            ) : (
              <Text className={styles.muted}>{t("emptyValue")}</Text>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
