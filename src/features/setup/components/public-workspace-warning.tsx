import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useMyGroups } from "../api/use-workspace-choices";

/**
 * For the organizer of a series whose records are kept in a public group: anyone in the company can
 * join that group and read them, so say so and how to move to a private group (docs/domain.md §8).
 * Nothing else changes for the series. Draws nothing while the groups load, when the group is not
 * public, or when it can't be read — the warning must never stand in the way of the meeting.
 */
export function PublicWorkspaceWarning({ groupId }: { groupId: string }) {
  const { t } = useTranslation("setup");
  const groups = useMyGroups();
  const group = groups.data?.find((g) => g.id === groupId);
  if (group?.visibility !== "public") return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("publicWarning.title")}</MessageBarTitle>
        {t("publicWarning.body", { group: group.name })}
      </MessageBarBody>
    </MessageBar>
  );
}
