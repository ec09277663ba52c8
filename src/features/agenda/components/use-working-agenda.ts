import { useState } from "react";
import type { SeriesConfig } from "../../../lib/series-config/series-config";
import type { StoredRecord } from "../../../lib/workspace/types";
import { generateAgenda } from "../model/agenda";
import type { Agenda } from "../model/agenda";
import type { AgendaRecord, TopicRecord } from "../model/agenda-record";
import { pickHost } from "../../../lib/series-config/host-rotation";

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

/**
 * The agenda being edited: the stored one, or one generated from the template until the host
 * saves. Edits stay local until saved; a newer stored version replaces an unedited working copy.
 */
export function useWorkingAgenda(stored: StoredRecord<AgendaRecord> | null, plan: AgendaPlan) {
  const [edited, setEdited] = useState<{ basedOn: string; value: AgendaRecord } | null>(null);
  const basedOn = stored?.etag ?? "generated";
  const base = stored?.value ?? buildInitialRecord(plan, new Date());
  const isDirty = edited !== null && edited.basedOn === basedOn;
  const value = isDirty ? edited.value : base;
  const update = (change: (agenda: Agenda) => Agenda) => {
    const next = change(value);
    setEdited({ basedOn, value: { ...value, ...next, items: next.items } });
  };
  const reset = () => { setEdited(null); };
  return { value, isDirty, update, reset };
}
