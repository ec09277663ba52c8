import { buildDraftKey, useDraft, useDraftStore } from "@/lib/drafts";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import type { StoredRecord } from "@/meeting/api/workspace/types";
import { generateAgenda } from "../model/agenda";
import type { Agenda } from "../model/agenda";
import type { AgendaRecord, TopicRecord } from "@/meeting/model/records/agenda-record";
import { pickHost } from "@/meeting/model/series-config/host-rotation";

export interface AgendaPlan {
  config: SeriesConfig;
  occurrenceKey: string;
  heldKeys: string[];
  topics: TopicRecord[];
  editor: string;
}

export function buildInitialRecord(plan: AgendaPlan, now: Date): AgendaRecord {
  const agenda = generateAgenda({
    template: plan.config.template,
    occurrenceKey: plan.occurrenceKey,
    host: pickHost(plan.config.host, plan.occurrenceKey, plan.heldKeys),
    noteTaker: plan.config.noteTaker,
    speakers: plan.config.speakers,
    topics: plan.topics.map((t) => ({ id: t.id, title: t.title, raisedBy: t.raisedBy, minutes: t.minutes })),
  });
  return { schemaVersion: 1, ...agenda, revision: 0, posts: [], updatedBy: plan.editor, updatedAt: now.toISOString() };
}

interface AgendaEdits {
  basedOn: string;
  value: AgendaRecord;
}

/**
 * The agenda being edited: the stored one, or one generated from the template until the host
 * saves. Unsaved edits live in the local drafts store, so a reload or a switch of tab or date keeps
 * them; edits made on a version someone else has since replaced are not applied over it.
 */
export function useWorkingAgenda(stored: StoredRecord<AgendaRecord> | null, plan: AgendaPlan, seriesId: string) {
  const store = useDraftStore();
  const draftKey = buildDraftKey({
    kind: "agenda",
    seriesId: seriesId,
    occurrenceKey: plan.occurrenceKey,
    userId: plan.editor.toLowerCase(),
  });
  const { value: edited, setValue: setEdited } = useDraft<AgendaEdits | null>(store, draftKey, null);
  const basedOn = stored?.etag ?? "generated";
  const base = stored?.value ?? buildInitialRecord(plan, new Date());
  const isDirty = edited !== null && edited.basedOn === basedOn;
  const value = isDirty ? edited.value : base;
  const update = (change: (agenda: Agenda) => Agenda) => {
    const next = change(value);
    setEdited({ basedOn, value: { ...value, ...next, items: next.items } });
  };
  const reset = () => {
    setEdited(null);
  };
  return { value, isDirty, update, reset };
}
