import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { actionFieldGroups } from "../model/merge-minutes";
import type { ActionFieldGroup, MinutesConflict } from "../model/merge-minutes";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { useMinutesTranslation } from "./minutes-i18n";
import type { MinutesT } from "./minutes-i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  conflict: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  where: { gridColumn: "1 / -1", fontWeight: tokens.fontWeightSemibold },
  side: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "start", minWidth: 0 },
  value: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

export interface ConflictListProps {
  conflicts: readonly MinutesConflict[];
  minutes: MinutesRecord;
  onResolve: (conflict: MinutesConflict, choice: "mine" | "theirs") => void;
}

function isActionGroup(part: string): part is ActionFieldGroup {
  return part in actionFieldGroups;
}

function readString(value: unknown, key: string): string | undefined {
  if (typeof value !== "object" || value === null || !(key in value)) return undefined;
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === "string" ? field : typeof field === "number" ? String(field) : undefined;
}

/** Where the conflict is, in the words of the minutes. */
function describeWhere(t: MinutesT, conflict: MinutesConflict, minutes: MinutesRecord): string {
  const [area, id = "", part, subId] = conflict.path;
  const itemTitle = minutes.items.find((i) => i.id === id)?.title ?? id;
  const personName = minutes.attendees.find((p) => p.upn.toLowerCase() === id)?.name ?? id;
  const action = minutes.actions.find((a) => a.id === id);
  const what = action?.what ?? readString(conflict.theirs, "what") ?? readString(conflict.mine, "what") ?? "";
  switch (area) {
    case "items":
      if (part === "notes" || part === "title") return t(`conflicts.where.${part}`, { item: itemTitle });
      if (part === "decisions" && subId !== undefined) return t("conflicts.where.decision", { item: itemTitle });
      return t("conflicts.where.item", { item: itemTitle });
    case "actions":
      if (part !== undefined && isActionGroup(part)) {
        const field =
          part === "what" ||
          part === "owner" ||
          part === "due" ||
          part === "standard" ||
          part === "supervisor" ||
          part === "priority"
            ? t(`action.${part}`)
            : part;
        return t("conflicts.where.actionField", { what, field });
      }
      return t("conflicts.where.action", { what });
    case "attendance":
      return t("conflicts.where.attendance", { name: personName });
    case "attendees":
      return t("conflicts.where.attendee", { name: personName });
    default:
      return t("conflicts.where.header", { field: area ?? "" });
  }
}

/** One side's value as a person reads it. */
function describeValue(t: MinutesT, value: unknown): string {
  if (value === undefined) return t("conflicts.deleted");
  if (typeof value === "string") return value === "" ? t("conflicts.empty") : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const status = readString(value, "status");
  if (status === "present" || status === "late" || status === "leave" || status === "absent") {
    const late = readString(value, "lateMinutes");
    return late === undefined ? t(`attendance.${status}`) : `${t(`attendance.${status}`)} · ${late}′`;
  }
  const priority = readString(value, "priority");
  if (priority === "urgent" || priority === "important" || priority === "medium" || priority === "low") {
    if (Object.keys(value).length === 1) return t(`priority.${priority}`);
  }
  const text =
    readString(value, "text") ??
    readString(value, "ownerName") ??
    readString(value, "supervisorName") ??
    readString(value, "what") ??
    readString(value, "due") ??
    readString(value, "standard") ??
    readString(value, "name");
  if (text !== undefined) return text === "" ? t("conflicts.empty") : text;
  return Object.keys(value).length === 0 ? t("conflicts.empty") : JSON.stringify(value);
}

/** Each conflict with both versions side by side and a choice; the minutes show theirs until then. */
export function ConflictList({ conflicts, minutes, onResolve }: ConflictListProps) {
  const styles = useStyles();
  const { t } = useMinutesTranslation();
  if (conflicts.length === 0) return null;
  return (
    <section className={styles.root} aria-label={t("conflicts.title", { count: conflicts.length })}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("conflicts.title", { count: conflicts.length })}</MessageBarTitle>
          {t("conflicts.hint")}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.list}>
        {conflicts.map((conflict) => {
          const where = describeWhere(t, conflict, minutes);
          return (
            <li key={conflict.path.join("/")} className={styles.conflict} aria-label={where}>
              <Text className={styles.where}>{where}</Text>
              <div className={styles.side}>
                <Text size={200}>{t("conflicts.mine")}</Text>
                <Text className={styles.value}>{describeValue(t, conflict.mine)}</Text>
                <Button
                  size="small"
                  onClick={() => {
                    onResolve(conflict, "mine");
                  }}
                >
                  {t("conflicts.keepMine")}
                </Button>
              </div>
              <div className={styles.side}>
                <Text size={200}>{t("conflicts.theirs")}</Text>
                <Text className={styles.value}>{describeValue(t, conflict.theirs)}</Text>
                <Button
                  size="small"
                  onClick={() => {
                    onResolve(conflict, "theirs");
                  }}
                >
                  {t("conflicts.keepTheirs")}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
