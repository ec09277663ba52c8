// Publishing the minutes (docs/domain.md §5): every action item becomes its Planner task, the minutes are
// saved as a Word document in the group's library, the card goes to the meeting chat with the
// absentees @mentioned, and the minutes record is locked at this version. Each step can be
// retried after any failure: tasks are matched, not re-created; the document path is fixed per
// version; the card is found by its derived attachment id; the record is written with its etag.
import type { GraphClient } from "@/lib/graph";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { RecordConflictError, getRecord, updateRecord } from "@/meeting/api/workspace";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace/types";
import {
  buildAbsenteeMentions,
  buildMinutesCard,
  buildMinutesFileName,
  buildMinutesMessage,
  loadMinutesDocx,
  uploadMinutesDocument,
} from "../documents";
import type { MinutesLanguage } from "../documents";
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";
import { getMinutesKey } from "@/meeting/model/record-keys";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { PublishIncompleteError, getBucketName, getOccurrenceName, publishActionItems } from "../planner-sync";
import { findPostedCard, listChatMemberIdentities, postMinutesMessage } from "./chat-io";
import { getMinutesAttachmentId } from "./message-identity";

export type PublishStep = "tasks" | "document" | "card" | "record";

export interface PublishMinutesInput {
  workspace: Workspace;
  config: SeriesConfig;
  seriesId: string;
  /** The minutes as the publisher saw them; the stored record is re-read and must be this version. */
  minutes: MinutesRecord;
  by: string;
  language: MinutesLanguage;
  /** The occurrence's date (YYYY-MM-DD) and its times, formatted in the series' zone. */
  date: string;
  dateTime: string;
  time: string;
  displayNames: Readonly<Record<string, string>>;
  /** The series' zone: due dates end at midnight there. */
  timeZone: string;
  links: { fullMinutes: string; confirm: string };
  /** Told as each step starts; awaited, so a caller may pause between steps. */
  onStep?: (step: PublishStep) => void | Promise<void>;
  /**
   * What the task step found of extra task copies (a create that landed twice): how many untouched
   * copies it removed, and the action items with more than one task someone has worked on.
   */
  onTaskCopies?: (copies: { removed: number; touchedActionIds: string[] }) => void;
  signal?: AbortSignal;
  now?: () => Date;
}

function describeDecision(minutes: MinutesRecord, actionId: string): string {
  const action = minutes.actions.find((a) => a.id === actionId);
  const item = minutes.items.find((i) => i.id === action?.itemId);
  const decision = item?.decisions.find((d) => d.id === action?.decisionId) ?? item?.decisions[0];
  return decision?.text ?? item?.title ?? "";
}

async function saveLinks(
  client: GraphClient,
  input: PublishMinutesInput,
  record: StoredRecord<MinutesRecord>,
  planner: NonNullable<MinutesRecord["published"]>["planner"],
) {
  const value: MinutesRecord = {
    ...record.value,
    published: { ...(record.value.published ?? { version: 0, at: "", by: input.by }), planner },
  };
  return updateRecord(client, input.workspace, "minutes", record, value, { schema: minutesRecordSchema });
}

export async function publishMinutes(
  client: GraphClient,
  input: PublishMinutesInput,
): Promise<StoredRecord<MinutesRecord>> {
  const now = input.now ?? (() => new Date());
  // Start from the record as stored now: an interrupted earlier attempt may have saved task links.
  const key = getMinutesKey(input.seriesId, input.minutes.occurrenceKey);
  let record = await getRecord(client, input.workspace, "minutes", key, minutesRecordSchema);
  if (!record) throw new Error(`Save the minutes before publishing them (${key} is not stored yet)`);
  if (record.value.version !== input.minutes.version) {
    throw new RecordConflictError("minutes", record.key, "stale", record);
  }
  const minutes = record.value;
  const version = minutes.version;
  const minutesKey = record.key;
  const nameOf = (upn: string) => input.displayNames[upn] ?? input.displayNames[upn.toLowerCase()] ?? upn;

  await input.onStep?.("tasks");
  try {
    const result = await publishActionItems(client, {
      planId: input.config.workspace.planId,
      bucketName: getBucketName(input.date, minutes.meetingTitle),
      occurrenceName: getOccurrenceName(input.date, minutes.meetingTitle),
      actions: minutes.actions,
      previous: minutes.published?.planner ?? {},
      minutesUrl: input.links.fullMinutes,
      decisionTextOf: (actionId) => describeDecision(minutes, actionId),
      supervisorNameOf: nameOf,
      timeZone: input.timeZone,
      ...(input.signal ? { signal: input.signal } : {}),
    });
    input.onTaskCopies?.({
      removed: result.removedCopies,
      touchedActionIds: result.touchedCopies.map((copy) => copy.actionId),
    });
    record = await saveLinks(client, input, record, result.planner);
  } catch (error) {
    // Keep whatever tasks exist, so the retry's first read already knows them.
    if (error instanceof PublishIncompleteError) await saveLinks(client, input, record, error.partial.planner);
    throw error;
  }

  await input.onStep?.("document");
  const { buildMinutesDocx } = await loadMinutesDocx();
  const bytes = await buildMinutesDocx({
    language: input.language,
    minutes: record.value,
    dateTime: input.dateTime,
    displayNames: input.displayNames,
    lateness: input.config.attendance.lateness,
  });
  const document = await uploadMinutesDocument(client, {
    groupId: input.workspace.groupId,
    folder: `例会通/${minutes.meetingTitle}`,
    fileName: buildMinutesFileName({
      date: input.date,
      meetingTitle: minutes.meetingTitle,
      version,
      language: input.language,
    }),
    bytes,
    ...(input.signal ? { signal: input.signal } : {}),
  });

  await input.onStep?.("card");
  const attachmentId = await getMinutesAttachmentId(minutesKey, version);
  let messageId = await findPostedCard(client, input.seriesId, attachmentId);
  if (!messageId) {
    const members = await listChatMemberIdentities(client, input.seriesId);
    const { mentions } = buildAbsenteeMentions(record.value, members, input.displayNames);
    const card = buildMinutesCard({
      language: input.language,
      minutes: record.value,
      date: input.date,
      time: input.time,
      displayNames: input.displayNames,
      links: input.links,
      mentions,
    });
    const message = buildMinutesMessage(card, {
      summary: `${minutes.meetingTitle} · ${input.date}`,
      mentions,
      language: input.language,
      attachmentId,
    });
    messageId = await postMinutesMessage(client, input.seriesId, message);
  }

  await input.onStep?.("record");
  const at = now().toISOString();
  const published: MinutesRecord = {
    ...record.value,
    status: "published",
    published: {
      version,
      at,
      by: input.by,
      messageId,
      documentUrl: document.webUrl,
      planner: record.value.published?.planner ?? {},
    },
    history: [
      ...record.value.history.filter((h) => h.version !== version),
      {
        version,
        publishedAt: at,
        publishedBy: input.by,
        snapshot: JSON.stringify({
          items: record.value.items,
          actions: record.value.actions,
          attendance: record.value.attendance,
        }),
      },
    ],
    updatedBy: input.by,
    updatedAt: at,
  };
  return updateRecord(client, input.workspace, "minutes", record, published, { schema: minutesRecordSchema });
}
