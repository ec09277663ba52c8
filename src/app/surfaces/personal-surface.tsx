import { useTranslation } from "react-i18next";
import { MyMeetings, personalStrings } from "../../features/personal";
import { buildViewLink } from "../links";

export function PersonalSurface() {
  const { t } = useTranslation("app");
  return <MyMeetings buildMeetingLink={(chat, view) => buildViewLink(chat, view, t(`workbench.${view}`))} />;
}

export const strings = { personal: personalStrings };
