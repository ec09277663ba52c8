// The compact minutes panel for the 320 px meeting side panel: the current agenda item with its
// time box counting down (red once over), a quick decision or action for that item, and quick
// attendance marks. It edits the same working copy (draft + autosave) as the chat tab's editor.
import {
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { DraftKey } from "@/lib/drafts";
import type { Attributed } from "@/meeting/model/authorship/authorship";
import type { StoredRecord } from "@/meeting/api/workspace";
import { findScheduledItem, getTimeBoxEnd } from "../model/countdown";
import type { MinutesAgendaItem } from "../model/create-minutes";
import { addAction, addDecision, createBlankAction, setAttendanceStatus, setLateMinutes } from "../model/edit-minutes";
import { getDefaultDecisionId } from "@/meeting/model/records/action-source";
import { canEdit } from "../model/lifecycle";
import type { AttendanceStatus, LeaveRequestRecord, MinutesRecord } from "@/meeting/model/records/minutes-record";
import { formatTime, useMinutesTranslation } from "./minutes-i18n";
import { LateMinutesInput } from "./late-minutes-input";
import { SaveStatus } from "./save-status";
import { useCountdown } from "./use-countdown";
import { useWorkingMinutes } from "./use-working-minutes";
import type { SaveMinutes } from "./use-working-minutes";

const useStyles = makeStyles({
  // A native select is as wide as its longest option (a decision's whole text): held to its column.
  fit: { minWidth: 0, maxWidth: "100%" },
  fitSelect: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "320px", minWidth: 0 },
  timer: {
    fontSize: tokens.fontSizeHero700,
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
  overtime: { color: tokens.colorPaletteRedForeground1 },
  nav: { display: "flex", gap: tokens.spacingHorizontalS },
  quick: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  lateMinutes: { width: "72px" },
  statuses: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  addedList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  link: { flexBasis: "100%", minWidth: 0 },
  grow: { flexGrow: 1, minWidth: 0 },
  marks: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  mark: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface MinutesPanelProps {
  draftKey: DraftKey;
  stored: StoredRecord<MinutesRecord> | null;
  initial: MinutesRecord;
  /** With their time boxes, in order. */
  agendaItems: readonly MinutesAgendaItem[];
  me: string;
  /** useLeaveRequests(…).data: recorded as leave in attendance as they arrive. */
  leaveRequests?: readonly Attributed<LeaveRequestRecord>[];
  timeZone: string;
  save: SaveMinutes;
  autosaveMs?: number;
  createId?: () => string;
}

const quickStatuses = ["present", "late", "absent"] as const satisfies readonly AttendanceStatus[];
const defaultCreateId = () => crypto.randomUUID();

/** The item the note-taker moved to, and when; before any move, the schedule decides. */
interface Position {
  index: number;
  startsAt: Date;
}

export function MinutesPanel({
  draftKey,
  stored,
  initial,
  agendaItems,
  me,
  timeZone,
  save,
  leaveRequests,
  autosaveMs,
  createId = defaultCreateId,
}: MinutesPanelProps) {
  const styles = useStyles();
  const { t, locale } = useMinutesTranslation();
  const working = useWorkingMinutes({
    draftKey,
    stored,
    initial,
    save,
    me,
    ...(leaveRequests === undefined ? {} : { leaveRequests }),
    ...(autosaveMs === undefined ? {} : { autosaveMs }),
  });
  const [moved, setMoved] = useState<Position>();
  const [decision, setDecision] = useState("");
  const [action, setAction] = useState("");
  /** The decision the quick action carries out: "" the item itself, undefined its latest decision. */
  const [link, setLink] = useState<string>();
  const [added, setAdded] = useState<string>();
  const minutes = working.minutes;
  const readOnly = !canEdit(minutes);
  const meetingStart = new Date(minutes.start);
  const now = new Date();
  const scheduled = findScheduledItem(agendaItems, meetingStart, now);
  const position = moved ?? scheduled;
  const current = position ? agendaItems[position.index] : undefined;
  // Before the meeting (and until the note-taker moves on by hand) there is no time box to count:
  // a countdown to a meeting days away would read "剩余 17142:22".
  const isBeforeStart = moved === undefined && now.getTime() < meetingStart.getTime();
  const countdown = useCountdown(
    current && position && !isBeforeStart ? getTimeBoxEnd(position.startsAt, current.minutes) : undefined,
  );
  const currentDecisions = minutes.items.find((item) => item.id === current?.id)?.decisions ?? [];
  // What was added for this item, quick or not: the note-taker sees it was taken down.
  const currentActions = minutes.actions.filter((a) => a.itemId === current?.id && a.what.trim() !== "");
  const linkedDecision =
    link === ""
      ? undefined
      : currentDecisions.some((d) => d.id === link)
        ? link
        : current
          ? getDefaultDecisionId({ id: current.id, decisions: currentDecisions })
          : undefined;

  const moveTo = (index: number) => {
    setMoved({ index, startsAt: new Date() });
    setLink(undefined);
  };

  return (
    <section className={styles.root} aria-label={t("panelLabel")}>
      <SaveStatus
        working={working}
        timeZone={timeZone}
        onSaveNow={() => {
          working.flush().catch((error: unknown) => {
            console.warn("Saving the minutes failed", error);
          });
        }}
      />
      {current && position && (
        <div>
          <Caption1 className={styles.muted}>{t("panel.current")}</Caption1>
          <Subtitle2 as="h2" block>
            {current.title}
          </Subtitle2>
          {isBeforeStart && (
            <Text role="status">{t("panel.startsAt", { time: formatTime(meetingStart, locale, timeZone) })}</Text>
          )}
          {countdown && (
            <Text
              role="timer"
              aria-live="off"
              className={mergeClasses(styles.timer, countdown.isOvertime && styles.overtime)}
            >
              {countdown.isOvertime
                ? t("panel.overtime", { time: countdown.label.slice(1) })
                : t("panel.timeLeft", { time: countdown.label })}
            </Text>
          )}
          <div className={styles.nav}>
            <Button
              size="small"
              disabled={position.index === 0}
              onClick={() => {
                moveTo(position.index - 1);
              }}
            >
              {t("panel.previous")}
            </Button>
            <Button
              size="small"
              disabled={position.index >= agendaItems.length - 1}
              onClick={() => {
                moveTo(position.index + 1);
              }}
            >
              {t("panel.next")}
            </Button>
          </div>
        </div>
      )}

      {current && !readOnly && (
        <>
          <form
            className={styles.quick}
            onSubmit={(event) => {
              event.preventDefault();
              const text = decision.trim();
              if (text === "") return;
              working.update((m) => addDecision(m, current.id, { id: createId(), text }));
              setDecision("");
              setLink(undefined);
              setAdded(t("panel.addedDecision"));
            }}
          >
            <Field className={styles.grow} label={t("panel.quickDecision")}>
              <Input
                value={decision}
                onChange={(_, data) => {
                  setDecision(data.value);
                }}
              />
            </Field>
            <Button type="submit" aria-label={`${t("panel.add")} ${t("panel.quickDecision")}`}>
              {t("panel.add")}
            </Button>
          </form>
          <form
            className={styles.quick}
            onSubmit={(event) => {
              event.preventDefault();
              const text = action.trim();
              if (text === "") return;
              working.update((m) =>
                addAction(m, { ...createBlankAction(createId(), current.id, linkedDecision), what: text }),
              );
              setAction("");
              setAdded(t("panel.addedAction"));
            }}
          >
            <Field className={styles.grow} label={t("panel.quickAction")}>
              <Input
                value={action}
                onChange={(_, data) => {
                  setAction(data.value);
                }}
              />
            </Field>
            <Button type="submit" aria-label={`${t("panel.add")} ${t("panel.quickAction")}`}>
              {t("panel.add")}
            </Button>
            <Field className={styles.link} label={t("action.source")}>
              <Select
                className={styles.fit}
                select={{ className: styles.fitSelect }}
                value={linkedDecision ?? ""}
                onChange={(_, data) => {
                  setLink(data.value);
                }}
              >
                {currentDecisions.map((d, index) => (
                  <option key={d.id} value={d.id}>
                    {t("action.sourceDecision", {
                      row: index + 1,
                      text: d.text.trim() === "" ? t("action.sourceUntitled") : d.text,
                    })}
                  </option>
                ))}
                <option value="">{t("action.sourceItem", { title: current.title })}</option>
              </Select>
            </Field>
          </form>
          {added && <Caption1 role="status">{added}</Caption1>}
          {(currentDecisions.length > 0 || currentActions.length > 0) && (
            <div>
              <Caption1 className={styles.muted}>{t("panel.addedSoFar")}</Caption1>
              <ul className={styles.addedList} aria-label={t("panel.addedSoFar")}>
                {currentDecisions.map((d) => (
                  <li key={d.id}>{t("panel.decisionLine", { text: d.text })}</li>
                ))}
                {currentActions.map((a) => (
                  <li key={a.id}>{t("panel.actionLine", { text: a.what })}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}

      <div role="group" aria-label={t("panel.quickMarks")}>
        <Caption1 className={styles.muted}>{t("panel.quickMarks")}</Caption1>
        <ul className={styles.marks}>
          {minutes.attendees.map((person) => {
            const entry = minutes.attendance[person.upn.toLowerCase()];
            return (
              <li key={person.upn} className={styles.mark}>
                <Text truncate>{person.name}</Text>
                {entry?.status === "leave" ? (
                  <Text>{t("attendance.leave")}</Text>
                ) : (
                  <div
                    className={styles.statuses}
                    role="group"
                    aria-label={t("attendance.statusFor", { name: person.name })}
                  >
                    {quickStatuses.map((status) => (
                      <ToggleButton
                        key={status}
                        size="small"
                        // A marked status must read at a glance in a busy meeting, not as a faint tint.
                        appearance={entry?.status === status ? "primary" : "secondary"}
                        disabled={readOnly}
                        checked={entry?.status === status}
                        onClick={() => {
                          working.update((m) => setAttendanceStatus(m, person.upn, status));
                        }}
                      >
                        {t(`attendance.${status}`)}
                      </ToggleButton>
                    ))}
                    {entry?.status === "late" && (
                      <LateMinutesInput
                        className={styles.lateMinutes}
                        size="small"
                        personName={person.name}
                        minutes={entry.lateMinutes}
                        disabled={readOnly}
                        onChange={(minutes) => {
                          working.update((m) => setLateMinutes(m, person.upn, minutes));
                        }}
                      />
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <Caption1 className={styles.muted}>{t("panel.openEditor")}</Caption1>
    </section>
  );
}
