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

export const strings = { app: appStrings };
