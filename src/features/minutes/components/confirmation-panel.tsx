// Every attendee confirms the minutes (交给每位参会人员确认). An attendee confirms the published
// version; after an amendment they are asked again. The host sees who has and has not confirmed.
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
import type { ConfirmationRecord, MinutesRecord } from "@/meeting/model/records/minutes-record";
import { useMinutesTranslation } from "./minutes-i18n";

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
});

export interface ConfirmationPanelProps {
  /** The stored minutes; confirming needs them published. */
  minutes: MinutesRecord | null;
  confirmations: readonly ConfirmationRecord[];
  /** The signed-in user's UPN. */
  me: string;
  /** Shows everyone's confirmation state instead of the viewer's own button. */
  isHost: boolean;
  /** useConfirmMinutes(…).mutateAsync, or a stand-in in tests. */
  confirm: (version: number) => Promise<unknown>;
}

export function ConfirmationPanel({ minutes, confirmations, me, isHost, confirm }: ConfirmationPanelProps) {
  const styles = useStyles();
  const { t } = useMinutesTranslation();
  const [state, setState] = useState<{ phase: "idle" | "sending" } | { phase: "failed"; error: unknown }>({
    phase: "idle",
  });
  const [confirmedNow, setConfirmedNow] = useState<number>();
  // The version people confirm is the published one; an amendment in draft does not count yet.
  const publishedVersion = minutes?.status === "published" ? minutes.version : minutes?.published?.version;
  const byUpn = new Map(confirmations.map((c) => [c.upn.toLowerCase(), c.version]));
  const myVersion = Math.max(byUpn.get(me.toLowerCase()) ?? 0, confirmedNow ?? 0) || undefined;

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
    const done = minutes.attendees.filter((p) => (byUpn.get(p.upn.toLowerCase()) ?? 0) >= publishedVersion);
    const pending = minutes.attendees.filter((p) => (byUpn.get(p.upn.toLowerCase()) ?? 0) < publishedVersion);
    return (
      <section className={styles.root} aria-label={t("confirm.title")}>
        <Subtitle2 as="h2">{t("confirm.title")}</Subtitle2>
        <Text role="status">{t("confirm.progress", { done: done.length, total: minutes.attendees.length })}</Text>
        <ul className={styles.list} aria-label={t("confirm.pendingList")}>
          {pending.map((person) => {
            const older = byUpn.get(person.upn.toLowerCase());
            return (
              <li key={person.upn} className={styles.row}>
                <Text>{person.name}</Text>
                <span>
                  <Badge appearance="tint" color="warning">
                    {t("confirm.pending")}
                  </Badge>
                  {older !== undefined && (
                    <Caption1 className={styles.muted}> {t("confirm.olderVersion", { version: older })}</Caption1>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
        <ul className={styles.list} aria-label={t("confirm.confirmedList")}>
          {done.map((person) => (
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
  return (
    <section className={styles.root} aria-label={t("confirm.title")}>
      <Subtitle2 as="h2">{t("confirm.title")}</Subtitle2>
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
          {state.phase === "failed" && <ErrorNotice error={state.error} onRetry={() => void send(publishedVersion)} />}
          <div>
            <Button
              appearance="primary"
              disabled={state.phase === "sending"}
              onClick={() => void send(publishedVersion)}
            >
              {state.phase === "sending" ? t("confirm.confirming") : t("confirm.confirm")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
