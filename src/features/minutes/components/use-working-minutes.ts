// The minutes being edited, shared by the chat tab's editor and the side panel. Everything typed
// goes to the local draft at once (useDraft: nothing is lost on reload or lost network) and to the
// workspace after a few seconds of idle typing. The draft remembers the stored record it builds
// on, so a save sends the right etag and a newer stored version is merged in, not overwritten.
import { fillAttendeeIds } from "@/meeting/model/records/minutes-record";
import { usePersonKeys } from "@/meeting/api/directory/person-keys-context";
import { useCallback, useEffect, useRef, useState } from "react";
import { useDraft, useDraftStore } from "@/lib/drafts";
import type { DraftKey, DraftStoreError } from "@/lib/drafts";
import type { Attributed } from "@/meeting/model/authorship/authorship";
import type { StoredRecord } from "@/meeting/api/workspace";
import type { SaveMinutesRequest, SaveMinutesResult } from "../api/minutes-store";
import { isMinutesLockedError } from "../api/minutes-store";
import { isSameValue, mergeMinutes, resolveConflict } from "../model/merge-minutes";
import type { MinutesConflict } from "../model/merge-minutes";
import { applyLeaveRequests } from "../model/attendance";
import type { LeaveRequestRecord, MinutesRecord } from "@/meeting/model/records/minutes-record";

export interface MinutesWorkingCopy {
  /** What `mine` started from: the stored value, or the generated first draft. */
  base: MinutesRecord;
  /** The stored record `base` is, when there is one. */
  stored?: StoredRecord<MinutesRecord>;
  mine: MinutesRecord;
  /** Unsettled conflicts with other people's saves; kept in the draft so a reload keeps them. */
  conflicts: MinutesConflict[];
}

export type SaveMinutes = (request: SaveMinutesRequest) => Promise<SaveMinutesResult>;

export type SaveState = { phase: "idle"; savedAt?: Date } | { phase: "saving" } | { phase: "failed"; error: unknown };

export interface UseWorkingMinutesOptions {
  draftKey: DraftKey;
  /** The stored minutes (useMinutes), null when nobody has saved them yet. */
  stored: StoredRecord<MinutesRecord> | null;
  /** The generated first draft (createMinutes), used while nothing is stored. */
  initial: MinutesRecord;
  save: SaveMinutes;
  /** The signed-in user's UPN, stamped on saves. */
  me: string;
  /** Every leave request of the occurrence (useLeaveRequests), once read: recorded in attendance as they arrive or are withdrawn. */
  leaveRequests?: readonly Attributed<LeaveRequestRecord>[];
  /** Idle time before an autosave; default 3 s. */
  autosaveMs?: number;
  now?: () => Date;
}

export interface WorkingMinutes {
  minutes: MinutesRecord;
  conflicts: readonly MinutesConflict[];
  isDirty: boolean;
  isLoading: boolean;
  saveState: SaveState;
  draftError?: DraftStoreError;
  isDraftPersistent: boolean;
  update: (change: (minutes: MinutesRecord) => MinutesRecord) => void;
  resolve: (conflict: MinutesConflict, choice: "mine" | "theirs") => void;
  /** Saves now if there is anything to save; resolves with the minutes as stored. */
  flush: () => Promise<MinutesRecord>;
}

const conflictKey = (conflict: MinutesConflict) => conflict.path.join("\u0000");

function addConflicts(existing: readonly MinutesConflict[], added: readonly MinutesConflict[]): MinutesConflict[] {
  const byPath = new Map(existing.map((c) => [conflictKey(c), c]));
  for (const conflict of added) byPath.set(conflictKey(conflict), conflict);
  return [...byPath.values()];
}

/** Merges a newer stored record into the copy, as a save meeting it would. */
export function rebaseOnStored(copy: MinutesWorkingCopy, stored: StoredRecord<MinutesRecord>): MinutesWorkingCopy {
  const merged = mergeMinutes(copy.base, copy.mine, stored.value);
  return { base: stored.value, stored, mine: merged.value, conflicts: addConflicts(copy.conflicts, merged.conflicts) };
}

/**
 * After a save: the copy moves onto the stored record, keeping whatever was typed while the save
 * was in flight. Such typing meeting someone else's change to the same field keeps the typing and
 * offers theirs as a conflict.
 */
export function rebaseAfterSave(
  current: MinutesWorkingCopy,
  sent: MinutesRecord,
  result: SaveMinutesResult,
): MinutesWorkingCopy {
  const typed = mergeMinutes(sent, result.record.value, current.mine);
  const swapped = typed.conflicts.map((c) => ({ path: c.path, mine: c.theirs, theirs: c.mine }));
  return {
    base: result.record.value,
    stored: result.record,
    mine: typed.value,
    conflicts: addConflicts(current.conflicts, [...result.conflicts, ...swapped]),
  };
}

function isNewer(stored: StoredRecord<MinutesRecord>, than: StoredRecord<MinutesRecord> | undefined): boolean {
  if (than === undefined) return true;
  return stored.etag !== than.etag && stored.modifiedAt >= than.modifiedAt;
}

const systemClock = () => new Date();

export function useWorkingMinutes({
  draftKey,
  stored,
  initial,
  save,
  me,
  leaveRequests,
  autosaveMs = 3000,
  now = systemClock,
}: UseWorkingMinutesOptions): WorkingMinutes {
  const store = useDraftStore();
  const keyOf = usePersonKeys();
  const start: MinutesWorkingCopy = stored
    ? { base: stored.value, stored, mine: stored.value, conflicts: [] }
    : { base: initial, mine: initial, conflicts: [] };
  const draft = useDraft<MinutesWorkingCopy>(store, draftKey, start);
  const [saveState, setSaveState] = useState<SaveState>({ phase: "idle" });
  const copy = draft.value;
  const { setValue } = draft;
  // Saves read the copy as it is when they start, not as it was when the callback was made.
  const latestCopy = useRef(copy);
  useEffect(() => {
    latestCopy.current = copy;
  });
  const inFlight = useRef<Promise<MinutesRecord> | undefined>(undefined);
  // Only what the user changed since the last save or publish: a first draft nobody has touched is
  // not "unsaved" — it is saved with the first edit, or by publishing.
  const isDirty = !isSameValue(copy.mine, copy.base);

  // A newer stored version (the other editor's autosave) is merged into the copy as it arrives.
  useEffect(() => {
    if (draft.status !== "ready" || !stored || inFlight.current) return;
    if (isNewer(stored, latestCopy.current.stored))
      setValue((prev) => (isNewer(stored, prev.stored) ? rebaseOnStored(prev, stored) : prev));
  }, [stored, draft.status, setValue]);

  // A request is applied once (applyLeaveRequests remembers it), so this settles after one pass.
  // Only once the requests are read: an empty list would take back every leave as withdrawn.
  const isPublished = copy.mine.status === "published";
  useEffect(() => {
    if (draft.status !== "ready" || isPublished || leaveRequests === undefined) return;
    setValue((prev) => {
      // Matched by key (older minutes name attendees by UPN only); only the attendance is taken over.
      const { attendance } = applyLeaveRequests(fillAttendeeIds(prev.mine, keyOf), leaveRequests);
      return attendance === prev.mine.attendance ? prev : { ...prev, mine: { ...prev.mine, attendance } };
    });
  }, [leaveRequests, draft.status, isPublished, setValue, keyOf]);

  const flush = useCallback((): Promise<MinutesRecord> => {
    if (inFlight.current) return inFlight.current;
    const sent = latestCopy.current;
    if (sent.stored !== undefined && isSameValue(sent.mine, sent.base)) return Promise.resolve(sent.mine);
    setSaveState({ phase: "saving" });
    const run = (async () => {
      try {
        const result = await save({ base: sent.base, stored: sent.stored, mine: sent.mine, by: me, now: now() });
        setValue((prev) => rebaseAfterSave(prev, sent.mine, result));
        setSaveState({ phase: "idle", savedAt: now() });
        return result.record.value;
      } catch (error) {
        setSaveState({ phase: "failed", error });
        throw error;
      } finally {
        inFlight.current = undefined;
      }
    })();
    inFlight.current = run;
    return run;
  }, [save, me, now, setValue]);

  const isLocked = saveState.phase === "failed" && isMinutesLockedError(saveState.error);
  const hasEdits = !isSameValue(copy.mine, copy.base);
  useEffect(() => {
    if (draft.status !== "ready" || !hasEdits || isLocked || saveState.phase === "saving") return;
    const timer = setTimeout(() => {
      flush().catch((error: unknown) => {
        // Shown through saveState; the draft keeps everything, the next edit or "Save now" retries.
        console.warn("Autosave of the minutes failed", error);
      });
    }, autosaveMs);
    return () => {
      clearTimeout(timer);
    };
  }, [copy.mine, draft.status, hasEdits, isLocked, saveState.phase, autosaveMs, flush]);

  const update = useCallback(
    (change: (minutes: MinutesRecord) => MinutesRecord) => {
      setValue((prev) => ({ ...prev, mine: change(prev.mine) }));
    },
    [setValue],
  );

  const resolve = useCallback(
    (conflict: MinutesConflict, choice: "mine" | "theirs") => {
      setValue((prev) => ({
        ...prev,
        mine: resolveConflict(prev.mine, conflict, choice),
        conflicts: prev.conflicts.filter((c) => conflictKey(c) !== conflictKey(conflict)),
      }));
    },
    [setValue],
  );

  return {
    minutes: copy.mine,
    conflicts: copy.conflicts,
    isDirty,
    isLoading: draft.status === "loading",
    saveState,
    ...(draft.error === undefined ? {} : { draftError: draft.error }),
    isDraftPersistent: draft.isPersistent,
    update,
    resolve,
    flush,
  };
}
