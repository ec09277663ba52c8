import * as z from "zod/mini";
import { reportFieldIds } from "../templates/report-fields";

const bilingual = z.object({ zh: z.string(), en: z.string() });

const agendaItemSchema = z.object({
  id: z.string(),
  sectionId: z.optional(z.string()),
  kind: z.enum(["opening", "review", "reports", "discussion", "leadership", "summary", "topic"]),
  title: bilingual,
  speaker: z.optional(z.string()),
  minutes: z.number().check(z.gte(0), z.lte(1440)),
  fields: z.array(z.enum(reportFieldIds)),
  raisedBy: z.optional(z.string()),
});

const postSchema = z.object({
  messageId: z.string(),
  revision: z.number(),
  postedAt: z.string(),
  postedBy: z.string(),
  /**
   * Later copies of this card left in the chat (a post the browser resent) that only their sender can
   * delete; the poster's own copies are removed when the post is recorded.
   */
  leftCopies: z.optional(z.array(z.object({ messageId: z.string(), senderName: z.string() }))),
});

/** An occurrence's agenda as stored in the workspace, with the cards posted from it. */
export const agendaRecordSchema = z.object({
  schemaVersion: z.literal(1),
  occurrenceKey: z.string(),
  host: z.optional(z.string()),
  noteTaker: z.optional(z.string()),
  items: z.array(agendaItemSchema),
  /** Increases with every saved edit; a card posted at an older revision is out of date. */
  revision: z.number(),
  posts: z.array(postSchema),
  updatedBy: z.string(),
  updatedAt: z.string(),
});

export type AgendaRecord = z.infer<typeof agendaRecordSchema>;

export const topicSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  raisedBy: z.string(),
  minutes: z.number().check(z.gte(1), z.lte(120)),
  occurrenceKey: z.string(),
  createdAt: z.string(),
});

export type TopicRecord = z.infer<typeof topicSchema>;

export function getLatestPost(record: AgendaRecord | undefined): AgendaRecord["posts"][number] | undefined {
  return record?.posts.reduce<AgendaRecord["posts"][number] | undefined>(
    (latest, p) => (!latest || p.revision >= latest.revision ? p : latest),
    undefined,
  );
}
