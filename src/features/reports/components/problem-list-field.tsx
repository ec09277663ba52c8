import { Field, Textarea } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { emptyProblemRow } from "../model/report";
import type { ProblemRow } from "@/meeting/model/records/report-record";
import type { ReportIssue } from "../model/validate-report";
import { findIssues } from "../model/validate-report";
import { describeIssues, useReportsTranslation } from "./report-i18n";
import { RowList } from "./row-list";

export interface ProblemListFieldProps {
  label: string;
  value: ProblemRow[] | undefined;
  onChange: (next: ProblemRow[]) => void;
  issues: readonly ReportIssue[];
  previous?: ReactNode;
}

/** 存在问题及解决方案: each problem is written next to how it will be solved. */
export function ProblemListField({ label, value, onChange, issues, previous }: ProblemListFieldProps) {
  const { t } = useReportsTranslation();
  const cellIssues = (row: number, column: "problem" | "solution") =>
    describeIssues(t, findIssues(issues, { field: "problems", row, column }));
  return (
    <RowList
      label={label}
      rows={value ?? []}
      emptyRow={emptyProblemRow}
      onChange={onChange}
      addLabel={t("add.problems")}
      removeLabel={() => t("remove.problems")}
      itemLabel={(row) => t("item.problems", { row })}
      issues={findIssues(issues, { field: "problems" })}
      previous={previous}
      renderRow={(row, index, update) => (
        <>
          <Field label={t("columns.problem")} validationMessage={cellIssues(index, "problem")}>
            <Textarea
              value={row.problem}
              rows={2}
              resize="vertical"
              onChange={(_, data) => {
                update({ ...row, problem: data.value });
              }}
            />
          </Field>
          <Field label={t("columns.solution")} validationMessage={cellIssues(index, "solution")}>
            <Textarea
              value={row.solution}
              rows={2}
              resize="vertical"
              onChange={(_, data) => {
                update({ ...row, solution: data.value });
              }}
            />
          </Field>
        </>
      )}
    />
  );
}
