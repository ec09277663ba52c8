import { Field, Input, Textarea } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { emptyHelpRow } from "../model/report";
import type { HelpRow } from "@/meeting/model/records/report-record";
import type { ReportIssue } from "../model/validate-report";
import { findIssues } from "../model/validate-report";
import { describeIssues, useReportsTranslation } from "./report-i18n";
import { RowList } from "./row-list";

export interface HelpListFieldProps {
  label: string;
  value: HelpRow[] | undefined;
  onChange: (next: HelpRow[]) => void;
  issues: readonly ReportIssue[];
  previous?: ReactNode;
}

/** 需要其他部门配合事项: who is asked and for what; each can become an action item in the minutes. */
export function HelpListField({ label, value, onChange, issues, previous }: HelpListFieldProps) {
  const { t } = useReportsTranslation();
  const cellIssues = (row: number, column: "target" | "what") =>
    describeIssues(t, findIssues(issues, { field: "helpNeeded", row, column }));
  return (
    <RowList
      label={label}
      rows={value ?? []}
      emptyRow={emptyHelpRow}
      onChange={onChange}
      addLabel={t("add.helpNeeded")}
      removeLabel={() => t("remove.helpNeeded")}
      itemLabel={(row) => t("item.helpNeeded", { row })}
      issues={findIssues(issues, { field: "helpNeeded" })}
      previous={previous}
      renderRow={(row, index, update) => (
        <>
          <Field label={t("columns.target")} validationMessage={cellIssues(index, "target")}>
            <Input
              value={row.target}
              onChange={(_, data) => {
                update({ ...row, target: data.value });
              }}
            />
          </Field>
          <Field label={t("columns.what")} validationMessage={cellIssues(index, "what")}>
            <Textarea
              value={row.what}
              rows={2}
              resize="vertical"
              onChange={(_, data) => {
                update({ ...row, what: data.value });
              }}
            />
          </Field>
        </>
      )}
    />
  );
}
