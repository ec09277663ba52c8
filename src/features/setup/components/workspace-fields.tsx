import { useEffect } from "react";
import { Badge, Dropdown, Field, Option, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { isUnavailableInCloud } from "@/lib/graph";
import { CloudNotice } from "@/lib/ui/cloud-notice";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { judgeWorkspace } from "../model/workspace-visibility";
import type { GroupVisibility } from "../model/workspace-visibility";
import { useGroupPlans, useMyGroups, useWorkspaceCheck } from "../api/use-workspace-choices";
import type { WorkspaceCheck } from "../api/use-workspace-choices";

import { newPlanId as newPlanValue } from "../api/save-setup";

const useStyles = makeStyles({
  option: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const badgeColors: Record<GroupVisibility, BadgeProps["color"]> = {
  public: "danger",
  private: "success",
  hiddenMembership: "success",
  unknown: "warning",
};

/**
 * Why the chosen group can't hold a new series (`refused`), or the warning for an existing series
 * kept in such a group (`kept`); undefined for a private group. docs/domain.md §8.
 */
export function explainWorkspaceCheck(t: TFunction<"setup">, check: WorkspaceCheck): string | undefined {
  const { group, verdict } = check;
  if (!group || verdict === "allowed") return undefined;
  const kind = group.visibility === "unknown" ? "unknown" : "public";
  return t(`workspace.${verdict}.${kind}`, { group: group.name });
}

interface Props {
  config: SeriesConfig;
  onChange: (workspace: SeriesConfig["workspace"]) => void;
  defaultGroupId?: string;
  /** The group an existing series already keeps its records in (see useWorkspaceCheck). */
  currentGroupId?: string;
}

/**
 * The series' workspace: a group the organizer belongs to, and the Planner plan its actions go to.
 * Every group shows its visibility; a public one is refused for a new series, and the page says
 * who can read the records — every member of the chosen group.
 */
export function WorkspaceFields({ config, onChange, defaultGroupId, currentGroupId }: Props) {
  const { t } = useTranslation("setup");
  const styles = useStyles();
  const groups = useMyGroups();
  const workspace = config.workspace;
  const check = useWorkspaceCheck(workspace.groupId, currentGroupId);
  const refused = check.verdict === "refused";
  const plans = useGroupPlans(workspace.groupId && !refused ? workspace.groupId : undefined);
  const newPlanTitle = `例会通 · ${config.title}`;

  const teamGroup = groups.data?.find((g) => g.id === defaultGroupId);
  // Preselect the channel's team once, only while nothing is chosen yet, and only if it may hold
  // the series: a public team is left for the organizer to see refused, never chosen for them.
  const teamGroupAllowed = teamGroup !== undefined && judgeWorkspace(teamGroup.visibility, false) === "allowed";
  useEffect(() => {
    if (teamGroup && teamGroupAllowed && workspace.groupId === "")
      onChange({
        groupId: teamGroup.id,
        groupName: teamGroup.name,
        siteId: "",
        planId: newPlanValue,
        planTitle: newPlanTitle,
      });
  }, [teamGroup, teamGroupAllowed, workspace.groupId, onChange, newPlanTitle]);

  if (groups.isPending) return <Spinner size="tiny" label={t("common:loading")} />;
  if (groups.isError) return <ErrorNotice error={groups.error} onRetry={() => void groups.refetch()} />;
  if (groups.data.length === 0) return <ErrorNotice error={null} message={t("workspace.noGroups")} />;

  const label = (visibility: GroupVisibility) => t(`workspace.visibility.${visibility}`);
  const optionText = (name: string, visibility: GroupVisibility) =>
    t("workspace.option", { name, visibility: label(visibility) });
  const problem = explainWorkspaceCheck(t, check);
  const chosenName = check.group?.name ?? workspace.groupName;

  return (
    <>
      <Field
        label={t("workspace.group")}
        hint={t("workspace.groupHint")}
        required
        validationState={refused ? "error" : problem ? "warning" : "none"}
        validationMessage={problem}
      >
        <Dropdown
          value={check.group ? optionText(check.group.name, check.group.visibility) : workspace.groupName}
          selectedOptions={workspace.groupId ? [workspace.groupId] : []}
          onOptionSelect={(_e, data) => {
            const group = groups.data.find((g) => g.id === data.optionValue);
            if (group)
              onChange({
                groupId: group.id,
                groupName: group.name,
                siteId: "",
                planId: newPlanValue,
                planTitle: newPlanTitle,
              });
          }}
        >
          {groups.data.map((group) => {
            const text = optionText(group.name, group.visibility);
            return (
              // The option's accessible name carries the visibility too, not only the badge's colour.
              <Option key={group.id} value={group.id} text={text} aria-label={text}>
                <span className={styles.option}>
                  {group.name}
                  <Badge appearance="tint" size="small" color={badgeColors[group.visibility]}>
                    {label(group.visibility)}
                  </Badge>
                </span>
              </Option>
            );
          })}
        </Dropdown>
      </Field>
      {workspace.groupId && (
        <Text as="p">
          {t("workspace.readers", { group: chosenName })}
          {check.group && ` ${t(`workspace.about.${check.group.visibility}`)}`}
        </Text>
      )}
      {workspace.groupId && !refused && isUnavailableInCloud(plans.error) && <CloudNotice area={plans.error.area} />}
      {workspace.groupId && !refused && !isUnavailableInCloud(plans.error) && (
        <Field
          label={t("workspace.plan")}
          validationState={plans.isError ? "error" : "none"}
          validationMessage={plans.isError ? String(plans.error) : undefined}
        >
          <Dropdown
            value={
              workspace.planId === newPlanValue ? t("workspace.newPlan", { title: newPlanTitle }) : workspace.planTitle
            }
            selectedOptions={[workspace.planId]}
            onOptionSelect={(_e, data) => {
              if (data.optionValue === newPlanValue)
                onChange({ ...workspace, planId: newPlanValue, planTitle: newPlanTitle });
              const plan = plans.data?.find((p) => p.id === data.optionValue);
              if (plan) onChange({ ...workspace, planId: plan.id, planTitle: plan.title });
            }}
          >
            <Option value={newPlanValue}>{t("workspace.newPlan", { title: newPlanTitle })}</Option>
            {(plans.data ?? []).map((plan) => (
              <Option key={plan.id} value={plan.id}>
                {plan.title}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </>
  );
}
