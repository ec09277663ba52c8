// An attendee asks for leave (请假须提前一天): the form says before sending whether the request is
// still in time; after the series' cut-off it is still recorded, as late notice. Until the cut-off
// the person may withdraw it; once the meeting has started or its minutes are published the form
// is gone and a recorded leave is shown read-only (getLeaveControl, docs/domain.md §6).
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { formatInZones } from "@/lib/time/format-when";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { isLeaveRequestLate } from "../model/attendance";
import { getLeaveControl } from "@/meeting/model/leave/leave-control";
import type { LeaveRequestRecord } from "@/meeting/model/records/minutes-record";
import { formatTime, useMinutesTranslation } from "./minutes-i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface LeaveRequestFormProps {
  /** The series' cut-off (getLeaveCutoff), and how many working days before the meeting it is. */
  cutoff: Date;
  cutoffWorkingDays: number;
  /** The viewer's own request already sent, if any. */
  existing?: LeaveRequestRecord;
  /** A request for the viewer that someone else wrote (docs/domain.md §9): shown; the viewer may send their own. */
  writtenForMe?: { by: string; reason: string };
  /** The meeting's own zone: the cut-off is set there. */
  timeZone: string;
  /** The viewer's zone, named beside the meeting's when its clock reads otherwise; the meeting's when absent. */
  viewerTimeZone?: string;
  /** useRequestLeave(…).mutateAsync, or a stand-in in tests. */
  submit: (reason: string) => Promise<LeaveRequestRecord>;
  /** Withdraws the viewer's own request (useWithdrawLeave); offered until the cut-off. */
  withdraw?: () => Promise<void>;
  /** The occurrence's start: asking closes then. */
  meetingStart?: Date;
  /** The occurrence's minutes are published: leave can no longer change. */
  isPublished?: boolean;
  now?: () => Date;
}

type Phase = { phase: "idle" | "sending" | "withdrawing" } | { phase: "failed" | "withdrawFailed"; error: unknown };

const farFuture = new Date(8_640_000_000_000_000);

const systemClock = () => new Date();

export function LeaveRequestForm({
  cutoff,
  cutoffWorkingDays,
  existing,
  writtenForMe,
  timeZone,
  viewerTimeZone = timeZone,
  submit,
  withdraw,
  meetingStart = farFuture,
  isPublished = false,
  now = systemClock,
}: LeaveRequestFormProps) {
  const styles = useStyles();
  const { t, locale } = useMinutesTranslation();
  const [reason, setReason] = useState(existing?.reason ?? "");
  const [state, setState] = useState<Phase>({ phase: "idle" });
  // What this form last did, over the props until they catch up: sent a request, or withdrew it.
  const [local, setLocal] = useState<{ record: LeaveRequestRecord | undefined } | undefined>();
  const [hasTried, setHasTried] = useState(false);
  const isLate = isLeaveRequestLate(now(), cutoff);
  const current = local === undefined ? existing : local.record;
  const control = getLeaveControl({
    now: now(),
    meetingStart,
    cutoff,
    isPublished,
    hasOwnRequest: current !== undefined,
  });
  const isBlank = reason.trim() === "";
  const formatWhen = (instant: Date) =>
    formatInZones(
      instant,
      { locale, timeZone: viewerTimeZone },
      timeZone,
      (clock) => formatTime(instant, clock.locale, clock.timeZone),
      (clock) =>
        new Intl.DateTimeFormat(clock.locale, {
          hour: "2-digit",
          minute: "2-digit",
          hourCycle: "h23",
          timeZone: clock.timeZone,
        }).format(instant),
    );

  async function send(): Promise<void> {
    setHasTried(true);
    if (isBlank) return;
    setState({ phase: "sending" });
    try {
      setLocal({ record: await submit(reason.trim()) });
      setState({ phase: "idle" });
    } catch (error) {
      setState({ phase: "failed", error });
    }
  }

  async function withdrawRequest(): Promise<void> {
    if (withdraw === undefined) return;
    setState({ phase: "withdrawing" });
    try {
      await withdraw();
      setLocal({ record: undefined });
      setReason("");
      setHasTried(false);
      setState({ phase: "idle" });
    } catch (error) {
      setState({ phase: "withdrawFailed", error });
    }
  }

  if (control.kind === "none") return null;
  if (control.kind === "recorded" && current !== undefined)
    return (
      <section className={styles.root} aria-label={t("leave.title")}>
        <Subtitle2 as="h2">{t("leave.title")}</Subtitle2>
        <MessageBar intent={current.isLate ? "warning" : "success"} layout="multiline">
          <MessageBarBody role="status">
            {t(current.isLate ? "leave.recordedLate" : "leave.recorded", { reason: current.reason })}
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  const isBusy = state.phase === "sending" || state.phase === "withdrawing";

  return (
    <form
      className={styles.root}
      aria-label={t("leave.title")}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Subtitle2 as="h2">{t("leave.title")}</Subtitle2>
      <Text>{t("leave.deadline", { time: formatWhen(cutoff), days: cutoffWorkingDays })}</Text>
      {writtenForMe !== undefined && current === undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("leave.onBehalf", {
              name: writtenForMe.by === "" ? t("authorship.unknownWriter") : writtenForMe.by,
              reason: writtenForMe.reason,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {current ? (
        <MessageBar intent={current.isLate ? "warning" : "success"}>
          <MessageBarBody role="status">
            {t(current.isLate ? "leave.submittedLate" : "leave.submitted", {
              time: formatWhen(new Date(current.requestedAt)),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent={isLate ? "warning" : "info"} layout="multiline">
          <MessageBarBody>{isLate ? t("leave.late", { time: formatWhen(cutoff) }) : t("leave.inTime")}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label={t("leave.reason")}
        required
        validationMessage={hasTried && isBlank ? t("leave.reasonRequired") : undefined}
      >
        <Textarea
          value={reason}
          resize="vertical"
          onChange={(_, data) => {
            setReason(data.value);
          }}
        />
      </Field>
      {state.phase === "failed" && <ErrorNotice error={state.error} onRetry={() => void send()} />}
      {state.phase === "withdrawFailed" && (
        <>
          <MessageBar intent="error">
            <MessageBarBody>{t("leave.withdrawFailed")}</MessageBarBody>
          </MessageBar>
          <ErrorNotice error={state.error} onRetry={() => void withdrawRequest()} />
        </>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={isBusy}>
          {state.phase === "sending" ? t("leave.submitting") : current ? t("leave.update") : t("leave.submit")}
        </Button>
        {current !== undefined && withdraw !== undefined && control.kind === "open" && control.canWithdraw && (
          <Button
            type="button"
            disabled={isBusy}
            onClick={() => {
              void withdrawRequest();
            }}
          >
            {state.phase === "withdrawing" ? t("leave.withdrawing") : t("leave.withdraw")}
          </Button>
        )}
      </div>
      {current !== undefined && control.kind === "open" && !control.canWithdraw && (
        <Text size={200}>{t("leave.withdrawClosed", { time: formatWhen(cutoff) })}</Text>
      )}
    </form>
  );
}
