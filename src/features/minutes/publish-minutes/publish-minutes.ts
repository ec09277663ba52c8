// Publishing the minutes (docs/domain.md §5): every action item becomes its Planner task, the minutes are
// saved as a Word document in the group's library, the card goes to the meeting chat with the
// absentees @mentioned, and the minutes record is locked at this version. Each step can be retried
// after any failure — a lost answer, a 5xx, the panel closed — by the same or another person:
// - tasks are matched, not re-created (planner-sync);
// - before the document, the record notes when and in which language this version's publish started
//   (`published.started`), so every attempt — even one after the publish completed but its answer was
//   lost — writes the same file path; a simple upload PUT to an existing path replaces the file
//   (https://learn.microsoft.com/graph/api/driveitem-put-content), so a repeated upload leaves one
//   document, not two;
// - the card is found in the chat by its attachment id, derived from the minutes key and version,
//   before anything is posted, and a copy the browser posted twice is removed (postCardOnce,
//   src/meeting/api/chat-cards);
// - the record is written with its etag.
// In a cloud without Planner (Microsoft 365 operated by 21Vianet, src/lib/graph/cloud-availability.ts)
// the task step is skipped and said so (`onTasksUnavailable`); the other steps run as everywhere.
import { isUnavailableInCloud } from "@/lib/graph";
import type { CloudFeatureArea, GraphClient } from "@/lib/graph";
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
import { postCardOnce } from "@/meeting/api/chat-cards";
import type { CardCopy } from "@/meeting/api/chat-cards";
import { listChatMemberIdentities } from "./chat-io";
import { getMinutesAttachmentId } from "./message-identity";
import { findActionSource } from "@/meeting/model/records/action-source";

export type PublishStep = "tasks" | "document" | "card" | "record";

export interface PublishMinutesInput {
  workspace: Workspace;
  config: SeriesConfig;
  seriesId: string;
  /** The minutes as the publisher saw them; the stored record is re-read and must be this version. */
  minutes: MinutesRecord;
  by: string;
  /** The publisher's language; a retry of an interrupted publish keeps the first attempt's. */
  language: MinutesLanguage;
  /** The occurrence's date (YYYY-MM-DD) in the series' zone. */
  date: string;
  /** The occurrence's date and times in words, in `language`, formatted in the series' zone. */
  describeTime: (language: MinutesLanguage) => { dateTime: string };
  displayNames: Readonly<Record<string, string>>;
  /** The series' zone: due dates end at midnight there, and the card says the meeting's time on its clock. */
  timeZone: string;
  links: { fullMinutes: string; confirm: string };
  /** Told as each step starts; awaited, so a caller may pause between steps. */
  onStep?: (step: PublishStep) => void | Promise<void>;
  /**
   * What the task step found of extra task copies (a create that landed twice): how many untouched
   * copies it removed, and the action items with more than one task someone has worked on.
   */
  onTaskCopies?: (copies: { removed: number; touchedActionIds: string[] }) => void;
  /**
   * What the card step found of extra copies of the card (a post the browser resent): how many of the
   * publisher's own it removed, and the ones only their sender can delete.
   */
  onCardCopies?: (copies: { removed: number; left: CardCopy[] }) => void;
  /** The cloud lacks Planner: no task was written, the rest of the publish goes on. */
  onTasksUnavailable?: (area: CloudFeatureArea) => void;
  signal?: AbortSignal;
  now?: () => Date;
}

/** The decision the action is linked to, or its agenda item: never another decision of that item. */
function describeSource(minutes: MinutesRecord, actionId: string): { decision: string; agendaItem: string } {
  const action = minutes.actions.find((a) => a.id === actionId);
  const source = action ? findActionSource(minutes.items, action) : { kind: "none" as const };
  if (source.kind === "decision") return { decision: source.decisionText, agendaItem: "" };
  return { decision: "", agendaItem: source.kind === "item" ? source.itemTitle : "" };
}

type Published = NonNullable<MinutesRecord["published"]>;

/** When and in which language this version's publish started: an earlier attempt's, or now. */
function noteStart(record: MinutesRecord, input: PublishMinutesInput, now: Date): NonNullable<Published["started"]> {
  const started = record.published?.started;
  if (started?.version === record.version) return started;
  return { version: record.version, language: input.language, at: now.toISOString() };
}

async function saveLinks(
  client: GraphClient,
  input: PublishMinutesInput,
  record: StoredRecord<MinutesRecord>,
  planner: Published["planner"],
  now: Date,
) {
  const value: MinutesRecord = {
    ...record.value,
    published: {
      ...(record.value.published ?? { version: 0, at: "", by: input.by }),
      planner,
      started: noteStart(record.value, input, now),
    },
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
      decisionTextOf: (actionId) => describeSource(minutes, actionId).decision,
      agendaItemOf: (actionId) => describeSource(minutes, actionId).agendaItem,
      supervisorNameOf: nameOf,
      timeZone: input.timeZone,
      ...(input.signal ? { signal: input.signal } : {}),
    });
    input.onTaskCopies?.({
      removed: result.removedCopies,
      touchedActionIds: result.touchedCopies.map((copy) => copy.actionId),
    });
    record = await saveLinks(client, input, record, result.planner, now());
  } catch (error) {
    if (isUnavailableInCloud(error)) {
      input.onTasksUnavailable?.(error.area);
    } else {
      // Keep whatever tasks exist, so the retry's first read already knows them.
      if (error instanceof PublishIncompleteError) await saveLinks(client, input, record, error.partial.planner, now());
      throw error;
    }
  }
  const started = noteStart(record.value, input, now());
  const language = started.language;
  const { dateTime } = input.describeTime(language);

  await input.onStep?.("document");
  const { buildMinutesDocx } = await loadMinutesDocx();
  const bytes = await buildMinutesDocx({
    language,
    minutes: record.value,
    dateTime,
    displayNames: input.displayNames,
    lateness: input.config.attendance.lateness,
  });
  const document = await uploadMinutesDocument(client, {
    groupId: input.workspace.groupId,
    folder: `例会通/${minutes.meetingTitle}`,
    fileName: buildMinutesFileName({ date: input.date, meetingTitle: minutes.meetingTitle, version, language }),
    bytes,
    ...(input.signal ? { signal: input.signal } : {}),
  });

  await input.onStep?.("card");
  const attachmentId = await getMinutesAttachmentId(minutesKey, version);
  const card = await postCardOnce(client, {
    seriesId: input.seriesId,
    marker: attachmentId,
    since: new Date(started.at),
    buildMessage: async () => {
      const members = await listChatMemberIdentities(client, input.seriesId, input.signal);
      const { mentions } = buildAbsenteeMentions(record.value, members, input.displayNames);
      const minutesCard = buildMinutesCard({
        language,
        minutes: record.value,
        timeZone: input.timeZone,
        displayNames: input.displayNames,
        links: input.links,
        mentions,
        lateness: input.config.attendance.lateness,
      });
      return buildMinutesMessage(minutesCard, {
        summary: `${minutes.meetingTitle} · ${input.date}`,
        mentions,
        language,
        attachmentId,
      });
    },
    ...(input.signal ? { signal: input.signal } : {}),
  });
  input.onCardCopies?.({ removed: card.removedCopies, left: card.leftCopies });
  const messageId = card.messageId;

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
      started,
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
