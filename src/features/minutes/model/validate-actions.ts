// Every action item must name what, an owner, a due date and a standard of done before the minutes
// are published (决策要突出承担行动的责任人、具体完成时间及标准). Pure: the editor shows the issues
// next to each field and blocks publishing; nothing typed is changed.
import type { ActionItem, MinutesRecord } from "@/meeting/model/records/minutes-record";

export const requiredActionFields = ["what", "owner", "due", "standard"] as const;
export type RequiredActionField = (typeof requiredActionFields)[number];

export interface ActionIssue {
  actionId: string;
  field: RequiredActionField;
  /** An i18n key in the "minutes" namespace. */
  messageKey: `validation.${string}`;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === text;
}

export function validateAction(action: ActionItem): ActionIssue[] {
  const issues: ActionIssue[] = [];
  const add = (field: RequiredActionField, messageKey: ActionIssue["messageKey"]) => {
    issues.push({ actionId: action.id, field, messageKey });
  };
  if (action.what.trim() === "") add("what", "validation.whatRequired");
  if (action.owner.trim() === "") add("owner", "validation.ownerRequired");
  if (action.due.trim() === "") add("due", "validation.dueRequired");
  else if (!isCalendarDate(action.due)) add("due", "validation.dueInvalid");
  if (action.standard.trim() === "") add("standard", "validation.standardRequired");
  return issues;
}

export function validateActions(minutes: MinutesRecord): ActionIssue[] {
  return minutes.actions.flatMap(validateAction);
}
