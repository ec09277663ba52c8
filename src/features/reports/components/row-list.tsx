import { Button, Field, Label, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import type { ReactNode } from "react";
import type { ReportIssue } from "../model/validate-report";
import { reportLimits } from "../model/validate-report";
import { describeIssues, useReportsTranslation } from "./report-i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  rowBody: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  add: { alignSelf: "flex-start" },
});

export interface RowListProps<T> {
  label: string;
  rows: readonly T[];
  emptyRow: T;
  onChange: (next: T[]) => void;
  addLabel: string;
  removeLabel: (rowNumber: number) => string;
  /**
   * Names a row of several fields ("问题二"): the row becomes a group of that name, so its fields
   * carry plain names ("问题", "解决方案") and its remove button can say "删除这个问题".
   */
  itemLabel?: (rowNumber: number) => string;
  renderRow: (row: T, index: number, update: (next: T) => void) => ReactNode;
  /** Issues about the list as a whole (too many rows). */
  issues: readonly ReportIssue[];
  previous?: ReactNode;
}

/**
 * A labelled group of rows with add and remove buttons. After "add", focus moves into the new
 * row so a keyboard user can type straight away instead of tabbing back up.
 */
export function RowList<T>({
  label,
  rows,
  emptyRow,
  onChange,
  addLabel,
  removeLabel,
  itemLabel,
  renderRow,
  issues,
  previous,
}: RowListProps<T>) {
  const styles = useStyles();
  const { t } = useReportsTranslation();
  const labelId = useId("row-list");
  const listRef = useRef<HTMLOListElement>(null);
  const rowToFocus = useRef<number>(undefined);

  // Runs after every commit: the row added by the click exists only once it has rendered.
  useEffect(() => {
    if (rowToFocus.current === undefined) return;
    listRef.current?.querySelector<HTMLElement>(`[data-row="${rowToFocus.current}"] :is(input, textarea)`)?.focus();
    rowToFocus.current = undefined;
  });

  const update = (index: number, next: T) => {
    onChange(rows.map((row, i) => (i === index ? next : row)));
  };

  return (
    <div role="group" aria-labelledby={labelId} className={styles.root}>
      <Label id={labelId} weight="semibold">
        {label}
      </Label>
      {rows.length > 0 && (
        <ol ref={listRef} className={styles.list}>
          {rows.map((row, index) => (
            // Rows have no identity of their own; every input is controlled, so index keys keep the values right.
            <li key={index} data-row={index}>
              {/* The group sits inside the item: a list may hold only list items. */}
              <div
                className={styles.row}
                {...(itemLabel === undefined ? {} : { role: "group", "aria-labelledby": `${labelId}-${index}` })}
              >
                <div className={styles.rowBody}>
                  {itemLabel !== undefined && (
                    <Text id={`${labelId}-${index}`} size={200} weight="semibold">
                      {itemLabel(index + 1)}
                    </Text>
                  )}
                  {renderRow(row, index, (next) => {
                    update(index, next);
                  })}
                </div>
                <Button
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={removeLabel(index + 1)}
                  title={removeLabel(index + 1)}
                  onClick={() => {
                    onChange(rows.filter((_, i) => i !== index));
                  }}
                />
              </div>
            </li>
          ))}
        </ol>
      )}
      {issues.length > 0 && <Field validationMessage={describeIssues(t, issues)} />}
      <Button
        className={styles.add}
        icon={<AddRegular />}
        disabled={rows.length >= reportLimits.rowsPerList}
        onClick={() => {
          onChange([...rows, emptyRow]);
          rowToFocus.current = rows.length;
        }}
      >
        {addLabel}
      </Button>
      {previous}
    </div>
  );
}
