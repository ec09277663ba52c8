// Three-way merge of the minutes for concurrent editing (host and note-taker at once). `base` is
// what both started from, `mine` the local copy, `theirs` what the workspace holds now. Edits on
// one side win over the untouched other side; additions on either side are kept; a deletion on
// one side of something untouched on the other deletes it. The same thing changed differently on
// both sides is a conflict: the result keeps theirs and the conflict keeps mine, so the person can
// choose — except when one side deleted what the other edited: then the edit is kept (a deletion
// carries no work to lose), and the conflict offers the deletion.
import * as z from "zod/mini";
import {
  actionItemSchema,
  attendanceSchema,
  decisionSchema,
  minutesItemSchema,
  minutesRecordSchema,
} from "@/meeting/model/records/minutes-record";
import type {
  ActionItem,
  AttendanceEntry,
  Decision,
  MinutesItem,
  MinutesPerson,
  MinutesRecord,
} from "@/meeting/model/records/minutes-record";

/**
 * Where a conflict is, e.g. ["items", itemId, "notes"], ["items", itemId, "decisions", decisionId],
 * ["actions", actionId, "owner"], ["attendance", upn], ["meetingTitle"]. A value of undefined
 * means "deleted on that side".
 */
export interface MinutesConflict {
  path: readonly string[];
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult {
  value: MinutesRecord;
  conflicts: MinutesConflict[];
}

/** Action fields merged together: the owner's name follows the owner, and so on. */
export const actionFieldGroups = {
  what: ["what"],
  owner: ["owner", "ownerName"],
  due: ["due"],
  standard: ["standard"],
  supervisor: ["supervisor", "supervisorName"],
  priority: ["priority"],
  itemId: ["itemId"],
  decisionId: ["decisionId"],
  source: ["source"],
} as const satisfies Record<string, readonly (keyof ActionItem)[]>;
export type ActionFieldGroup = keyof typeof actionFieldGroups;

const headerFields = [
  "schemaVersion",
  "occurrenceKey",
  "meetingTitle",
  "start",
  "end",
  "joinUrl",
  "host",
  "noteTaker",
  "status",
  "version",
  "published",
  "history",
  "reassignments",
] as const;
type HeaderField = (typeof headerFields)[number];

export function mergeMinutes(base: MinutesRecord, mine: MinutesRecord, theirs: MinutesRecord): MergeResult {
  const conflicts: MinutesConflict[] = [];
  const header: Partial<Record<HeaderField, unknown>> = {};
  for (const field of headerFields)
    header[field] = mergeValue(base[field], mine[field], theirs[field], [field], conflicts);
  const merged = {
    ...header,
    attendees: mergeList(
      base.attendees,
      mine.attendees,
      theirs.attendees,
      (p) => p.upn.toLowerCase(),
      ["attendees"],
      conflicts,
      (b, m, t, path) => mergeValue(b, m, t, path, conflicts),
    ),
    attendance: mergeRecord(base.attendance, mine.attendance, theirs.attendance, ["attendance"], conflicts),
    items: mergeList(
      base.items,
      mine.items,
      theirs.items,
      (item) => item.id,
      ["items"],
      conflicts,
      (b, m, t, path) => mergeItem(b, m, t, path, conflicts),
    ),
    actions: mergeList(
      base.actions,
      mine.actions,
      theirs.actions,
      (action) => action.id,
      ["actions"],
      conflicts,
      (b, m, t, path) => mergeAction(b, m, t, path, conflicts),
    ),
    // The writer stamps the record; who changed what is in the conflicts, not here. A copy with
    // nothing of its own takes theirs whole, stamp included, so it is not "changed" by the merge.
    ...(isSameValue(mine, base)
      ? { updatedBy: theirs.updatedBy, updatedAt: theirs.updatedAt }
      : { updatedBy: mine.updatedBy, updatedAt: mine.updatedAt }),
  };
  // NOTE: every part above comes from one of three valid records, so this cannot fail; parsing
  // (rather than a cast) keeps it honest should a field be added to the schema and not here.
  return { value: minutesRecordSchema.parse(dropUndefined(merged)), conflicts };
}

/** Whether two JSON values are the same; a property set to undefined counts as absent. */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => isSameValue(item, b[i]))
    );
  }
  const aEntries = Object.entries(a).filter(([, v]) => v !== undefined);
  const bRecord = b as Record<string, unknown>;
  const bCount = Object.values(b).filter((v) => v !== undefined).length;
  return aEntries.length === bCount && aEntries.every(([k, v]) => isSameValue(v, bRecord[k]));
}

function mergeValue<T>(
  base: T | undefined,
  mine: T | undefined,
  theirs: T | undefined,
  path: readonly string[],
  conflicts: MinutesConflict[],
): T | undefined {
  if (isSameValue(mine, theirs)) return theirs;
  if (isSameValue(base, mine)) return theirs;
  if (isSameValue(base, theirs)) return mine;
  conflicts.push({ path, mine, theirs });
  return theirs;
}

type MergeEntity<T> = (base: T | undefined, mine: T, theirs: T, path: readonly string[]) => T | undefined;

/** Entities by id; theirs' order, with ones only mine has after the entity they follow in mine (else last). */
function mergeList<T>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  getId: (entity: T) => string,
  path: readonly string[],
  conflicts: MinutesConflict[],
  mergeEntity: MergeEntity<T>,
): T[] {
  const baseById = new Map(base.map((e) => [getId(e), e]));
  const mineById = new Map(mine.map((e) => [getId(e), e]));
  const theirsById = new Map(theirs.map((e) => [getId(e), e]));
  const order = theirs.map(getId);
  mine.forEach((entity, index) => {
    const id = getId(entity);
    if (theirsById.has(id)) return;
    const previous = index === 0 ? undefined : getId(mine[index - 1] as T);
    const at = previous === undefined ? -1 : order.indexOf(previous);
    order.splice(at === -1 ? order.length : at + 1, 0, id);
  });
  const result: T[] = [];
  for (const id of order) {
    const merged = mergePresence(
      baseById.get(id),
      mineById.get(id),
      theirsById.get(id),
      [...path, id],
      conflicts,
      mergeEntity,
    );
    if (merged !== undefined) result.push(merged);
  }
  return result;
}

function mergeRecord<T>(
  base: Record<string, T>,
  mine: Record<string, T>,
  theirs: Record<string, T>,
  path: readonly string[],
  conflicts: MinutesConflict[],
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const merged = mergePresence(base[key], mine[key], theirs[key], [...path, key], conflicts, (b, m, t, p) =>
      mergeValue(b, m, t, p, conflicts),
    );
    if (merged !== undefined) result[key] = merged;
  }
  return result;
}

function mergePresence<T>(
  base: T | undefined,
  mine: T | undefined,
  theirs: T | undefined,
  path: readonly string[],
  conflicts: MinutesConflict[],
  mergeEntity: MergeEntity<T>,
): T | undefined {
  if (mine !== undefined && theirs !== undefined) return mergeEntity(base, mine, theirs, path);
  if (mine === undefined && theirs === undefined) return undefined;
  const kept = (mine ?? theirs) as T;
  // Added on one side only: keep it.
  if (base === undefined) return kept;
  // Deleted on one side, untouched on the other: deleted.
  if (isSameValue(base, kept)) return undefined;
  // Deleted on one side, edited on the other: keep the edit, offer the deletion.
  conflicts.push({ path, mine, theirs });
  return kept;
}

function mergeItem(
  base: MinutesItem | undefined,
  mine: MinutesItem,
  theirs: MinutesItem,
  path: readonly string[],
  conflicts: MinutesConflict[],
): MinutesItem {
  return {
    id: theirs.id,
    title: mergeValue(base?.title, mine.title, theirs.title, [...path, "title"], conflicts) ?? theirs.title,
    notes: mergeValue(base?.notes, mine.notes, theirs.notes, [...path, "notes"], conflicts) ?? theirs.notes,
    decisions: mergeList(
      base?.decisions ?? [],
      mine.decisions,
      theirs.decisions,
      (d) => d.id,
      [...path, "decisions"],
      conflicts,
      (b, m, t, p) => mergeValue(b, m, t, p, conflicts),
    ),
  };
}

function mergeAction(
  base: ActionItem | undefined,
  mine: ActionItem,
  theirs: ActionItem,
  path: readonly string[],
  conflicts: MinutesConflict[],
): ActionItem {
  const merged: Record<string, unknown> = { id: theirs.id };
  for (const [group, fields] of Object.entries(actionFieldGroups)) {
    const pick = (action: ActionItem | undefined) => (action === undefined ? undefined : pickFields(action, fields));
    const chosen = mergeValue(pick(base), pick(mine), pick(theirs), [...path, group], conflicts);
    Object.assign(merged, chosen);
  }
  return actionItemSchema.parse(dropUndefined(merged));
}

function pickFields(action: ActionItem, fields: readonly (keyof ActionItem)[]): Partial<ActionItem> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (action[field] !== undefined) picked[field] = action[field];
  return picked;
}

function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

const actionPatchSchema = z.partial(actionItemSchema);

/**
 * Settles a conflict with one side's value: "mine" puts back what this person had, "theirs"
 * confirms what the merge kept. A value that does not fit its place is refused with a TypeError.
 */
export function resolveConflict(
  minutes: MinutesRecord,
  conflict: MinutesConflict,
  choice: "mine" | "theirs",
): MinutesRecord {
  const value = choice === "mine" ? conflict.mine : conflict.theirs;
  const [area, id, part, subId] = conflict.path;
  if (area === undefined) throw new TypeError("Empty conflict path");
  if (id === undefined) return minutesRecordSchema.parse(dropUndefined({ ...minutes, [area]: value }));
  switch (area) {
    case "attendees":
      return {
        ...minutes,
        attendees: replaceById(
          minutes.attendees,
          (p) => p.upn.toLowerCase(),
          id,
          parseOptional<MinutesPerson>(personSchema, value),
        ),
      };
    case "attendance": {
      const entry = parseOptional<AttendanceEntry>(attendanceSchema, value);
      const attendance = Object.fromEntries(Object.entries(minutes.attendance).filter(([key]) => key !== id));
      return { ...minutes, attendance: entry === undefined ? attendance : { ...attendance, [id]: entry } };
    }
    case "items":
      if (part === undefined)
        return {
          ...minutes,
          items: replaceById(minutes.items, (i) => i.id, id, parseOptional<MinutesItem>(minutesItemSchema, value)),
        };
      return {
        ...minutes,
        items: minutes.items.map((item) => (item.id === id ? resolveInItem(item, part, subId, value) : item)),
      };
    case "actions": {
      if (part === undefined)
        return {
          ...minutes,
          actions: replaceById(minutes.actions, (a) => a.id, id, parseOptional<ActionItem>(actionItemSchema, value)),
        };
      const fields = actionFieldGroups[part as ActionFieldGroup] as readonly (keyof ActionItem)[] | undefined;
      if (fields === undefined) throw new TypeError(`Unknown action field ${part}`);
      const patch = actionPatchSchema.parse(value ?? {});
      return {
        ...minutes,
        actions: minutes.actions.map((action) => {
          if (action.id !== id) return action;
          const cleared = Object.fromEntries(
            Object.entries(action).filter(([key]) => !(fields as readonly string[]).includes(key)),
          );
          return actionItemSchema.parse({ ...cleared, ...dropUndefined(patch) });
        }),
      };
    }
    default:
      throw new TypeError(`Unknown conflict path ${conflict.path.join("/")}`);
  }
}

const personSchema = z.object({ upn: z.string(), name: z.string() });

function resolveInItem(item: MinutesItem, part: string, subId: string | undefined, value: unknown): MinutesItem {
  if (part === "title" || part === "notes") return { ...item, [part]: z.string().parse(value) };
  if (part === "decisions" && subId !== undefined)
    return {
      ...item,
      decisions: replaceById(item.decisions, (d) => d.id, subId, parseOptional<Decision>(decisionSchema, value)),
    };
  throw new TypeError(`Unknown item field ${part}`);
}

function parseOptional<T>(schema: { parse(input: unknown): T }, value: unknown): T | undefined {
  return value === undefined ? undefined : schema.parse(value);
}

/** Replaces the entity with this id, removes it (undefined), or appends it when it is gone. */
function replaceById<T>(list: readonly T[], getId: (entity: T) => string, id: string, next: T | undefined): T[] {
  const exists = list.some((entity) => getId(entity) === id);
  if (next === undefined) return list.filter((entity) => getId(entity) !== id);
  return exists ? list.map((entity) => (getId(entity) === id ? next : entity)) : [...list, next];
}
