// The speaker's report for one agenda section. Everything typed goes to the local draft on every
// change (useDraft), so a reload, a crash or a lost network loses nothing; submit sends a copy to
// the workspace through the `submit` it is given and keeps the draft, so a failed submit can be
// retried as it is and a later submit updates the same record.
import { Button, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ReactNode } from "react";
import { useDraft, useDraftStore } from "@/lib/drafts";
import type { DraftKey } from "@/lib/drafts";
import { reportFields } from "@/meeting/model/templates/report-fields";
import type { ReportFieldId } from "@/meeting/model/templates/types";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { formatRecent } from "../model/format-time";
import type { Clock } from "../model/format-time";
import { hasFieldContent, isSameReport, orderFieldIds, toSubmittedFields } from "../model/report";
import type { ReportSection, SubmittedReport } from "../model/report";
import type { ReportFields, ReportPerson } from "@/meeting/model/records/report-record";
import { isReportSubmitError } from "../model/submit-error";
import { selectVisibleIssues, validateReport } from "../model/validate-report";
import type { ReportIssue } from "../model/validate-report";
import { ComplaintsField } from "./complaints-field";
import { DraftStatus } from "./draft-status";
import { HelpListField } from "./help-list-field";
import { KpiTableField } from "./kpi-table-field";
import { PersonField } from "./person-field";
import { PreviousValue } from "./previous-value";
import { ProblemListField } from "./problem-list-field";
import { ReviewRowsField } from "./review-rows-field";
import { useReportsTranslation } from "./report-i18n";
import { TextField } from "./text-field";
import { TextListField } from "./text-list-field";
import { useNow } from "./use-now";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  footer: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ReportFormProps {
  section: ReportSection;
  draftKey: DraftKey;
  /** Shown until a draft exists: the stored report's fields, or none. */
  initialFields: ReportFields;
  /** The report as the workspace has it, if it was submitted before. */
  submitted?: SubmittedReport;
  /** The same section's report from the previous occurrence, shown as reference. */
  previous?: ReportFields;
  /** The supervisor field's choices: the meeting's people first, then the workspace group's members. */
  people?: readonly ReportPerson[];
  others?: readonly ReportPerson[];
  clock: Clock;
  /** Sends the report; receives only the section's fields, with blank rows left out. */
  submit: (fields: ReportFields) => Promise<SubmittedReport>;
}

type SubmitState = { phase: "idle" } | { phase: "submitting" } | { phase: "failed"; error: unknown };

const noPeople: readonly ReportPerson[] = [];

function pickNewer(a: SubmittedReport | undefined, b: SubmittedReport | undefined): SubmittedReport | undefined {
  if (!a || !b) return a ?? b;
  return b.revision > a.revision ? b : a;
}

export function ReportForm({
  section,
  draftKey,
  initialFields,
  submitted,
  previous,
  people = noPeople,
  others = noPeople,
  clock,
  submit,
}: ReportFormProps) {
  const styles = useStyles();
  const { t, lang } = useReportsTranslation();
  const store = useDraftStore();
  const draft = useDraft(store, draftKey, initialFields);
  const [hasTriedSubmit, setHasTriedSubmit] = useState(false);
  const [submitState, setSubmitState] = useState<SubmitState>({ phase: "idle" });
  const [lastSubmit, setLastSubmit] = useState<SubmittedReport>();
  const now = useNow();
  const fieldIds = useMemo(() => orderFieldIds(section.fields), [section.fields]);
  const storedSupervisor = submitted?.fields.supervisor;
  // An older report's supervisor typed without a person key may stay as it was (validateReport).
  const storedTypedSupervisor = storedSupervisor?.upn === "" ? storedSupervisor.name : undefined;
  const issues = useMemo(
    () => validateReport(draft.value, fieldIds, storedTypedSupervisor === undefined ? {} : { storedTypedSupervisor }),
    [draft.value, fieldIds, storedTypedSupervisor],
  );
  const visibleIssues = selectVisibleIssues(issues, hasTriedSubmit);
  const current = pickNewer(lastSubmit, submitted);
  const isSubmitting = submitState.phase === "submitting";

  async function sendReport(): Promise<void> {
    setHasTriedSubmit(true);
    if (issues.length > 0) return;
    setSubmitState({ phase: "submitting" });
    let result: SubmittedReport;
    try {
      await store.markSubmitting(draftKey);
      result = await submit(toSubmittedFields(draft.value, fieldIds));
    } catch (error) {
      setSubmitState({ phase: "failed", error });
      return;
    }
    setLastSubmit(result);
    setSubmitState({ phase: "idle" });
    setHasTriedSubmit(false);
    store.markSubmitted(draftKey, { etag: result.etag }).catch((error: unknown) => {
      // The workspace has the report; a draft left marked "submitting" only means the next
      // submit sends it again, which updates the same record.
      console.warn("Could not mark the report draft as submitted", error);
    });
  }

  const onSubmit = () => {
    void sendReport();
  };

  const fieldIssues = (id: ReportFieldId): ReportIssue[] => visibleIssues.filter((issue) => issue.field === id);
  const previousOf = (id: ReportFieldId): ReactNode =>
    previous && hasFieldContent(previous, id) ? <PreviousValue fieldId={id} fields={previous} /> : undefined;

  const renderField = (id: ReportFieldId): ReactNode => {
    const label = reportFields[id].label[lang];
    const common = { label, issues: fieldIssues(id), previous: previousOf(id) };
    switch (id) {
      case "review":
      case "staffing":
      case "financialAnalysis":
      case "expectedResult":
      case "notCompletedReasons":
        return (
          <TextField
            {...common}
            value={draft.value[id]}
            onChange={(next) => {
              draft.setValue((prev) => ({ ...prev, [id]: next }));
            }}
          />
        );
      case "suggestions":
      case "plan":
        return (
          <TextListField
            {...common}
            fieldId={id}
            value={draft.value[id]}
            onChange={(next) => {
              draft.setValue((prev) => ({ ...prev, [id]: next }));
            }}
          />
        );
      case "problems":
        return (
          <ProblemListField
            {...common}
            value={draft.value.problems}
            onChange={(next) => {
              draft.setValue((prev) => ({ ...prev, problems: next }));
            }}
          />
        );
      case "helpNeeded":
        return (
          <HelpListField
            {...common}
            value={draft.value.helpNeeded}
            onChange={(next) => {
              draft.setValue((prev) => ({ ...prev, helpNeeded: next }));
            }}
          />
        );
      case "supervisor":
        return (
          <PersonField
            {...common}
            people={people}
            others={others}
            value={draft.value.supervisor}
            onChange={(next) => {
              draft.setValue((prev) => {
                if (next !== undefined) return { ...prev, supervisor: next };
                const cleared = { ...prev };
                delete cleared.supervisor;
                return cleared;
              });
            }}
          />
        );
      case "complaints":
        return (
          <ComplaintsField
            {...common}
            value={draft.value.complaints}
            onChange={(next) => {
              draft.setValue((prev) => ({ ...prev, complaints: next }));
            }}
          />
        );
      case "onlineReviews":
        return (
          <ReviewRowsField
            {...common}
            value={draft.value.onlineReviews}
            onChange={(next) => {
              draft.setValue((prev) => ({ ...prev, onlineReviews: next }));
            }}
          />
        );
      case "kpis":
      case "receivables":
      case "revenue":
        return (
          <KpiTableField
            {...common}
            fieldId={id}
            value={draft.value[id]}
            onChange={(next) => {
              draft.setValue((prev) => ({ ...prev, [id]: next }));
            }}
          />
        );
    }
  };

  const formIssues = visibleIssues.filter((issue) => issue.field === undefined);
  const submittedLine = current
    ? current.onBehalfBy !== undefined
      ? t("status.onBehalf", { name: current.onBehalfBy, time: formatRecent(new Date(current.savedAt), clock, now) })
      : t(current.revision > 1 ? "status.updated" : "status.submitted", {
          time: formatRecent(new Date(current.savedAt), clock, now),
        })
    : undefined;
  const hasUnsentChanges =
    current !== undefined && draft.status === "ready" && !isSameReport(draft.value, current.fields, fieldIds);
  const submitError = submitState.phase === "failed" ? submitState.error : undefined;

  return (
    <form
      className={styles.root}
      aria-label={section.title[lang]}
      noValidate
      onSubmit={(event) => {
        // Enter in a one-line input (a KPI cell) must not send the report: only the button does.
        event.preventDefault();
      }}
    >
      <header className={styles.header}>
        <Subtitle2 as="h2">{section.title[lang]}</Subtitle2>
        <DraftStatus
          status={draft.status}
          savedAt={draft.savedAt}
          isPersistent={draft.isPersistent}
          error={draft.error}
          clock={clock}
          now={now}
        />
      </header>

      {fieldIds.map((id) => (
        <div key={id}>{renderField(id)}</div>
      ))}

      <footer className={styles.footer}>
        {hasTriedSubmit && issues.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {formIssues.length > 0 ? t("validation.empty") : t("validation.summary", { count: issues.length })}
            </MessageBarBody>
          </MessageBar>
        )}
        {submitError !== undefined && (
          <ErrorNotice
            error={submitError}
            message={isReportSubmitError(submitError) ? t(`submitErrors.${submitError.kind}`) : undefined}
            onRetry={onSubmit}
          />
        )}
        <div className={styles.actions}>
          <Button appearance="primary" disabled={isSubmitting || draft.status === "loading"} onClick={onSubmit}>
            {isSubmitting ? t("actions.submitting") : current ? t("actions.update") : t("actions.submit")}
          </Button>
          {submittedLine && <Text role="status">{submittedLine}</Text>}
        </div>
        {hasUnsentChanges && <Text className={styles.muted}>{t("status.unsent")}</Text>}
      </footer>
    </form>
  );
}
