// The agenda post flow: the host posts the occurrence's agenda card to the meeting chat — the first
// revision, or an edited one after an earlier card — aborted at a random step once and retried by the
// host or the organizer until it settles. A person retrying either still has what they read before
// (a reload keeps the edit and the version it was based on) or reads the agenda afresh.
// Invariants: the agenda holds the revision with exactly one post of it, naming the one card the chat
// keeps for that revision; any other visible copy was reported (only its sender can delete it).
import type { StartedEmulator } from "../../../emulator/start-emulator";
import { getAgenda } from "@/features/agenda/api/agenda-store";
import { getAgendaCardMarker, postAgenda } from "@/features/agenda/api/post-agenda";
import { createCard } from "@/lib/cards";
import { openWorkspace } from "@/meeting/api/workspace";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace";
import type { AgendaRecord } from "@/meeting/model/records/agenda-record";
import { buildFullAgendaRecord } from "@/meeting/testing/build-records";
import { checkCards } from "./chat-check";
import { connect, groupId, planAbort, settle } from "./common";
import type { FlowOutcome } from "./common";
import type { SweepContext } from "./context";

const occurrenceKey = "2026-11-30T05:30:00.000Z";
const host = "wang.jianguo@yunzhan.example";
const posters = [host, "sun.li@yunzhan.example"];

const renderCard = (revision: number) =>
  createCard([{ type: "TextBlock", text: `周例会议程（第 ${String(revision)} 版）`, wrap: true }]);

/** Revision `revision` of the agenda as the host edits it from `from` (none stored: the first). */
function editAgenda(from: AgendaRecord | undefined, revision: number, by: string): AgendaRecord {
  const base = from ?? buildFullAgendaRecord({ occurrenceKey, posts: [] });
  return {
    ...base,
    revision,
    items: base.items.map((item, i) => (i === 0 ? { ...item, minutes: 10 + revision } : item)),
    updatedBy: by,
    updatedAt: new Date().toISOString(),
  };
}

function post(
  client: ReturnType<typeof connect>,
  ws: Workspace,
  chatId: string,
  upn: string,
  read: { value: AgendaRecord; basedOn: StoredRecord<AgendaRecord> | undefined },
  onStep?: (step: "save" | "card" | "record") => void,
) {
  return postAgenda(client, {
    workspace: ws,
    seriesId: chatId,
    value: read.value,
    basedOn: read.basedOn,
    renderCard,
    summary: "周例会 · 2026-11-30",
    poster: upn,
    ...(onStep ? { onStep } : {}),
  });
}

export async function runAgendaPost(context: SweepContext): Promise<FlowOutcome> {
  const { emulator, random, chatId } = context;
  const setup = connect(emulator, host);
  const ws = await openWorkspace(setup, { groupId });
  // Half the runs post an update: revision 1 is stored and its card already in the chat.
  const target = random() < 0.5 ? 1 : 2;
  if (target === 2) await post(setup, ws, chatId, host, { value: editAgenda(undefined, 1, host), basedOn: undefined });
  await context.startFaults();

  const abort = planAbort(random, ["save", "card", "record"] as const);
  let held: { value: AgendaRecord; basedOn: StoredRecord<AgendaRecord> | undefined } | undefined;
  const outcome = await settle(
    random,
    posters,
    async (client, upn) => {
      if (held === undefined || random() < 0.5) {
        const stored = await getAgenda(client, ws, chatId, occurrenceKey);
        held =
          stored && stored.value.revision >= target
            ? { value: stored.value, basedOn: stored }
            : { value: editAgenda(stored?.value, target, upn), basedOn: stored };
      }
      return post(client, ws, chatId, upn, held, abort);
    },
    emulator,
  );
  await context.stopFaults();
  if (!outcome.settled) return { attempts: outcome.attempts, violations: ["the agenda post did not settle"] };
  return { attempts: outcome.attempts, ...(await checkAgenda(emulator, ws, chatId, target)) };
}

async function checkAgenda(
  emulator: StartedEmulator,
  ws: Workspace,
  chatId: string,
  target: number,
): Promise<Omit<FlowOutcome, "attempts">> {
  const stored = await getAgenda(connect(emulator, host), ws, chatId, occurrenceKey);
  const violations: string[] = [];
  let reportedCopies = 0;
  if (stored?.value.revision !== target) violations.push(`the agenda is at revision ${String(stored?.value.revision)}`);
  for (let revision = 1; revision <= target; revision++) {
    const posts = stored?.value.posts.filter((p) => p.revision === revision) ?? [];
    if (posts.length !== 1) violations.push(`${posts.length} posts recorded for revision ${revision}`);
    const marker = await getAgendaCardMarker(chatId, occurrenceKey, revision);
    const cards = checkCards(emulator, chatId, marker, {
      messageId: posts[0]?.messageId,
      reported: posts[0]?.leftCopies ?? [],
      recordedBy: posts[0]?.postedBy ?? "",
    });
    violations.push(...cards.violations.map((v) => `revision ${revision}: ${v}`));
    reportedCopies += cards.extraCopies;
  }
  return { violations, reportedCopies };
}
