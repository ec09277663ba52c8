// The occurrence's agenda and the week's topics in the workspace (the card posted from an agenda is
// post-agenda.ts). Agenda saves carry the etag they were read with: two hosts editing at once get a
// conflict to resolve, never a silent overwrite.
import type { GraphClient } from "@/lib/graph";
import { createRecord, getRecord, listRecords, updateRecord } from "@/meeting/api/workspace";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace/types";
import { agendaRecordSchema, topicSchema } from "@/meeting/model/records/agenda-record";
import { getTopicKey, getAgendaKey } from "@/meeting/model/record-keys";
import type { AgendaRecord, TopicRecord } from "@/meeting/model/records/agenda-record";

export function getAgenda(
  client: GraphClient,
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
): Promise<StoredRecord<AgendaRecord> | undefined> {
  return getRecord(client, ws, "agendas", getAgendaKey(seriesId, occurrenceKey), agendaRecordSchema);
}

/** First save creates the record; later saves update it with the etag it was read with. */
export function saveAgenda(
  client: GraphClient,
  ws: Workspace,
  seriesId: string,
  value: AgendaRecord,
  stored: StoredRecord<AgendaRecord> | undefined,
): Promise<StoredRecord<AgendaRecord>> {
  if (stored) return updateRecord(client, ws, "agendas", stored, value);
  return createRecord(
    client,
    ws,
    "agendas",
    { key: getAgendaKey(seriesId, value.occurrenceKey), seriesId: seriesId, occurrenceKey: value.occurrenceKey },
    value,
  );
}

export async function listTopics(
  client: GraphClient,
  ws: Workspace,
  seriesId: string,
  occurrenceKey: string,
): Promise<TopicRecord[]> {
  const records = await listRecords(client, ws, "topics", { seriesId: seriesId, occurrenceKey }, topicSchema);
  return records.map((r) => r.value).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function addTopic(
  client: GraphClient,
  ws: Workspace,
  seriesId: string,
  topic: TopicRecord,
): Promise<TopicRecord> {
  const stored = await createRecord(
    client,
    ws,
    "topics",
    {
      key: getTopicKey(seriesId, topic.id),
      seriesId: seriesId,
      occurrenceKey: topic.occurrenceKey,
      owner: topic.raisedBy,
    },
    topic,
  );
  return stored.value;
}
