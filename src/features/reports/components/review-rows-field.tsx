import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { emptyReviewRow } from "../model/report";
import type { ReviewRow } from "@/meeting/model/records/report-record";
import type { ReportColumn, ReportIssue } from "../model/validate-report";
import { findIssues } from "../model/validate-report";
import { describeIssues, useReportsTranslation } from "./report-i18n";
import { RowList } from "./row-list";

const useStyles = makeStyles({
  numbers: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  number: { width: "120px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ReviewRowsFieldProps {
  label: string;
  value: ReviewRow[] | undefined;
  onChange: (next: ReviewRow[]) => void;
  issues: readonly ReportIssue[];
  previous?: ReactNode;
}

/** 美团点评情况: per platform, the shop's rating and how many reviews are new. */
export function ReviewRowsField({ label, value, onChange, issues, previous }: ReviewRowsFieldProps) {
  const styles = useStyles();
  const { t } = useReportsTranslation();
  const cellIssues = (row: number, column: ReportColumn) =>
    describeIssues(t, findIssues(issues, { field: "onlineReviews", row, column }));
  return (
    <RowList
      label={label}
      rows={value ?? []}
      emptyRow={emptyReviewRow}
      onChange={onChange}
      addLabel={t("add.onlineReviews")}
      removeLabel={() => t("remove.onlineReviews")}
      itemLabel={(row) => t("item.onlineReviews", { row })}
      issues={findIssues(issues, { field: "onlineReviews" })}
      previous={
        <>
          <Caption1 className={styles.muted}>{t("reviewsHint")}</Caption1>
          {previous}
        </>
      }
      renderRow={(row, index, update) => (
        <>
          <Field label={t("columns.platform")} validationMessage={cellIssues(index, "platform")}>
            <Input
              value={row.platform}
              onChange={(_, data) => {
                update({ ...row, platform: data.value });
              }}
            />
          </Field>
          <div className={styles.numbers}>
            <Field
              className={styles.number}
              label={t("columns.rating")}
              validationMessage={cellIssues(index, "rating")}
            >
              <Input
                inputMode="decimal"
                value={row.rating}
                onChange={(_, data) => {
                  update({ ...row, rating: data.value });
                }}
              />
            </Field>
            <Field
              className={styles.number}
              label={t("columns.newReviews")}
              validationMessage={cellIssues(index, "newReviews")}
            >
              <Input
                inputMode="numeric"
                value={row.newReviews}
                onChange={(_, data) => {
                  update({ ...row, newReviews: data.value });
                }}
              />
            </Field>
          </div>
        </>
      )}
    />
  );
}
