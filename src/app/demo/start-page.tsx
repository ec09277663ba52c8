import { useEffect, useState } from "react";
import {
  Body1,
  Card,
  CardHeader,
  Link,
  Persona,
  Spinner,
  Subtitle1,
  Text,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { getDemoDirectory } from "./demo-directory";
import type { DemoDirectory } from "./demo-directory";
import { appStrings } from "../app-strings";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalXXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    maxWidth: "1100px",
    marginInline: "auto",
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(320px, 1fr))",
    gap: tokens.spacingHorizontalL,
  },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

type Load = { state: "loading" } | { state: "ready"; directory: DemoDirectory } | { state: "failed"; error: unknown };

function buildLink(params: Record<string, string>): string {
  return `?${new URLSearchParams(params).toString()}`;
}

export function StartPage() {
  const { t, i18n } = useTranslation("app");
  const styles = useStyles();
  const [load, setLoad] = useState<Load>({ state: "loading" });

  useEffect(() => {
    getDemoDirectory(window.location.origin).then(
      (directory) => {
        setLoad({ state: "ready", directory });
      },
      (error: unknown) => {
        setLoad({ state: "failed", error });
      },
    );
  }, []);

  const lang = i18n.language;
  return (
    <main className={styles.root}>
      <Title2 as="h1">{t("start.title")}</Title2>
      <Body1>{t("start.intro")}</Body1>
      <Text>
        {t("start.language")}: <Link href={buildLink({ lang: "zh-CN" })}>中文</Link> ·{" "}
        <Link href={buildLink({ lang: "en-US" })}>English</Link>
      </Text>
      {load.state === "loading" && <Spinner label={t("common:loading")} />}
      {load.state === "failed" && <ErrorNotice error={load.error} />}
      {load.state === "ready" && (
        <>
          <Subtitle1 as="h2">{t("start.meetings")}</Subtitle1>
          <div className={styles.grid}>
            {Object.values(load.directory.chats)
              .filter((c) => Boolean(c.meetingId))
              .map((chat) => {
                const memberIds = new Set(chat.memberIds);
                const members = load.directory.users.filter((u) => memberIds.has(u.id));
                return (
                  <Card key={chat.id}>
                    <CardHeader header={<Subtitle1 as="h3">{chat.topic ?? chat.id}</Subtitle1>} />
                    {members.map((user) => (
                      <div key={user.id}>
                        <Persona
                          name={user.displayName}
                          secondaryText={[user.jobTitle, user.department].filter(Boolean).join(" · ")}
                        />
                        <div className={styles.links}>
                          {(["sidePanel", "content", "settings"] as const).map((frame) => (
                            <Link
                              key={frame}
                              href={buildLink({ as: user.userPrincipalName, frame, chat: chat.id, lang })}
                            >
                              {t(`start.${frame}`)}
                            </Link>
                          ))}
                        </div>
                      </div>
                    ))}
                  </Card>
                );
              })}
          </div>
          <Subtitle1 as="h2">{t("start.outlook")}</Subtitle1>
          <Body1>{t("start.outlookIntro")}</Body1>
          <OutlookLinks directory={load.directory} lang={lang} />
          <Subtitle1 as="h2">{t("start.personas")}</Subtitle1>
          <div className={styles.links}>
            {load.directory.users.map((user) => (
              <Link key={user.id} href={buildLink({ as: user.userPrincipalName, frame: "personal", lang })}>
                {user.displayName} — {t("start.personal")}
              </Link>
            ))}
          </div>
        </>
      )}
    </main>
  );
}

/**
 * The Outlook pane against the fake Office host: each Teams meeting as its organizer (compose) and
 * its first attendee (read), one new unsaved item, and the appointments that are no Meetloop
 * meeting (no chat: opened by subject).
 */
function OutlookLinks({ directory, lang }: { directory: DemoDirectory; lang: string }) {
  const { t } = useTranslation("app");
  const styles = useStyles();
  const nameOf = (id: string) => directory.users.find((u) => u.id === id);
  const links: { key: string; href: string; label: string }[] = [];
  for (const meeting of directory.meetings) {
    const organizer = nameOf(meeting.organizerId);
    const attendee = meeting.attendeeIds.map(nameOf).find((u) => u !== undefined);
    if (organizer === undefined) continue;
    if (meeting.chatId === "") {
      for (const user of [organizer, attendee]) {
        if (user === undefined) continue;
        links.push({
          key: `${meeting.id}/${user.id}`,
          href: buildLink({ as: user.userPrincipalName, frame: "outlook", subject: meeting.subject, lang }),
          label: t("start.outlookOther", { name: user.displayName, subject: meeting.subject }),
        });
      }
      continue;
    }
    const chat = { frame: "outlook", chat: meeting.chatId, lang };
    links.push({
      key: `${meeting.id}/organizer`,
      href: buildLink({ ...chat, as: organizer.userPrincipalName, mode: "organizerCompose" }),
      label: `${meeting.subject} — ${t("start.outlookOrganizer", { name: organizer.displayName })}`,
    });
    if (attendee !== undefined)
      links.push({
        key: `${meeting.id}/attendee`,
        href: buildLink({ ...chat, as: attendee.userPrincipalName, mode: "attendeeRead" }),
        label: `${meeting.subject} — ${t("start.outlookAttendee", { name: attendee.displayName })}`,
      });
  }
  const first = directory.meetings.find((m) => m.chatId !== "");
  const firstOrganizer = first === undefined ? undefined : nameOf(first.organizerId);
  if (first !== undefined && firstOrganizer !== undefined)
    links.push({
      key: "new",
      href: buildLink({
        frame: "outlook",
        as: firstOrganizer.userPrincipalName,
        mode: "organizerCompose",
        item: "new",
        chat: first.chatId,
        lang,
      }),
      label: t("start.outlookNew", { name: firstOrganizer.displayName }),
    });
  return (
    <ul className={styles.list}>
      {links.map((link) => (
        <li key={link.key}>
          <Link href={link.href}>{link.label}</Link>
        </li>
      ))}
    </ul>
  );
}

export const strings = { app: appStrings };
