import { Field, Textarea } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { TextListFieldId } from "../model/report";
import type { ReportIssue } from "../model/validate-report";
import { findIssues } from "../model/validate-report";
import { describeIssues, useReportsTranslation } from "./report-i18n";
import { RowList } from "./row-list";

export interface TextListFieldProps {
  fieldId: TextListFieldId;
  label: string;
  value: string[] | undefined;
  onChange: (next: string[]) => void;
  issues: readonly ReportIssue[];
  previous?: ReactNode;
}

/** Suggestions, plan items: one short text per row. */
export function TextListField({ fieldId, label, value, onChange, issues, previous }: TextListFieldProps) {
  const { t } = useReportsTranslation();
  return (
    <RowList
      label={label}
      rows={value ?? []}
      emptyRow=""
      onChange={onChange}
      addLabel={t(`add.${fieldId}`)}
      removeLabel={(row) => t(`remove.${fieldId}`, { row })}
      issues={findIssues(issues, { field: fieldId })}
      previous={previous}
      renderRow={(item, index, update) => (
        <Field
          label={t(`item.${fieldId}`, { row: index + 1 })}
          validationMessage={describeIssues(t, findIssues(issues, { field: fieldId, row: index, column: "item" }))}
        >
          <Textarea
            value={item}
            rows={1}
            resize="vertical"
            onChange={(_, data) => {
              update(data.value);
            }}
          />
        </Field>
      )}
    />
  );
}
