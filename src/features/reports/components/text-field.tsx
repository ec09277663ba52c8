import { Field, Textarea } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ReportIssue } from "../model/validate-report";
import { describeIssues, useReportsTranslation } from "./report-i18n";

export interface TextFieldProps {
  label: string;
  value: string | undefined;
  onChange: (next: string) => void;
  issues: readonly ReportIssue[];
  previous?: ReactNode;
}

/** One long answer. Never truncated while typing: too long is a message, not a cut. */
export function TextField({ label, value, onChange, issues, previous }: TextFieldProps) {
  const { t } = useReportsTranslation();
  return (
    <div>
      <Field label={label} validationMessage={describeIssues(t, issues)}>
        <Textarea
          value={value ?? ""}
          resize="vertical"
          rows={4}
          onChange={(_, data) => {
            onChange(data.value);
          }}
        />
      </Field>
      {previous}
    </div>
  );
}
