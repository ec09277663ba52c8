import { useEffect, useRef, useState } from "react";
import {
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { seriesConfigQueryKey } from "@/meeting/api/series-config/query-keys";
import { presetTemplates, weeklyMeeting } from "@/meeting/model/templates/presets";
import { ErrorNotice } from "@/lib/ui/error-notice";
import type { StoredRecord } from "@/meeting/api/workspace/types";
import { RecordConflictError } from "@/meeting/api/workspace";
import { saveSetup } from "../api/save-setup";
import { useWorkspaceCheck } from "../api/use-workspace-choices";
import { applyTemplate, createDefaultConfig, setNoteTaker } from "../model/default-config";
import type { SetupContext } from "../model/default-config";
import { MeetingRulesFields } from "./meeting-rules-fields";
import { PeopleFields } from "./people-fields";
import { RulesFields } from "./rules-fields";
import { TemplateFields } from "./template-fields";
import { WorkspaceFields, explainWorkspaceCheck } from "./workspace-fields";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "880px" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

export interface SetupPageProps {
  context: SetupContext;
  existing?: StoredRecord<SeriesConfig>;
  /** Teams shows its own Save button on the configuration page; a plain browser needs ours. */
  showSaveButton: boolean;
  /** Lets the host's Save button run our save; returns the saved configuration. */
  registerSave?: (save: () => Promise<SeriesConfig>) => void;
  setValid?: (isValid: boolean) => void;
  onSaved: (config: SeriesConfig) => Promise<void>;
  /** For a channel meeting, the team's group: the default workspace when the organizer belongs to it. */
  defaultGroupId?: string;
}

function isComplete(config: SeriesConfig): boolean {
  return Boolean(config.noteTaker) && config.workspace.groupId !== "";
}

export function SetupPage({
  context,
  existing,
  showSaveButton,
  registerSave,
  setValid,
  onSaved,
  defaultGroupId,
}: SetupPageProps) {
  const { t } = useTranslation("setup");
  const styles = useStyles();
  const { graph } = useServices();
  const queryClient = useQueryClient();
  const [config, setConfig] = useState<SeriesConfig>(
    () =>
      existing?.value ??
      createDefaultConfig(
        context,
        weeklyMeeting,
        { groupId: "", groupName: "", siteId: "", planId: "", planTitle: "" },
        new Date(),
      ),
  );
  const [showErrors, setShowErrors] = useState(false);
  // The host's Save button calls back outside React's render: it must see the latest values.
  const configRef = useRef(config);
  useEffect(() => {
    configRef.current = config;
  }, [config]);
  // An existing series keeps its workspace even where a new one could not have it (docs/domain.md §8).
  const currentGroupId = existing?.value.workspace.groupId;
  const workspaceCheck = useWorkspaceCheck(config.workspace.groupId, currentGroupId);
  const workspaceRefused = workspaceCheck.verdict === "refused";
  const attendeeKeys = context.attendees.map((a) => a.key);
  const people = [context.organizer, ...context.attendees.filter((a) => a.key !== context.organizer.key)];

  // The record this page last read or wrote: the next save carries its etag.
  const basedOnRef = useRef(existing);
  const save = useMutation({
    mutationFn: async () => {
      const stored = await saveSetup(
        graph,
        configRef.current,
        new Date(),
        (plan) => {
          setConfig((c) => ({ ...c, workspace: { ...c.workspace, planId: plan.id, planTitle: plan.title } }));
        },
        basedOnRef.current,
      );
      basedOnRef.current = stored;
      queryClient.setQueryData(seriesConfigQueryKey(context.seriesId, stored.value.workspace.groupId), stored);
      await onSaved(stored.value);
      return stored.value;
    },
  });

  const runSave = async (): Promise<SeriesConfig> => {
    setShowErrors(true);
    if (workspaceRefused) throw new Error(explainWorkspaceCheck(t, workspaceCheck));
    if (!isComplete(configRef.current)) throw new Error(t("people.noteTakerRequired"));
    return save.mutateAsync();
  };
  const runSaveRef = useRef(runSave);
  useEffect(() => {
    runSaveRef.current = runSave;
  });

  useEffect(() => {
    registerSave?.(() => runSaveRef.current());
  }, [registerSave]);
  useEffect(() => {
    setValid?.(isComplete(config) && !workspaceRefused);
  }, [config, workspaceRefused, setValid]);

  return (
    <form
      className={styles.root}
      aria-labelledby="setup-title"
      onSubmit={(e) => {
        e.preventDefault();
        runSave().catch(() => undefined);
      }}
    >
      <Title3 as="h1" id="setup-title">
        {t("title")}
      </Title3>
      <Text>{t("intro", { title: context.title })}</Text>

      <section className={styles.section} aria-labelledby="setup-template">
        <Subtitle1 as="h2" id="setup-template">
          {t("template.heading")}
        </Subtitle1>
        <TemplateFields
          config={config}
          onChange={setConfig}
          onTemplateChange={(id) => {
            const template = presetTemplates.find((p) => p.id === id);
            if (template)
              setConfig((c) =>
                applyTemplate(
                  c,
                  template,
                  attendeeKeys.filter((k) => k !== context.organizer.key),
                ),
              );
          }}
        />
      </section>
      <Divider />
      <section className={styles.section} aria-labelledby="setup-workspace">
        <Subtitle1 as="h2" id="setup-workspace">
          {t("workspace.heading")}
        </Subtitle1>
        <WorkspaceFields
          config={config}
          {...(defaultGroupId ? { defaultGroupId } : {})}
          {...(currentGroupId ? { currentGroupId } : {})}
          onChange={(workspace) => {
            setConfig((c) => ({ ...c, workspace }));
          }}
        />
      </section>
      <Divider />
      <section className={styles.section} aria-labelledby="setup-people">
        <Subtitle1 as="h2" id="setup-people">
          {t("people.heading")}
        </Subtitle1>
        <PeopleFields
          config={config}
          people={people}
          firstOccurrenceKey={context.firstOccurrenceKey}
          showErrors={showErrors}
          onChange={setConfig}
          onNoteTakerChange={(key) => {
            setConfig((c) => setNoteTaker(c, key, attendeeKeys, context.organizer.key));
          }}
        />
      </section>
      <Divider />
      <section className={styles.section} aria-labelledby="setup-rules">
        <Subtitle1 as="h2" id="setup-rules">
          {t("rules.heading")}
        </Subtitle1>
        <RulesFields config={config} onChange={setConfig} />
      </section>
      <Divider />
      <section className={styles.section} aria-labelledby="setup-meeting-rules">
        <Subtitle1 as="h2" id="setup-meeting-rules">
          {t("meetingRules.heading")}
        </Subtitle1>
        <MeetingRulesFields config={config} onChange={setConfig} />
      </section>

      {save.isError &&
        (save.error instanceof RecordConflictError ? (
          <ErrorNotice
            error={save.error}
            message={t("conflict", { name: save.error.latest?.lastModifiedBy?.displayName ?? "—" })}
          />
        ) : (
          <ErrorNotice
            error={save.error}
            onRetry={() => {
              runSave().catch(() => undefined);
            }}
          />
        ))}
      {save.isSuccess && (
        <MessageBar intent="success">
          <MessageBarBody>{t("saved")}</MessageBarBody>
        </MessageBar>
      )}
      {showSaveButton && (
        <div className={styles.actions}>
          {/* A refused workspace is explained beside its picker; saving waits for another choice. */}
          <Button appearance="primary" type="submit" disabled={save.isPending || workspaceRefused}>
            {save.isPending ? t("saving") : t("save")}
          </Button>
        </div>
      )}
    </form>
  );
}
