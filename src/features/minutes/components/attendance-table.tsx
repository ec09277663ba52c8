import {
  Badge,
  Button,
  Caption1,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePersonKeys } from "@/meeting/api/directory/person-keys-context";
import type { LatenessPolicy } from "@/meeting/model/series-config/series-config";
import { getWriterName } from "@/meeting/model/authorship/authorship";
import type { Attributed } from "@/meeting/model/authorship/authorship";
import {
  computeLatenessPenalty,
  isAttendanceStatus,
  recordLeaveOnBehalf,
  summarizeAttendance,
} from "../model/attendance";
import { markRemainingPresent, setAttendance, setAttendanceStatus, setLateMinutes } from "../model/edit-minutes";
import { attendanceStatuses, fillAttendeeIds, isAttendee } from "@/meeting/model/records/minutes-record";
import type { LeaveRequestRecord, MinutesPerson, MinutesRecord } from "@/meeting/model/records/minutes-record";
import { formatAmount, useMinutesTranslation } from "./minutes-i18n";
import { LateMinutesInput } from "./late-minutes-input";
import type { MinutesT } from "./minutes-i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  minutes: { width: "80px" },
  footer: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  review: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorPaletteMarigoldForeground2,
  },
});

export function describePolicy(t: MinutesT, policy: LatenessPolicy, locale: string): string {
  switch (policy.kind) {
    case "none":
      return t("attendance.policyNone");
    case "flat":
      return t("attendance.policyFlat", { amount: formatAmount(policy.amount, locale) });
    case "perMinute":
      return t("attendance.policyPerMinute", { amount: formatAmount(policy.amount, locale) });
  }
}

export interface AttendanceTableProps {
  minutes: MinutesRecord;
  policy: LatenessPolicy;
  readOnly: boolean;
  onChange: (change: (minutes: MinutesRecord) => MinutesRecord) => void;
  /** Leave requests someone else wrote for an attendee (listLeaveForReview): shown, recorded on request. */
  leaveForReview?: readonly Attributed<LeaveRequestRecord>[];
}

/** Per attendee: status, minutes late, and the series' penalty for it. */
export function AttendanceTable({ minutes, policy, readOnly, onChange, leaveForReview = [] }: AttendanceTableProps) {
  const styles = useStyles();
  const { t, locale } = useMinutesTranslation();
  const keyOf = usePersonKeys();
  const keyed = (person: MinutesPerson) => fillAttendeeIds({ attendees: [person] }, keyOf).attendees[0] ?? person;
  const summary = summarizeAttendance(minutes, policy);
  const writerName = (name: string) => (name === "" ? t("authorship.unknownWriter") : name);
  return (
    <section className={styles.root} aria-label={t("attendance.title")}>
      <Table size="small" aria-label={t("attendance.title")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("attendance.person")}</TableHeaderCell>
            <TableHeaderCell>{t("attendance.status")}</TableHeaderCell>
            <TableHeaderCell>{t("attendance.lateMinutes")}</TableHeaderCell>
            <TableHeaderCell>{t("attendance.penalty")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {minutes.attendees.map((person) => {
            const entry = minutes.attendance[person.upn.toLowerCase()];
            const penalty = computeLatenessPenalty(entry, policy);
            return (
              <TableRow key={person.upn}>
                <TableCell>
                  <Text>{person.name}</Text>
                  {entry?.leave && (
                    <>
                      {" "}
                      {entry.leave.isLate && (
                        <Badge color="warning" appearance="tint">
                          {t("attendance.lateNotice")}
                        </Badge>
                      )}
                      <Caption1 className={styles.muted} block>
                        {t("attendance.leaveReason", { reason: entry.leave.reason })}
                      </Caption1>
                      {entry.leave.onBehalfBy !== undefined && (
                        <Caption1 className={styles.muted} block>
                          {t("attendance.leaveOnBehalf", { name: writerName(entry.leave.onBehalfBy) })}
                        </Caption1>
                      )}
                    </>
                  )}
                  {leaveForReview
                    .filter((request) => isAttendee(keyed(person), request.value.upn))
                    .map((request) => (
                      <span key={request.value.requestedAt} className={styles.review}>
                        <Caption1 block>
                          {t("attendance.leaveToReview", {
                            name: writerName(getWriterName(request.authorship)),
                            reason: request.value.reason,
                          })}
                        </Caption1>
                        {!readOnly && (
                          <Button
                            size="small"
                            aria-label={t("attendance.recordLeaveFor", { name: person.name })}
                            onClick={() => {
                              onChange((m) => recordLeaveOnBehalf(m, request));
                            }}
                          >
                            {t("attendance.recordLeave")}
                          </Button>
                        )}
                      </span>
                    ))}
                </TableCell>
                <TableCell>
                  <Select
                    aria-label={t("attendance.statusFor", { name: person.name })}
                    value={entry?.status ?? ""}
                    disabled={readOnly}
                    onChange={(_, data) => {
                      const value = data.value;
                      onChange((m) =>
                        isAttendanceStatus(value)
                          ? setAttendanceStatus(m, person.upn, value)
                          : setAttendance(m, person.upn, undefined),
                      );
                    }}
                  >
                    <option value="">{t("attendance.unmarked")}</option>
                    {attendanceStatuses.map((status) => (
                      <option key={status} value={status}>
                        {t(`attendance.${status}`)}
                      </option>
                    ))}
                  </Select>
                </TableCell>
                <TableCell>
                  {entry?.status === "late" && (
                    <LateMinutesInput
                      className={styles.minutes}
                      personName={person.name}
                      minutes={entry.lateMinutes}
                      disabled={readOnly}
                      onChange={(minutes) => {
                        onChange((m) => setLateMinutes(m, person.upn, minutes));
                      }}
                    />
                  )}
                </TableCell>
                <TableCell>
                  {penalty > 0
                    ? t("attendance.penaltyAmount", { amount: formatAmount(penalty, locale) })
                    : t("attendance.noPenalty")}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <div className={styles.footer}>
        <Text role="status">{t("attendance.summary", summary.counts)}</Text>
        {summary.penaltyTotal > 0 && (
          <Text>{t("attendance.penaltyTotal", { amount: formatAmount(summary.penaltyTotal, locale) })}</Text>
        )}
        <Caption1 className={styles.muted}>{describePolicy(t, policy, locale)}</Caption1>
        {!readOnly && summary.counts.unmarked > 0 && (
          <Button
            size="small"
            onClick={() => {
              onChange(markRemainingPresent);
            }}
          >
            {t("attendance.markRest")}
          </Button>
        )}
      </div>
    </section>
  );
}
