import {
  Badge,
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { DirectoryPerson } from "@/meeting/model/directory/directory";
import type { TaskOwnership } from "@/meeting/model/planner/task-owners";
import { useFollowUpTranslation } from "./follow-up-i18n";
import type { FollowUpT } from "./follow-up-i18n";

/** "张敏（改派自 李娜）" — the owners Planner has now, and whom the minutes named when that differs. */
export function describeOwners(t: FollowUpT, ownership: TaskOwnership): string {
  const names =
    ownership.owners.length === 0
      ? t("owners.nobody")
      : ownership.owners.map((o) => o.name || t("owners.unknownPerson")).join(t("owners.separator"));
  return ownership.reassignedFrom === undefined
    ? names
    : `${names}（${t("owners.reassignedFrom", { name: ownership.reassignedFrom.name })}）`;
}

/** A badge per owner who can no longer do the work: 已离职 / 已停用 / 不在组内. */
export function OwnerStandingBadges({ ownership }: { ownership: TaskOwnership }) {
  const { t } = useFollowUpTranslation();
  return (
    <>
      {ownership.owners.map((owner) =>
        owner.standing === "gone" || owner.standing === "disabled" || owner.standing === "notMember" ? (
          <Badge key={owner.key} appearance="filled" color="danger" shape="rounded">
            {`${owner.name || t("owners.unknownPerson")} ${t(`owners.standing.${owner.standing}`)}`}
          </Badge>
        ) : null,
      )}
    </>
  );
}

export interface ReassignMenuProps {
  what: string;
  candidates: readonly DirectoryPerson[];
  isBusy: boolean;
  onReassign: (to: DirectoryPerson) => void;
}

/** One click on a member hands the item over: Planner first, then the minutes. */
export function ReassignMenu({ what, candidates, isBusy, onReassign }: ReassignMenuProps) {
  const { t } = useFollowUpTranslation();
  if (isBusy) return <Spinner size="tiny" label={t("owners.reassigning")} />;
  if (candidates.length === 0) return <Text>{t("owners.noCandidates")}</Text>;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button aria-label={t("owners.reassignItem", { what })}>{t("owners.reassign")}</Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {candidates.map((person) => (
            <MenuItem
              key={person.id}
              aria-label={t("owners.reassignTo", { name: person.name })}
              onClick={() => {
                onReassign(person);
              }}
            >
              {person.name}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
