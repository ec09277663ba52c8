import { Suspense, lazy } from "react";
import { MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useServices } from "../lib/app-services/services-context";
import { buildViewLink } from "./links";
import { MeetingWorkbench } from "./surfaces/meeting-workbench";

const MyMeetings = lazy(() => import("../features/personal").then((m) => ({ default: m.MyMeetings })));
const SetupSurface = lazy(() => import("./surfaces/setup-surface").then((m) => ({ default: m.SetupSurface })));

const useStyles = makeStyles({
  panel: { padding: tokens.spacingHorizontalM, maxWidth: "1040px", marginInline: "auto", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

function NoMeeting() {
  const { t } = useTranslation("series");
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{t("errors.noChat")}</MessageBarBody>
    </MessageBar>
  );
}

/** Picks what to draw from the host's frame context: one app, several Teams surfaces. */
export function Surface() {
  const styles = useStyles();
  const { host } = useServices();
  const { t } = useTranslation("app");
  const { frame, chatId } = host.context;
  let content;
  if (frame === "personal") {
    content = (
      <Suspense fallback={<Spinner label={t("common:loading")} />}>
        <MyMeetings buildMeetingLink={(chat, view) => buildViewLink(chat, view, t(`workbench.${view}`))} />
      </Suspense>
    );
  }
  else if (!chatId) content = <NoMeeting />;
  else if (frame === "settings") {
    content = (
      <Suspense fallback={<Spinner label={t("common:loading")} />}>
        <SetupSurface chatId={chatId} showSaveButton={host.context.host === "browser"} />
      </Suspense>
    );
  }
  else content = <MeetingWorkbench chatId={chatId} layout={frame === "sidePanel" ? "panel" : "wide"} />;
  return <main className={styles.panel}>{content}</main>;
}
