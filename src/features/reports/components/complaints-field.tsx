import { Field, Input, Label, Textarea, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { emptyComplaints } from "../model/report";
import type { Complaints } from "@/meeting/model/records/report-record";
import type { ReportIssue } from "../model/validate-report";
import { findIssues } from "../model/validate-report";
import { describeIssues, useReportsTranslation } from "./report-i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  count: { maxWidth: "120px" },
});

export interface ComplaintsFieldProps {
  label: string;
  value: Complaints | undefined;
  onChange: (next: Complaints) => void;
  issues: readonly ReportIssue[];
  previous?: ReactNode;
}

/** 客诉情况: how many complaints came in and how they were handled. */
export function ComplaintsField({ label, value, onChange, issues, previous }: ComplaintsFieldProps) {
  const styles = useStyles();
  const { t } = useReportsTranslation();
  const labelId = useId("complaints");
  const complaints = value ?? emptyComplaints;
  return (
    <div role="group" aria-labelledby={labelId} className={styles.root}>
      <Label id={labelId} weight="semibold">
        {label}
      </Label>
      <Field
        label={t("columns.complaintCount")}
        validationMessage={describeIssues(t, findIssues(issues, { field: "complaints", column: "complaintCount" }))}
      >
        <Input
          className={styles.count}
          inputMode="numeric"
          value={complaints.count}
          onChange={(_, data) => {
            onChange({ ...complaints, count: data.value });
          }}
        />
      </Field>
      <Field
        label={t("columns.handling")}
        validationMessage={describeIssues(t, findIssues(issues, { field: "complaints" }))}
      >
        <Textarea
          value={complaints.handling}
          rows={3}
          resize="vertical"
          onChange={(_, data) => {
            onChange({ ...complaints, handling: data.value });
          }}
        />
      </Field>
      {previous}
    </div>
  );
}
