import { Button, Caption1, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { actionPriorities } from "@/meeting/model/records/minutes-record";
import type { ActionItem, ActionPriority, Decision, MinutesPerson } from "@/meeting/model/records/minutes-record";
import type { ActionIssue, RequiredActionField } from "../model/validate-actions";
import { useMinutesTranslation } from "./minutes-i18n";
import { PersonPicker } from "./person-picker";

const useStyles = makeStyles({
  // A native select is as wide as its longest option (a decision's whole text): held to its column.
  fit: { minWidth: 0, maxWidth: "100%" },
  fitSelect: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  root: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 200px), 1fr))",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    // A grid cell is as wide as its content by default: the combobox's and date input's own
    // minimum widths pushed them over their neighbours. Each control fills its cell instead.
    "& > *": { minWidth: 0 },
  },
  control: { width: "100%", minWidth: 0, maxWidth: "100%", boxSizing: "border-box" },
  wide: { gridColumn: "1 / -1" },
  footer: { gridColumn: "1 / -1", display: "flex", justifyContent: "space-between", alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ActionItemFieldsProps {
  action: ActionItem;
  row: number;
  attendees: readonly MinutesPerson[];
  others: readonly MinutesPerson[];
  issues: readonly ActionIssue[];
  readOnly: boolean;
  onChange: (patch: Partial<Omit<ActionItem, "id">>) => void;
  onRemove: () => void;
  /** Who asked for this, when it came from a report's help-needed request. */
  sourceName?: string;
  /** The agenda item's decisions, one of which the action may carry out. */
  decisions: readonly Decision[];
  itemTitle: string;
  /** Links the action to a decision, or (undefined) to the agenda item itself. */
  onLink: (decisionId: string | undefined) => void;
}

/** The select's value for "the agenda item itself": decision ids are never empty. */
const itemOnly = "";

function isPriority(value: string): value is ActionPriority {
  return (actionPriorities as readonly string[]).includes(value);
}

/** One action item: what, owner, due date, standard of done, supervisor, priority. */
export function ActionItemFields({
  action,
  row,
  attendees,
  others,
  issues,
  readOnly,
  onChange,
  onRemove,
  sourceName,
  decisions,
  itemTitle,
  onLink,
}: ActionItemFieldsProps) {
  const styles = useStyles();
  const { t } = useMinutesTranslation();
  const messageOf = (field: RequiredActionField) => {
    const issue = issues.find((i) => i.field === field);
    return issue ? t(issue.messageKey) : undefined;
  };
  const owner = action.owner || action.ownerName ? { upn: action.owner, name: action.ownerName } : undefined;
  const supervisor =
    action.supervisor || action.supervisorName
      ? { upn: action.supervisor ?? "", name: action.supervisorName ?? "" }
      : undefined;
  const linked = decisions.some((d) => d.id === action.decisionId) ? action.decisionId : undefined;
  return (
    <fieldset className={styles.root} aria-label={t("action.label", { row })} disabled={readOnly}>
      <Field className={styles.wide} label={t("action.source")}>
        <Select
          className={styles.fit}
          select={{ className: styles.fitSelect }}
          value={linked ?? itemOnly}
          onChange={(_, data) => {
            onLink(data.value === itemOnly ? undefined : data.value);
          }}
        >
          {decisions.map((decision, index) => (
            <option key={decision.id} value={decision.id}>
              {t("action.sourceDecision", {
                row: index + 1,
                text: decision.text.trim() === "" ? t("action.sourceUntitled") : decision.text,
              })}
            </option>
          ))}
          <option value={itemOnly}>{t("action.sourceItem", { title: itemTitle })}</option>
        </Select>
      </Field>
      <Field className={styles.wide} label={t("action.what")} required validationMessage={messageOf("what")}>
        <Textarea
          value={action.what}
          resize="vertical"
          onChange={(_, data) => {
            onChange({ what: data.value });
          }}
        />
      </Field>
      <Field label={t("action.owner")} required validationMessage={messageOf("owner")}>
        <PersonPicker
          className={styles.control}
          label={t("action.owner")}
          value={owner}
          attendees={attendees}
          others={others}
          invalid={messageOf("owner") !== undefined}
          onChange={(person) => {
            onChange({ owner: person?.upn ?? "", ownerName: person?.name ?? "" });
          }}
        />
      </Field>
      <Field label={t("action.due")} required validationMessage={messageOf("due")}>
        <Input
          className={styles.control}
          type="date"
          value={action.due}
          onChange={(_, data) => {
            onChange({ due: data.value });
          }}
        />
      </Field>
      <Field className={styles.wide} label={t("action.standard")} required validationMessage={messageOf("standard")}>
        <Textarea
          value={action.standard}
          resize="vertical"
          onChange={(_, data) => {
            onChange({ standard: data.value });
          }}
        />
      </Field>
      <Field label={t("action.supervisor")}>
        <PersonPicker
          className={styles.control}
          label={t("action.supervisor")}
          value={supervisor}
          attendees={attendees}
          others={others}
          onChange={(person) => {
            onChange({ supervisor: person?.upn ?? undefined, supervisorName: person?.name ?? undefined });
          }}
        />
      </Field>
      <Field label={t("action.priority")}>
        <Select
          value={action.priority}
          onChange={(_, data) => {
            if (isPriority(data.value)) onChange({ priority: data.value });
          }}
        >
          {actionPriorities.map((priority) => (
            <option key={priority} value={priority}>
              {t(`priority.${priority}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.footer}>
        <Caption1 className={styles.muted}>{sourceName ? t("action.fromReport", { name: sourceName }) : ""}</Caption1>
        {!readOnly && (
          <Button appearance="subtle" onClick={onRemove}>
            {t("action.remove")}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
