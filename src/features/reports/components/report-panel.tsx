// The speaker's side: one form per agenda section they speak in, each starting from what they
// submitted before (or their draft), with last occurrence's answers as reference.
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useServices } from "@/lib/app-services/services-context";
import { useMyPersonKey } from "@/meeting/api/directory/my-identity";
import { buildDraftKey } from "@/lib/drafts";
import type { ReportFieldId } from "@/meeting/model/templates/types";
import type { Bilingual } from "@/lib/i18n/bilingual";
import { ErrorNotice } from "@/lib/ui/error-notice";
import type { Workspace } from "@/meeting/api/workspace";
import { useMyObjectId, useWorkspaceMembers } from "@/meeting/api/authorship";
import { toSubmittedReport } from "../api/report-records";
import { useMyReport } from "../api/use-my-report";
import { useSubmitReport } from "../api/use-submit-report";
import { formatDeadline } from "../model/format-time";
import type { Clock } from "../model/format-time";
import type { ReportSection } from "../model/report";
import type { ReportFields, ReportPerson } from "@/meeting/model/records/report-record";
import type { RuleLines } from "@/meeting/model/series-config/meeting-rules";
import { MeetingRulesNote } from "./meeting-rules-note";
import { ReportForm } from "./report-form";
import { useReportsTranslation } from "./report-i18n";
import { useNow } from "./use-now";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ReportPanelProps {
  workspace: Workspace;
  seriesId: string;
  occurrenceKey: string;
  previousOccurrenceKey?: string;
  /** The sections this user speaks in. */
  sections: { sectionId: string; title: Bilingual; fields: ReportFieldId[] }[];
  due: Date;
  /** The meeting's own zone, in which `due` was set. */
  timeZone: string;
  /** The meeting's people, offered first for the supervisor field (the workspace's members follow). */
  people?: ReportPerson[];
  /** The series' 会议要求 and 会议纪律, shown above the form while the speaker prepares. */
  rules?: RuleLines;
}

interface SectionReportProps {
  workspace: Workspace;
  seriesId: string;
  occurrenceKey: string;
  previousOccurrenceKey: string | undefined;
  section: ReportSection;
  /** The speaker's person key. */
  me: string;
  people: readonly ReportPerson[];
  clock: Clock;
  /** The due time, formatted, once it has passed. */
  pastDueText: string | undefined;
}

const noFields: ReportFields = {};

function SectionReport({
  workspace,
  seriesId,
  occurrenceKey,
  previousOccurrenceKey,
  section,
  me,
  people,
  clock,
  pastDueText,
}: SectionReportProps) {
  const { t } = useReportsTranslation();
  const mine = useMyReport(workspace, seriesId, occurrenceKey, section.sectionId);
  const previous = useMyReport(workspace, seriesId, previousOccurrenceKey, section.sectionId);
  const submission = useSubmitReport(workspace, seriesId, occurrenceKey);
  const myObjectId = useMyObjectId().data;
  const members = useWorkspaceMembers(workspace);
  const others = useMemo(
    () => [...(members.data?.values() ?? [])].map((p) => ({ upn: p.id, name: p.name })),
    [members.data],
  );

  // The form is mounted once the stored report is known: its first `initial` is the one the
  // draft falls back to, so mounting earlier would show an empty form over a submitted report.
  if (mine.isPending) return <Spinner label={t("common:loading")} />;
  const stored = mine.data ?? undefined;
  return (
    <>
      {pastDueText !== undefined && mine.data === null && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("pastDue", { time: pastDueText })}</MessageBarBody>
        </MessageBar>
      )}
      {mine.isError && <ErrorNotice error={mine.error} message={t("loadFailed")} onRetry={() => void mine.refetch()} />}
      <ReportForm
        // A report loaded after a failure must start a new form session, not reuse the empty one.
        key={mine.isError ? "unloaded" : "loaded"}
        section={section}
        draftKey={buildDraftKey({
          kind: "report",
          seriesId,
          occurrenceKey,
          userId: me,
          itemId: section.sectionId,
        })}
        initialFields={stored?.value.fields ?? noFields}
        {...(stored ? { submitted: toSubmittedReport(stored, myObjectId) } : {})}
        {...(previous.data ? { previous: previous.data.value.fields } : {})}
        people={people}
        others={others}
        clock={clock}
        submit={async (fields) =>
          toSubmittedReport(await submission.mutateAsync({ sectionId: section.sectionId, fields }))
        }
      />
    </>
  );
}

/** Public entry: the signed-in user's report forms for one occurrence. */
export function ReportPanel({
  workspace,
  seriesId,
  occurrenceKey,
  previousOccurrenceKey,
  sections,
  due,
  timeZone,
  people = [],
  rules,
}: ReportPanelProps) {
  const styles = useStyles();
  const { t, lang } = useReportsTranslation();
  const { viewer } = useServices();
  const [chosen, setChosen] = useState<string>();
  const now = useNow();
  const me = useMyPersonKey();
  const clock: Clock = { locale: viewer.locale, timeZone: viewer.timeZone, meetingTimeZone: timeZone };

  if (me === undefined) return <ErrorNotice error={new Error("No signed-in user")} message={t("noUser")} />;
  if (sections.length === 0) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("noSections")}</MessageBarBody>
      </MessageBar>
    );
  }
  const selected = sections.find((s) => s.sectionId === chosen) ?? sections[0];
  if (!selected) return null;
  const dueText = formatDeadline(due, clock);

  return (
    <section className={styles.root} aria-label={t("panelLabel")}>
      <Caption1 className={styles.muted}>{t("due", { time: dueText })}</Caption1>
      {rules && <MeetingRulesNote rules={rules} />}
      {sections.length > 1 && (
        <TabList
          size="small"
          aria-label={t("sectionsLabel")}
          selectedValue={selected.sectionId}
          onTabSelect={(_, data) => {
            setChosen(String(data.value));
          }}
        >
          {sections.map((s) => (
            <Tab key={s.sectionId} value={s.sectionId}>
              {s.title[lang]}
            </Tab>
          ))}
        </TabList>
      )}
      <SectionReport
        key={selected.sectionId}
        workspace={workspace}
        seriesId={seriesId}
        occurrenceKey={occurrenceKey}
        previousOccurrenceKey={previousOccurrenceKey}
        section={selected}
        me={me}
        people={people}
        clock={clock}
        pastDueText={now.getTime() > due.getTime() ? dueText : undefined}
      />
    </section>
  );
}
