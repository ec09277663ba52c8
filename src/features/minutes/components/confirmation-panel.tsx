// Every attendee confirms the minutes (交给每位参会人员确认). An attendee reads the published
// version here — notes, decisions with their action items, attendance — and confirms that version,
// named on the button; after an amendment they are asked again. The host sees who has and has not confirmed —
// themselves: a confirmation someone else wrote is shown as such and not counted (docs/domain.md §9).
import { fillAttendeeIds } from "@/meeting/model/records/minutes-record";
import { usePersonKeys } from "@/meeting/api/directory/person-keys-context";
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { ErrorNotice } from "@/lib/ui/error-notice";
import type { Attributed } from "@/meeting/model/authorship/authorship";
import type { ConfirmationRecord, MinutesRecord } from "@/meeting/model/records/minutes-record";
import { getAttendeeConfirmation, summarizeConfirmations } from "../model/confirmations";
import { getPublishedMinutes } from "../model/lifecycle";
import { PublishedMinutes } from "./published-minutes";
import type { NotCountedConfirmation } from "../model/confirmations";
import { useMinutesTranslation } from "./minutes-i18n";
import type { MinutesT } from "./minutes-i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  row: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteMarigoldForeground2 },
  counts: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

function describeNotCounted(t: MinutesT, notCounted: NotCountedConfirmation): string {
  const name = notCounted.by === "" ? t("authorship.unknownWriter") : notCounted.by;
  return t(`confirm.${notCounted.reason}`, { name, version: notCounted.version });
}

export interface ConfirmationPanelProps {
  /** The stored minutes; confirming needs them published. */
  minutes: MinutesRecord | null;
  /** With their authorship (useConfirmations): only the attendees' own count. */
  confirmations: readonly Attributed<ConfirmationRecord>[];
  /** The signed-in user's UPN. */
  me: string;
  /** Shows everyone's confirmation state instead of the viewer's own button. */
  isHost: boolean;
  /** useConfirmMinutes(…).mutateAsync, or a stand-in in tests. */
  confirm: (version: number) => Promise<unknown>;
  /** The series' time zone, for the publication time. */
  timeZone: string;
  /**
   * Shows the host the published minutes above who has confirmed: where no editor beside the panel
   * shows them (the side panel). Attendees always see what they confirm.
   */
  showMinutesToHost?: boolean;
}

export function ConfirmationPanel({
  minutes,
  confirmations,
  me,
  isHost,
  confirm,
  timeZone,
  showMinutesToHost = false,
}: ConfirmationPanelProps) {
  const styles = useStyles();
  const { t } = useMinutesTranslation();
  const keyOf = usePersonKeys();
  const [state, setState] = useState<{ phase: "idle" | "sending" } | { phase: "failed"; error: unknown }>({
    phase: "idle",
  });
  const [confirmedNow, setConfirmedNow] = useState<number>();
  // The version people confirm is the published one; an amendment in draft does not count yet.
  const publishedVersion = minutes?.status === "published" ? minutes.version : minutes?.published?.version;
  const mine = getAttendeeConfirmation({ upn: me, name: "" }, confirmations, publishedVersion ?? 0);
  const myVersion = Math.max(mine.confirmedVersion ?? 0, confirmedNow ?? 0) || undefined;

  async function send(version: number): Promise<void> {
    setState({ phase: "sending" });
    try {
      await confirm(version);
      setConfirmedNow(version);
      setState({ phase: "idle" });
    } catch (error) {
      setState({ phase: "failed", error });
    }
  }

  if (!minutes || publishedVersion === undefined) {
    return (
      <section className={styles.root} aria-label={t("confirm.title")}>
        <Subtitle2 as="h2">{t("confirm.title")}</Subtitle2>
        <Text>{t("confirm.notPublished")}</Text>
      </section>
    );
  }

  if (isHost) {
    const summary = summarizeConfirmations(fillAttendeeIds(minutes, keyOf).attendees, confirmations, publishedVersion);
    const done = summary.rows.filter((row) => row.isCurrent);
    const pending = summary.rows.filter((row) => !row.isCurrent);
    const readable = showMinutesToHost ? getPublishedMinutes(minutes) : undefined;
    return (
      <section className={styles.root} aria-label={t("confirm.title")}>
        <Subtitle2 as="h2">{t("confirm.title")}</Subtitle2>
        {readable && <PublishedMinutes minutes={readable} timeZone={timeZone} />}
        <div className={styles.counts}>
          <Text role="status">{t("confirm.progress", { done: summary.done, total: summary.total })}</Text>
          {summary.notCounted > 0 && (
            <Badge appearance="tint" color="warning">
              {t("confirm.notCounted", { count: summary.notCounted })}
            </Badge>
          )}
        </div>
        <ul className={styles.list} aria-label={t("confirm.pendingList")}>
          {pending.map(({ person, confirmedVersion, notCounted }) => (
            <li key={person.upn} className={styles.row}>
              <Text>{person.name}</Text>
              <span>
                <Badge appearance="tint" color="warning">
                  {t("confirm.pending")}
                </Badge>
                {confirmedVersion !== undefined && (
                  <Caption1 className={styles.muted}>
                    {" "}
                    {t("confirm.olderVersion", { version: confirmedVersion })}
                  </Caption1>
                )}
                {notCounted !== undefined && (
                  <Caption1 className={styles.warning} block>
                    {describeNotCounted(t, notCounted)}
                  </Caption1>
                )}
              </span>
            </li>
          ))}
        </ul>
        <ul className={styles.list} aria-label={t("confirm.confirmedList")}>
          {done.map(({ person }) => (
            <li key={person.upn} className={styles.row}>
              <Text>{person.name}</Text>
              <Badge appearance="tint" color="success">
                {t("confirm.done")}
              </Badge>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const isCurrent = myVersion !== undefined && myVersion >= publishedVersion;
  const readable = getPublishedMinutes(minutes);
  return (
    <section className={styles.root} aria-label={t("confirm.title")}>
      <Subtitle2 as="h2">{t("confirm.title")}</Subtitle2>
      {readable && <PublishedMinutes minutes={readable} timeZone={timeZone} />}
      {isCurrent ? (
        <MessageBar intent="success">
          <MessageBarBody role="status">{t("confirm.confirmed", { version: myVersion })}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {myVersion !== undefined && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {t("confirm.newVersion", { version: publishedVersion, confirmed: myVersion })}
              </MessageBarBody>
            </MessageBar>
          )}
          {mine.notCounted !== undefined && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {t("confirm.mineOnBehalf", {
                  name: mine.notCounted.by === "" ? t("authorship.unknownWriter") : mine.notCounted.by,
                  version: mine.notCounted.version,
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          {state.phase === "failed" && <ErrorNotice error={state.error} onRetry={() => void send(publishedVersion)} />}
          <div>
            <Button
              appearance="primary"
              disabled={state.phase === "sending"}
              onClick={() => void send(publishedVersion)}
            >
              {state.phase === "sending"
                ? t("confirm.confirming")
                : t("confirm.confirmVersion", { version: publishedVersion })}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
