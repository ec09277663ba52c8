import { useEffect } from "react";
import { Dropdown, Field, Option, Spinner } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { useGroupPlans, useMyGroups } from "../api/use-workspace-choices";

import { newPlanId as newPlanValue } from "../api/save-setup";

interface Props {
  config: SeriesConfig;
  onChange: (workspace: SeriesConfig["workspace"]) => void;
  defaultGroupId?: string;
}

/** The series' workspace: a group the organizer belongs to, and the Planner plan its actions go to. */
export function WorkspaceFields({ config, onChange, defaultGroupId }: Props) {
  const { t } = useTranslation("setup");
  const groups = useMyGroups();
  const workspace = config.workspace;
  const plans = useGroupPlans(workspace.groupId || undefined);
  const newPlanTitle = `例会通 · ${config.title}`;

  const teamGroup = groups.data?.find((g) => g.id === defaultGroupId);
  useEffect(() => {
    // Preselect the channel's team once, only while nothing is chosen yet.
    if (teamGroup && workspace.groupId === "")
      onChange({
        groupId: teamGroup.id,
        groupName: teamGroup.name,
        siteId: "",
        planId: newPlanValue,
        planTitle: newPlanTitle,
      });
  }, [teamGroup, workspace.groupId, onChange, newPlanTitle]);

  if (groups.isPending) return <Spinner size="tiny" label={t("common:loading")} />;
  if (groups.isError) return <ErrorNotice error={groups.error} onRetry={() => void groups.refetch()} />;
  if (groups.data.length === 0) return <ErrorNotice error={null} message={t("workspace.noGroups")} />;

  return (
    <>
      <Field label={t("workspace.group")} hint={t("workspace.groupHint")} required>
        <Dropdown
          value={workspace.groupName}
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
          {groups.data.map((group) => (
            <Option key={group.id} value={group.id}>
              {group.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {workspace.groupId && (
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
