import { Button, Caption1, Field, Input, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import {
  addAction,
  addDecision,
  createBlankAction,
  removeAction,
  removeDecision,
  setActionDecision,
  setItemNotes,
  updateAction,
  updateDecision,
} from "../model/edit-minutes";
import type { MinutesItem, MinutesPerson, MinutesRecord } from "@/meeting/model/records/minutes-record";
import { getDefaultDecisionId } from "@/meeting/model/records/action-source";
import type { ActionIssue } from "../model/validate-actions";
import { ActionItemFields } from "./action-item-fields";
import { useMinutesTranslation } from "./minutes-i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  grow: { flexGrow: 1 },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface AgendaItemSectionProps {
  item: MinutesItem;
  minutes: MinutesRecord;
  speakerName?: string;
  /** Several speakers' items share this title (各部门负责人汇报): the speaker keeps each region's name unique. */
  sharesTitle?: boolean;
  attendees: readonly MinutesPerson[];
  others: readonly MinutesPerson[];
  issues: readonly ActionIssue[];
  readOnly: boolean;
  createId: () => string;
  onChange: (change: (minutes: MinutesRecord) => MinutesRecord) => void;
  /** Names of people whose help-needed requests became actions, by action id. */
  sourceNames: Readonly<Record<string, string>>;
}

/** One agenda item's notes, decisions and action items. */
export function AgendaItemSection({
  item,
  minutes,
  speakerName,
  sharesTitle = false,
  attendees,
  others,
  issues,
  readOnly,
  createId,
  onChange,
  sourceNames,
}: AgendaItemSectionProps) {
  const styles = useStyles();
  const { t } = useMinutesTranslation();
  const actions = minutes.actions.filter((action) => action.itemId === item.id);
  return (
    <section
      className={styles.root}
      aria-label={sharesTitle && speakerName ? `${item.title} · ${speakerName}` : item.title}
    >
      <Subtitle2 as="h3">{item.title}</Subtitle2>
      {speakerName && <Caption1 className={styles.muted}>{t("item.speaker", { name: speakerName })}</Caption1>}
      <Field label={t("item.notes")}>
        <Textarea
          aria-label={t("item.notesFor", { title: item.title })}
          value={item.notes}
          readOnly={readOnly}
          resize="vertical"
          rows={4}
          onChange={(_, data) => {
            onChange((m) => setItemNotes(m, item.id, data.value));
          }}
        />
      </Field>

      <div className={styles.list} role="group" aria-label={t("item.decisions")}>
        <Caption1>{t("item.decisions")}</Caption1>
        {item.decisions.map((decision, index) => (
          <div className={styles.row} key={decision.id}>
            <Input
              className={styles.grow}
              aria-label={t("item.decision", { row: index + 1 })}
              value={decision.text}
              readOnly={readOnly}
              onChange={(_, data) => {
                onChange((m) => updateDecision(m, item.id, decision.id, data.value));
              }}
            />
            {!readOnly && (
              <Button
                appearance="subtle"
                onClick={() => {
                  onChange((m) => removeDecision(m, item.id, decision.id));
                }}
              >
                {t("item.removeDecision", { row: index + 1 })}
              </Button>
            )}
          </div>
        ))}
        {!readOnly && (
          <div>
            <Button
              size="small"
              onClick={() => {
                onChange((m) => addDecision(m, item.id, { id: createId(), text: "" }));
              }}
            >
              {t("item.addDecision")}
            </Button>
          </div>
        )}
      </div>

      <div className={styles.list} role="group" aria-label={t("item.actions")}>
        <Caption1>{t("item.actions")}</Caption1>
        {actions.map((action) => {
          const row = minutes.actions.indexOf(action) + 1;
          const sourceName = sourceNames[action.id];
          return (
            <ActionItemFields
              key={action.id}
              action={action}
              row={row}
              attendees={attendees}
              others={others}
              issues={issues.filter((issue) => issue.actionId === action.id)}
              readOnly={readOnly}
              {...(sourceName === undefined ? {} : { sourceName })}
              decisions={item.decisions}
              itemTitle={item.title}
              onLink={(decisionId) => {
                onChange((m) => setActionDecision(m, action.id, decisionId));
              }}
              onChange={(patch) => {
                onChange((m) => updateAction(m, action.id, patch));
              }}
              onRemove={() => {
                onChange((m) => removeAction(m, action.id));
              }}
            />
          );
        })}
        {!readOnly && (
          <div>
            <Button
              size="small"
              onClick={() => {
                onChange((m) => addAction(m, createBlankAction(createId(), item.id, getDefaultDecisionId(item))));
              }}
            >
              {t("item.addAction")}
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}
