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

export const useKpiTableStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // The side panel is 320 px wide: the table scrolls sideways rather than squeezing its inputs.
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { minWidth: "640px" },
  wideCell: { minWidth: "120px" },
  numberCell: { minWidth: "84px" },
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
        aria-label={t("cellLabel", { row: index + 1, column: t(`columns.${column}`) })}
        value={row[cell]}
        inputMode={cell === "metric" || cell === "unit" ? undefined : "decimal"}
        onChange={(_, data) => {
          updateCell(index, cell, data.value);
        }}
      />
    </Field>
  );

  return (
    <div role="group" aria-labelledby={labelId} className={styles.root}>
      <Label id={labelId} weight="semibold">
        {label}
      </Label>
      <Caption1 className={styles.muted}>{t("kpiHint")}</Caption1>
      {rows.length > 0 && (
        <div className={styles.scroller}>
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
                <TableHeaderCell />
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row, index) => {
                const percents = computeKpiPercents(row);
                return (
                  // Rows have no identity of their own; every input is controlled, so index keys keep the values right.
                  <TableRow key={index}>
                    {inputColumns.map(([cell, column]) => (
                      <TableCell key={cell}>{renderInput(row, index, cell, column)}</TableCell>
                    ))}
                    <TableCell className={styles.computed}>
                      {formatCompletion(percents, language, (gap) => t("columns.vsZeroTarget", { gap }))}
                    </TableCell>
                    <TableCell>{renderInput(row, index, "lastYear", "lastYear")}</TableCell>
                    <TableCell className={styles.computed}>
                      {formatPercent(percents.yearOnYear, language, { signed: true })}
                    </TableCell>
                    <TableCell>
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
