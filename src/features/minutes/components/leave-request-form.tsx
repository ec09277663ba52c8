// An attendee asks for leave (请假须提前一天): the form says before sending whether the request is
// still in time; after the series' cut-off it is still recorded, as late notice.
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
import type { LeaveRequestRecord } from "@/meeting/model/records/minutes-record";
import { formatTime, useMinutesTranslation } from "./minutes-i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
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
  now?: () => Date;
}

const systemClock = () => new Date();

export function LeaveRequestForm({
  cutoff,
  cutoffWorkingDays,
  existing,
  writtenForMe,
  timeZone,
  viewerTimeZone = timeZone,
  submit,
  now = systemClock,
}: LeaveRequestFormProps) {
  const styles = useStyles();
  const { t, locale } = useMinutesTranslation();
  const [reason, setReason] = useState(existing?.reason ?? "");
  const [state, setState] = useState<{ phase: "idle" | "sending" } | { phase: "failed"; error: unknown }>({
    phase: "idle",
  });
  const [sent, setSent] = useState<LeaveRequestRecord | undefined>(existing);
  const [hasTried, setHasTried] = useState(false);
  const isLate = isLeaveRequestLate(now(), cutoff);
  const current = sent ?? existing;
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
      setSent(await submit(reason.trim()));
      setState({ phase: "idle" });
    } catch (error) {
      setState({ phase: "failed", error });
    }
  }

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
      {writtenForMe !== undefined && sent === undefined && (
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
      <div>
        <Button appearance="primary" type="submit" disabled={state.phase === "sending"}>
          {state.phase === "sending" ? t("leave.submitting") : current ? t("leave.update") : t("leave.submit")}
        </Button>
      </div>
    </form>
  );
}
