// Posting an occurrence's agenda card to the meeting chat (docs/architecture.md §6 step 5), exactly
// once per revision of the agenda, whatever fails on the way: the answer to the chat POST lost, the
// save of the post onto the agenda failing, or the host closing the panel in between — then a retry
// by the same or another person. Each attempt starts from what is stored now: the revision is saved
// unless the store already has it (an earlier attempt's save), a post already recorded is the
// answer, and otherwise the card is posted through postCardOnce, which first looks in the chat for a
// card carrying this revision's marker and keeps that one instead of posting again
// (src/meeting/api/chat-cards). "Send message in a chat" has no conditional create
// (https://learn.microsoft.com/graph/api/chat-post-messages), so the marker in the chat is the only
// way to learn whether an unanswered POST landed.
import { buildChatMessageWithCard } from "@/lib/cards";
import type { AdaptiveCard } from "@/lib/cards";
import type { GraphClient } from "@/lib/graph";
import { deriveCardMarker, postCardOnce } from "@/meeting/api/chat-cards";
import { RecordConflictError } from "@/meeting/api/workspace";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace/types";
import { getAgendaKey } from "@/meeting/model/record-keys";
import type { AgendaRecord } from "@/meeting/model/records/agenda-record";
import { getAgenda, saveAgenda } from "./agenda-store";

export type AgendaPost = AgendaRecord["posts"][number];
export type PostAgendaStep = "save" | "card" | "record";

export interface PostAgendaInput {
  workspace: Workspace;
  seriesId: string;
  /** The agenda to post: the stored one as it is, or an edit of it at the next revision. */
  value: AgendaRecord;
  /** The stored agenda `value` was read or edited from; undefined when none was stored. */
  basedOn: StoredRecord<AgendaRecord> | undefined;
  renderCard: (revision: number) => AdaptiveCard;
  /** The line above the card. */
  summary: string;
  poster: string;
  signal?: AbortSignal;
  /** Told as each step starts; awaited, so a caller may stop between steps. */
  onStep?: (step: PostAgendaStep) => void | Promise<void>;
  now?: () => Date;
}

export interface PostAgendaResult {
  record: StoredRecord<AgendaRecord>;
  post: AgendaPost;
  /** Later copies of the card (a POST that landed twice) this attempt removed from the chat. */
  removedCopies: number;
}

/** The card's attachment id: one per series, occurrence and revision, whoever posts it. */
export function getAgendaCardMarker(seriesId: string, occurrenceKey: string, revision: number): Promise<string> {
  return deriveCardMarker(`${getAgendaKey(seriesId, occurrenceKey)}#r${String(revision)}`);
}

export async function postAgenda(client: GraphClient, input: PostAgendaInput): Promise<PostAgendaResult> {
  const now = input.now ?? (() => new Date());
  await input.onStep?.("save");
  const saved = await saveRevision(client, input);
  const recorded = findPost(saved.value);
  if (recorded) return { record: saved, post: recorded, removedCopies: 0 };

  await input.onStep?.("card");
  const { revision, occurrenceKey } = saved.value;
  const marker = await getAgendaCardMarker(input.seriesId, occurrenceKey, revision);
  const outcome = await postCardOnce(client, {
    seriesId: input.seriesId,
    marker,
    // The card of this revision cannot be older than the revision.
    since: new Date(saved.value.updatedAt),
    buildMessage: () =>
      buildChatMessageWithCard(input.renderCard(revision), { summary: input.summary, attachmentId: marker }),
    ...(input.signal ? { signal: input.signal } : {}),
  });

  await input.onStep?.("record");
  const post: AgendaPost = {
    messageId: outcome.messageId,
    revision,
    postedAt: now().toISOString(),
    postedBy: input.poster,
    ...(outcome.leftCopies.length > 0 ? { leftCopies: outcome.leftCopies } : {}),
  };
  const written = await recordPost(client, input, saved, post);
  return { ...written, removedCopies: outcome.removedCopies };
}

function findPost(agenda: AgendaRecord): AgendaPost | undefined {
  return agenda.posts.find((p) => p.revision === agenda.revision);
}

function isSameRevision(a: AgendaRecord, b: AgendaRecord): boolean {
  const content = (r: AgendaRecord) => JSON.stringify([r.revision, r.host, r.noteTaker, r.items]);
  return content(a) === content(b);
}

/**
 * The agenda at `value`'s revision as stored: already there (an earlier attempt saved it, or it is
 * the stored one unchanged), or saved now over the version it was edited from — with that etag, so
 * another host's change in between is a conflict to resolve, never overwritten.
 */
async function saveRevision(client: GraphClient, input: PostAgendaInput): Promise<StoredRecord<AgendaRecord>> {
  const { occurrenceKey } = input.value;
  const current = await getAgenda(client, input.workspace, input.seriesId, occurrenceKey);
  if (current && isSameRevision(current.value, input.value)) return current;
  if (current?.etag !== input.basedOn?.etag)
    throw new RecordConflictError("agendas", getAgendaKey(input.seriesId, occurrenceKey), "stale", current);
  return saveAgenda(client, input.workspace, input.seriesId, input.value, current);
}

/** Adds the post to the agenda; someone who recorded the same revision's post meanwhile wins (it is the same card). */
async function recordPost(
  client: GraphClient,
  input: PostAgendaInput,
  saved: StoredRecord<AgendaRecord>,
  post: AgendaPost,
): Promise<{ record: StoredRecord<AgendaRecord>; post: AgendaPost }> {
  let base = saved;
  for (let attempt = 1; ; attempt++) {
    const existing = findPost(base.value);
    if (existing) return { record: base, post: existing };
    try {
      const value = { ...base.value, posts: [...base.value.posts, post] };
      return { record: await saveAgenda(client, input.workspace, input.seriesId, value, base), post };
    } catch (error) {
      if (!(error instanceof RecordConflictError) || attempt >= 3) throw error;
      const latest = await getAgenda(client, input.workspace, input.seriesId, base.value.occurrenceKey);
      if (latest?.value.revision !== post.revision) throw error;
      base = latest;
    }
  }
}
