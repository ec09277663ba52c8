// The note-taker's commands as pure state transitions; the components only wire them to inputs.
import type { ActionItem, AttendanceEntry, Decision, MinutesRecord } from "@/meeting/model/records/minutes-record";

export function setAttendance(minutes: MinutesRecord, upn: string, entry: AttendanceEntry | undefined): MinutesRecord {
  const key = upn.toLowerCase();
  const rest = omitKeys(minutes.attendance, [key]);
  return { ...minutes, attendance: entry === undefined ? rest : { ...rest, [key]: entry } };
}

/** Changes the status only; leaving "late" clears the minutes, the leave request stays on record. */
export function setAttendanceStatus(
  minutes: MinutesRecord,
  upn: string,
  status: AttendanceEntry["status"],
): MinutesRecord {
  const current = minutes.attendance[upn.toLowerCase()];
  const kept = omitKeys(current ?? { status }, ["lateMinutes"]);
  return setAttendance(
    minutes,
    upn,
    status === "late" ? { ...kept, status, lateMinutes: current?.lateMinutes ?? 0 } : { ...kept, status },
  );
}

export function setLateMinutes(minutes: MinutesRecord, upn: string, lateMinutes: number): MinutesRecord {
  const current = minutes.attendance[upn.toLowerCase()];
  const clamped = Math.min(1440, Math.max(0, Math.round(Number.isFinite(lateMinutes) ? lateMinutes : 0)));
  return setAttendance(minutes, upn, { ...(current ?? {}), status: "late", lateMinutes: clamped });
}

/** Marks everyone not yet marked as present: the note-taker's last step before publishing. */
export function markRemainingPresent(minutes: MinutesRecord): MinutesRecord {
  let next = minutes;
  for (const person of minutes.attendees) {
    if (minutes.attendance[person.upn.toLowerCase()] === undefined)
      next = setAttendance(next, person.upn, { status: "present" });
  }
  return next;
}

export function setItemNotes(minutes: MinutesRecord, itemId: string, notes: string): MinutesRecord {
  return { ...minutes, items: minutes.items.map((item) => (item.id === itemId ? { ...item, notes } : item)) };
}

export function addDecision(minutes: MinutesRecord, itemId: string, decision: Decision): MinutesRecord {
  return {
    ...minutes,
    items: minutes.items.map((item) =>
      item.id === itemId ? { ...item, decisions: [...item.decisions, decision] } : item,
    ),
  };
}

export function updateDecision(
  minutes: MinutesRecord,
  itemId: string,
  decisionId: string,
  text: string,
): MinutesRecord {
  return {
    ...minutes,
    items: minutes.items.map((item) =>
      item.id === itemId
        ? { ...item, decisions: item.decisions.map((d) => (d.id === decisionId ? { ...d, text } : d)) }
        : item,
    ),
  };
}

/** Removes the decision; its action items stay (they are work someone owns) but lose the link. */
export function removeDecision(minutes: MinutesRecord, itemId: string, decisionId: string): MinutesRecord {
  return {
    ...minutes,
    items: minutes.items.map((item) =>
      item.id === itemId ? { ...item, decisions: item.decisions.filter((d) => d.id !== decisionId) } : item,
    ),
    actions: minutes.actions.map((action) => {
      return action.decisionId === decisionId ? omitKeys(action, ["decisionId"]) : action;
    }),
  };
}

/** Adds the action unless one with its id exists (a help request turned into an action twice). */
export function addAction(minutes: MinutesRecord, action: ActionItem): MinutesRecord {
  if (minutes.actions.some((a) => a.id === action.id)) return minutes;
  return { ...minutes, actions: [...minutes.actions, action] };
}

export function updateAction(
  minutes: MinutesRecord,
  actionId: string,
  patch: Partial<Omit<ActionItem, "id">>,
): MinutesRecord {
  return {
    ...minutes,
    actions: minutes.actions.map((action) => (action.id === actionId ? { ...action, ...patch } : action)),
  };
}

/** Links the action to one of its agenda item's decisions, or (undefined) to the agenda item itself. */
export function setActionDecision(
  minutes: MinutesRecord,
  actionId: string,
  decisionId: string | undefined,
): MinutesRecord {
  return {
    ...minutes,
    actions: minutes.actions.map((action) => {
      if (action.id !== actionId) return action;
      const unlinked = omitKeys(action, ["decisionId"]);
      return decisionId === undefined ? unlinked : { ...unlinked, decisionId };
    }),
  };
}

export function removeAction(minutes: MinutesRecord, actionId: string): MinutesRecord {
  return { ...minutes, actions: minutes.actions.filter((action) => action.id !== actionId) };
}

/** A blank action for an agenda item, medium priority, to be filled in. */
export function createBlankAction(id: string, itemId: string, decisionId?: string): ActionItem {
  return {
    id,
    itemId,
    ...(decisionId === undefined ? {} : { decisionId }),
    what: "",
    owner: "",
    ownerName: "",
    due: "",
    standard: "",
    priority: "medium",
  };
}

function omitKeys<T extends object, K extends string>(value: T, keys: readonly K[]): Omit<T, K> {
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !(keys as readonly string[]).includes(key)),
  ) as Omit<T, K>;
}
