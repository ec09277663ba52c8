import {
  Button,
  Caption1,
  Field,
  Input,
  Label,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { formatCompletion, formatPercent, computeKpiPercents } from "@/meeting/model/kpi";
import { emptyKpiRow } from "../model/report";
import type { KpiFieldId } from "../model/report";
import type { KpiRow } from "@/meeting/model/records/report-record";
import type { ReportColumn, ReportIssue } from "../model/validate-report";
import { findIssues, reportLimits } from "../model/validate-report";
import { describeIssues, useReportsTranslation } from "./report-i18n";
import { visuallyHidden } from "@/lib/ui/visually-hidden";

// Narrower than this the rows become stacked cards (a side panel is 280–320 px): every cell stays in
// view while typing, nothing scrolls sideways. The container, not the window, decides: the same form
// is wide in the chat tab and narrow in the side panel of one window.
const stackedQuery = "@container kpi (max-width: 599px)";

export const useKpiTableStyles = makeStyles({
  hidden: visuallyHidden,
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  container: { containerName: "kpi", containerType: "inline-size", minWidth: 0 },
  table: {
    [stackedQuery]: {
      display: "block",
      "& thead": { display: "none" },
      "& tbody": { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
      "& tr": {
        display: "grid",
        gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
        gap: tokens.spacingVerticalXS,
        padding: tokens.spacingVerticalS,
        border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
        borderRadius: tokens.borderRadiusMedium,
      },
      "& td": { display: "flex", flexDirection: "column", minWidth: 0, padding: 0, height: "auto" },
    },
  },
  wideCell: { minWidth: "120px", [stackedQuery]: { gridColumn: "1 / -1", minWidth: 0 } },
  numberCell: { minWidth: "84px", [stackedQuery]: { minWidth: 0 } },
  actionCell: { [stackedQuery]: { gridColumn: "1 / -1", alignItems: "flex-end" } },
  // Shown only on a stacked card, where no column header names the cell; the input's own label is
  // what assistive technology reads, so this is hidden from it.
  cellLabel: { display: "none", [stackedQuery]: { display: "block", color: tokens.colorNeutralForeground2 } },
  input: { minWidth: 0, width: "100%" },
  computed: { fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  add: { alignSelf: "flex-start" },
});

const inputColumns = [
  ["metric", "metric"],
  ["unit", "unit"],
  ["target", "kpiTarget"],
  ["actual", "actual"],
] as const satisfies readonly (readonly [keyof KpiRow, ReportColumn])[];

type KpiColumn = ReportColumn | "completion" | "yearOnYear";

/** A cell's column name, seen only on a stacked card. */
export function KpiCardLabel({ column }: { column: KpiColumn }) {
  const styles = useKpiTableStyles();
  const { t } = useReportsTranslation();
  return (
    <span className={styles.cellLabel} aria-hidden>
      {t(`columns.${column}`)}
    </span>
  );
}

export interface KpiTableFieldProps {
  fieldId: KpiFieldId;
  label: string;
  value: KpiRow[] | undefined;
  onChange: (next: KpiRow[]) => void;
  issues: readonly ReportIssue[];
  previous?: ReactNode;
}

/**
 * KPI rows as typed, with completion % and YoY % worked out on every keystroke. The computed
 * columns are plain text, never inputs: the documents insist percentages are computed.
 */
export function KpiTableField({ fieldId, label, value, onChange, issues, previous }: KpiTableFieldProps) {
  const styles = useKpiTableStyles();
  const { t, language } = useReportsTranslation();
  const labelId = useId("kpi-table");
  const rows = value ?? [];

  const updateCell = (index: number, cell: keyof KpiRow, text: string) => {
    onChange(rows.map((row, i) => (i === index ? { ...row, [cell]: text } : row)));
  };

  const renderInput = (row: KpiRow, index: number, cell: keyof KpiRow, column: ReportColumn) => (
    <Field validationMessage={describeIssues(t, findIssues(issues, { field: fieldId, row: index, column }))}>
      <Input
        className={styles.input}
        aria-label={
          column === "metric"
            ? t("kpiName", { item: t(`item.${fieldId}`, { row: index + 1 }) })
            : t("kpiCell", { item: t(`item.${fieldId}`, { row: index + 1 }), column: t(`columns.${column}`) })
        }
        value={row[cell]}
        inputMode={cell === "metric" || cell === "unit" ? undefined : "decimal"}
        onChange={(_, data) => {
          updateCell(index, cell, data.value);
        }}
      />
    </Field>
  );

  const cardLabel = (column: KpiColumn) => <KpiCardLabel column={column} />;

  return (
    <div role="group" aria-labelledby={labelId} className={styles.root}>
      <Label id={labelId} weight="semibold">
        {label}
      </Label>
      <Caption1 className={styles.muted}>{t("kpiHint")}</Caption1>
      {rows.length > 0 && (
        <div className={styles.container}>
          <Table size="small" className={styles.table} aria-labelledby={labelId}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.wideCell}>{t("columns.metric")}</TableHeaderCell>
                <TableHeaderCell className={styles.numberCell}>{t("columns.unit")}</TableHeaderCell>
                <TableHeaderCell className={styles.numberCell}>{t("columns.kpiTarget")}</TableHeaderCell>
                <TableHeaderCell className={styles.numberCell}>{t("columns.actual")}</TableHeaderCell>
                <TableHeaderCell>{t("columns.completion")}</TableHeaderCell>
                <TableHeaderCell className={styles.numberCell}>{t("columns.lastYear")}</TableHeaderCell>
                <TableHeaderCell>{t("columns.yearOnYear")}</TableHeaderCell>
                <TableHeaderCell>
                  <span className={styles.hidden}>{t("actionsColumn")}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row, index) => {
                const percents = computeKpiPercents(row);
                return (
                  // Rows have no identity of their own; every input is controlled, so index keys keep the values right.
                  <TableRow key={index}>
                    {inputColumns.map(([cell, column]) => (
                      <TableCell key={cell} className={cell === "metric" ? styles.wideCell : styles.numberCell}>
                        {cardLabel(column)}
                        {renderInput(row, index, cell, column)}
                      </TableCell>
                    ))}
                    <TableCell className={mergeClasses(styles.numberCell, styles.computed)}>
                      {cardLabel("completion")}
                      {formatCompletion(percents, language, (gap) => t("columns.vsZeroTarget", { gap }))}
                    </TableCell>
                    <TableCell className={styles.numberCell}>
                      {cardLabel("lastYear")}
                      {renderInput(row, index, "lastYear", "lastYear")}
                    </TableCell>
                    <TableCell className={mergeClasses(styles.numberCell, styles.computed)}>
                      {cardLabel("yearOnYear")}
                      {formatPercent(percents.yearOnYear, language, { signed: true })}
                    </TableCell>
                    <TableCell className={styles.actionCell}>
                      <Button
                        appearance="subtle"
                        icon={<DeleteRegular />}
                        aria-label={t(`remove.${fieldId}`, { row: index + 1 })}
                        title={t(`remove.${fieldId}`, { row: index + 1 })}
                        onClick={() => {
                          onChange(rows.filter((_, i) => i !== index));
                        }}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {findIssues(issues, { field: fieldId }).length > 0 && (
        <Field validationMessage={describeIssues(t, findIssues(issues, { field: fieldId }))} />
      )}
      <Button
        className={styles.add}
        icon={<AddRegular />}
        disabled={rows.length >= reportLimits.rowsPerList}
        onClick={() => {
          onChange([...rows, emptyKpiRow]);
        }}
      >
        {t(`add.${fieldId}`)}
      </Button>
      {previous}
    </div>
  );
}
