import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useMeAsKnownPerson } from "@/meeting/api/directory/my-identity";
import { PersonKeysProvider } from "@/meeting/api/directory/person-keys-context";
import { buildPersonKeys } from "@/meeting/model/roles/person-keys";
import { MyMeetings, personalStrings } from "@/features/personal";
import { minutesStrings } from "@/features/minutes";
import { PersonalLeave } from "./personal-leave";
import { buildViewLink } from "../links";
import { appStrings } from "../app-strings";

export function PersonalSurface() {
  const { t } = useTranslation("app");
  // Across many series only the viewer's own older names need mapping to their key.
  const me = useMeAsKnownPerson();
  const keyOf = useMemo(() => buildPersonKeys(me === undefined ? [] : [me]), [me]);
  return (
    <PersonKeysProvider keyOf={keyOf}>
      <MyMeetings
        buildMeetingLink={(chat, view, occurrenceKey) =>
          buildViewLink(chat, view, t(`workbench.${view}`), occurrenceKey)
        }
        renderOccurrenceActions={(occurrence) => <PersonalLeave {...occurrence} />}
      />
    </PersonKeysProvider>
  );
}

export const strings = { personal: personalStrings, minutes: minutesStrings, app: appStrings };
