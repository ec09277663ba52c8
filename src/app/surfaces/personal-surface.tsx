import { useTranslation } from "react-i18next";
import { MyMeetings, personalStrings } from "@/features/personal";
import { minutesStrings } from "@/features/minutes";
import { PersonalLeave } from "./personal-leave";
import { buildViewLink } from "../links";

export function PersonalSurface() {
  const { t } = useTranslation("app");
  return (
    <MyMeetings
      buildMeetingLink={(chat, view) => buildViewLink(chat, view, t(`workbench.${view}`))}
      renderOccurrenceActions={(occurrence) => <PersonalLeave {...occurrence} />}
    />
  );
}

export const strings = { personal: personalStrings, minutes: minutesStrings };
