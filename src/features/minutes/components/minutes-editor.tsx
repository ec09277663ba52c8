// The full minutes editor for the meeting chat tab (docs/domain.md §5): attendance, per agenda item notes,
// decisions and action items, help requests from reports as one-click actions, save status and
// conflicts with the other editor. Publishing itself is the `onPublish` given by src/app (Planner
// tasks, card, document); this component checks the actions first and shows its progress.
import { fillAttendeeIds } from "@/meeting/model/records/minutes-record";
import { usePersonKeys } from "@/meeting/api/directory/person-keys-context";
import {
  Badge,
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { DraftKey } from "@/lib/drafts";
import type { Attributed } from "@/meeting/model/authorship/authorship";
import type { LatenessPolicy } from "@/meeting/model/series-config/series-config";
import { CloudNotice } from "@/lib/ui/cloud-notice";
import { ErrorNotice } from "@/lib/ui/error-notice";
import type { CloudFeatureArea } from "@/lib/graph";
import type { StoredRecord } from "@/meeting/api/workspace";
import { listLeaveForReview } from "../model/attendance";
import { addAction } from "../model/edit-minutes";
import { helpToAction } from "../model/help-to-action";
import { getHelpActionId } from "@/meeting/model/record-keys";
import type { ActionCandidate, HelpRequest } from "../model/help-to-action";
import { canEdit, startAmendment } from "../model/lifecycle";
import type { MinutesAgendaItem } from "../model/create-minutes";
import type { LeaveRequestRecord, MinutesPerson, MinutesRecord } from "@/meeting/model/records/minutes-record";
import { validateActions } from "../model/validate-actions";
import { findPlannerLimit } from "../planner-sync/planner-limits";
import { AgendaItemSection } from "./agenda-item-section";
import { AttendanceTable } from "./attendance-table";
import { ConflictList } from "./conflict-list";
import { useMinutesTranslation } from "./minutes-i18n";
import { SaveStatus } from "./save-status";
import { useWorkingMinutes } from "./use-working-minutes";
import type { SaveMinutes } from "./use-working-minutes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0, maxWidth: "1100px" },
  header: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  helpSection: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  help: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  helpRow: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
  },
  footer: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

export type PublishState =
  | { phase: "idle" }
  | { phase: "running"; step: string }
  | { phase: "failed"; error: unknown }
  | {
      phase: "done";
      version: number;
      /** Untouched extra task copies the publish removed from Planner. */
      removedCopies?: number;
      /** Action items with more than one task someone has worked on: the note-taker keeps one. */
      touchedCopies?: readonly string[];
      /** Senders of extra copies of the minutes card that only they can delete (a post the browser resent). */
      leftCardCopies?: readonly string[];
      /** The cloud has no Planner: the action items were published without tasks. */
      tasksUnavailable?: CloudFeatureArea;
    };

export interface MinutesEditorProps {
  /** buildDraftKey({ kind: "minutes", seriesId: seriesId, occurrenceKey, userId }). */
  draftKey: DraftKey;
  /** useMinutes(…).data: the stored minutes, or null before the first save. */
  stored: StoredRecord<MinutesRecord> | null;
  /** createMinutes(…): the first draft, used while nothing is stored. */
  initial: MinutesRecord;
  /** The agenda items as the agenda feature has them (speakers, time boxes). */
  agendaItems: readonly MinutesAgendaItem[];
  /** Picker choices: meeting attendees (with department when known) first, then other group members. */
  people: { attendees: readonly ActionCandidate[]; others: readonly MinutesPerson[] };
  /** Help-needed requests of the occurrence's submitted reports. */
  helpRequests: readonly HelpRequest[];
  lateness: LatenessPolicy;
  /** useLeaveRequests(…).data: recorded as leave in attendance as they arrive. */
  leaveRequests?: readonly Attributed<LeaveRequestRecord>[];
  /** The series' time zone: due dates are its calendar dates. */
  timeZone: string;
  /** The signed-in user's UPN. */
  me: string;
  /** useSaveMinutes(…).mutateAsync, or a stand-in in tests. */
  save: SaveMinutes;
  onPublish: (minutes: MinutesRecord) => Promise<void>;
  publishState: PublishState;
  autosaveMs?: number;
  createId?: () => string;
  now?: () => Date;
}

const defaultCreateId = () => crypto.randomUUID();
const systemClock = () => new Date();

export function MinutesEditor(props: MinutesEditorProps) {
  const {
    agendaItems,
    people,
    helpRequests,
    lateness,
    timeZone,
    me,
    onPublish,
    publishState,
    createId = defaultCreateId,
    now = systemClock,
  } = props;
  const styles = useStyles();
  const { t } = useMinutesTranslation();
  const keyOf = usePersonKeys();
  const working = useWorkingMinutes({
    draftKey: props.draftKey,
    stored: props.stored,
    initial: props.initial,
    save: props.save,
    me,
    now,
    ...(props.leaveRequests === undefined ? {} : { leaveRequests: props.leaveRequests }),
    ...(props.autosaveMs === undefined ? {} : { autosaveMs: props.autosaveMs }),
  });
  const [hasTriedPublish, setHasTriedPublish] = useState(false);
  /** Bumped by a publish the missing fields blocked: the first of them is brought into view. */
  const [blockedPublishes, setBlockedPublishes] = useState(0);
  const rootRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (blockedPublishes === 0) return;
    const first = rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.scrollIntoView({ block: "center" });
    first?.focus();
  }, [blockedPublishes]);
  const [publishError, setPublishError] = useState<unknown>();
  const minutes = working.minutes;
  const readOnly = !canEdit(minutes);
  const issues = useMemo(() => validateActions(minutes), [minutes]);
  const visibleIssues = hasTriedPublish ? issues : [];
  const speakers = new Map(agendaItems.map((item) => [item.id, item.speaker?.name]));
  const sourceNames = Object.fromEntries(
    minutes.actions.flatMap((action) => {
      const help = action.source
        ? helpRequests.find((h) => h.reportKey === action.source?.reportKey && h.index === action.source.index)
        : undefined;
      return help ? [[action.id, help.from.name]] : [];
    }),
  );
  const isPublishing = publishState.phase === "running";

  const saveNow = () => {
    working.flush().catch((error: unknown) => {
      // saveState shows it; the draft still has everything.
      console.warn("Saving the minutes failed", error);
    });
  };

  const makeAction = (help: HelpRequest) => {
    const item =
      agendaItems.find((i) => i.speaker?.upn.toLowerCase() === help.from.upn.toLowerCase()) ??
      agendaItems[agendaItems.length - 1];
    if (!item) return;
    const action = helpToAction(help, {
      itemId: item.id,
      meetingStart: new Date(minutes.start),
      timeZone,
      attendees: people.attendees,
    });
    working.update((m) => addAction(m, action));
  };

  async function publish(): Promise<void> {
    setHasTriedPublish(true);
    setPublishError(undefined);
    if (issues.length > 0) {
      setBlockedPublishes((count) => count + 1);
      return;
    }
    if (working.conflicts.length > 0) return;
    let saved: MinutesRecord;
    try {
      saved = await working.flush();
    } catch (error) {
      setPublishError(error);
      return;
    }
    // The pipeline reports its progress and failure through publishState; a rejection is shown too.
    await onPublish(saved).catch((error: unknown) => {
      setPublishError(error);
    });
  }

  if (working.isLoading) return <Spinner label={t("common:loading")} />;

  const failure = publishState.phase === "failed" ? publishState.error : publishError;
  const limit = findPlannerLimit(failure);

  return (
    <article ref={rootRef} className={styles.root} aria-label={t("editorLabel")}>
      <header className={styles.header}>
        <Subtitle1 as="h2">{minutes.meetingTitle}</Subtitle1>
        <Badge appearance="tint" color={readOnly ? "success" : "informative"}>
          {readOnly ? t("statusPublished") : t("statusDraft")}
        </Badge>
        <Text>{t("version", { version: minutes.version })}</Text>
        <SaveStatus working={working} timeZone={timeZone} onSaveNow={saveNow} />
      </header>

      <ConflictList conflicts={working.conflicts} minutes={minutes} onResolve={working.resolve} />

      {readOnly && (
        <MessageBar intent="info">
          <MessageBarBody>{t("publish.readOnly")}</MessageBarBody>
        </MessageBar>
      )}

      <AttendanceTable
        minutes={minutes}
        policy={lateness}
        readOnly={readOnly}
        onChange={working.update}
        leaveForReview={listLeaveForReview(fillAttendeeIds(minutes, keyOf), props.leaveRequests ?? [])}
      />

      {minutes.items.length === 0 && <Text>{t("noItems")}</Text>}
      {minutes.items.map((item) => {
        const speakerName = speakers.get(item.id);
        const sharesTitle = minutes.items.some((other) => other.id !== item.id && other.title === item.title);
        return (
          <div key={item.id}>
            <Divider />
            <AgendaItemSection
              item={item}
              minutes={minutes}
              {...(speakerName === undefined ? {} : { speakerName })}
              sharesTitle={sharesTitle}
              attendees={people.attendees}
              others={people.others}
              issues={visibleIssues}
              readOnly={readOnly}
              createId={createId}
              onChange={working.update}
              sourceNames={sourceNames}
            />
          </div>
        );
      })}

      {!readOnly && (
        <section aria-label={t("help.title")} className={styles.helpSection}>
          <Subtitle1 as="h3">{t("help.title")}</Subtitle1>
          {helpRequests.length === 0 ? (
            <Text>{t("help.empty")}</Text>
          ) : (
            <ul className={styles.help}>
              {helpRequests.map((help) => {
                const isAdded = minutes.actions.some((a) => a.id === getHelpActionId(help));
                const line = t("help.line", { from: help.from.name, target: help.target, what: help.what });
                return (
                  <li key={getHelpActionId(help)} className={styles.helpRow}>
                    <Text>{line}</Text>
                    <Button
                      size="small"
                      disabled={isAdded}
                      aria-label={t("help.makeActionFor", { what: help.what })}
                      onClick={() => {
                        makeAction(help);
                      }}
                    >
                      {isAdded ? t("help.added") : t("help.makeAction")}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}

      <footer className={styles.footer}>
        {hasTriedPublish && working.conflicts.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t("validation.conflictsFirst")}</MessageBarBody>
          </MessageBar>
        )}
        {visibleIssues.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t("validation.summary", { count: visibleIssues.length })}</MessageBarBody>
          </MessageBar>
        )}
        {publishState.phase === "running" && (
          <Spinner size="tiny" labelPosition="after" label={t("publish.running", { step: publishState.step })} />
        )}
        {publishState.phase === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>
              {t("publish.done", { version: publishState.version })}
              {(publishState.removedCopies ?? 0) > 0 &&
                ` ${t("publish.removedCopies", { count: publishState.removedCopies ?? 0 })}`}
            </MessageBarBody>
          </MessageBar>
        )}
        {publishState.phase === "done" && publishState.tasksUnavailable !== undefined && (
          <CloudNotice area={publishState.tasksUnavailable} />
        )}
        {publishState.phase === "done" && (publishState.touchedCopies ?? []).length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t("publish.touchedCopies", {
                items: (publishState.touchedCopies ?? [])
                  .map((id) => minutes.actions.find((action) => action.id === id)?.what ?? id)
                  .join("；"),
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {publishState.phase === "done" && (publishState.leftCardCopies ?? []).length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t("publish.leftCardCopies", {
                count: (publishState.leftCardCopies ?? []).length,
                names: [...new Set(publishState.leftCardCopies)].join(t("publish.nameSeparator")),
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {failure !== undefined && (
          <ErrorNotice
            error={failure}
            message={
              limit !== undefined
                ? t(`publish.plannerLimit.${limit}`)
                : publishState.phase === "failed"
                  ? t("publish.failed")
                  : undefined
            }
            onRetry={() => {
              void publish();
            }}
          />
        )}
        <div className={styles.actions}>
          {readOnly ? (
            <Button
              onClick={() => {
                working.update((m) => startAmendment(m, me, now()));
              }}
            >
              {t("publish.amend")}
            </Button>
          ) : (
            <Button
              appearance="primary"
              disabled={isPublishing}
              onClick={() => {
                void publish();
              }}
            >
              {minutes.version > 1 ? t("publish.republish") : t("publish.publish")}
            </Button>
          )}
        </div>
      </footer>
    </article>
  );
}
