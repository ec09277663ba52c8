import { useEffect } from "react";
import { MessageBar, MessageBarBody, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useServices } from "../lib/app-services/services-context";
import { SeriesView } from "../features/series/components/series-view";

const useStyles = makeStyles({
  panel: { padding: tokens.spacingHorizontalM, maxWidth: "960px", marginInline: "auto", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

function MeetingSurface({ chatId }: { chatId: string | undefined }) {
  const { t } = useTranslation("series");
  if (!chatId) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t("errors.noChat")}</MessageBarBody>
      </MessageBar>
    );
  }
  return <SeriesView chatId={chatId} />;
}

function SettingsSurface({ chatId }: { chatId: string | undefined }) {
  const { t } = useTranslation("app");
  const { host } = useServices();
  useEffect(() => {
    host.onSaveSettings?.(() =>
      Promise.resolve({
        contentUrl: `${window.location.origin}/?frame=content`,
        entityId: `meetloop-${chatId ?? "meeting"}`,
        suggestedDisplayName: t("appName", { ns: "common" }),
      }),
    );
    host.setSettingsValidity?.(chatId !== undefined);
  }, [host, chatId, t]);
  return (
    <>
      <Title3 as="h1">{t("settings.title")}</Title3>
      <Text>{t("settings.intro")}</Text>
      <MeetingSurface chatId={chatId} />
    </>
  );
}

/** Picks what to draw from the host's frame context: one app, several Teams surfaces. */
export function Surface() {
  const styles = useStyles();
  const { host } = useServices();
  const { t } = useTranslation("app");
  const { frame, chatId } = host.context;
  return (
    <main className={styles.panel}>
      {frame === "settings" ? (
        <SettingsSurface chatId={chatId} />
      ) : frame === "personal" ? (
        <Title3 as="h1">{t("personal.title")}</Title3>
      ) : (
        <MeetingSurface chatId={chatId} />
      )}
    </main>
  );
}
