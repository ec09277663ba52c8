// The chat invariants after a run settles, for the cards carrying one marker:
// - the app sent the card once: exactly one POST of it ran on the server (a POST dropped before it
//   ran, or answered 429/503/500 without running, may be repeated; one whose answer was lost may not);
// - the oldest visible copy is the card the record names;
// - every other visible copy is one the transport posted twice (a resend), sent by someone other than
//   the person who recorded the post, and reported — the recorder removes their own copies, so with
//   the poster recording there is exactly one card.
import type { StartedEmulator } from "../../../emulator/start-emulator";

export interface CardCheck {
  violations: string[];
  /** Visible copies beyond the one kept. */
  extraCopies: number;
}

interface PostedBody {
  attachments?: { id?: string }[];
}

export function checkCards(
  emulator: StartedEmulator,
  chatId: string,
  marker: string,
  expected: { messageId: string | undefined; reported: readonly { messageId: string }[]; recordedBy: string },
): CardCheck {
  const state = emulator.emulator.getState();
  const violations: string[] = [];
  const posts = emulator.emulator.log
    .list()
    .filter(
      (entry) =>
        entry.method === "POST" &&
        entry.status === 201 &&
        decodeURIComponent(entry.url.split("?")[0] ?? "") === `/chats/${chatId}/messages` &&
        ((entry.body as PostedBody | null)?.attachments ?? []).some((a) => a.id === marker),
    );
  if (posts.length !== 1) violations.push(`the card was posted ${posts.length} times`);

  const visible = (state.chats[chatId]?.messages ?? [])
    .filter((m) => m.deletedDateTime === undefined && m.attachments.some((a) => a.id === marker))
    .sort((a, b) => Number(a.id) - Number(b.id));
  const [kept, ...extras] = visible;
  if (kept === undefined) violations.push(`no card ${marker.slice(0, 8)} in the chat`);
  else if (kept.id !== expected.messageId)
    violations.push(`the record names card ${String(expected.messageId)}, the chat keeps ${kept.id}`);
  const recorder = state.users.find((u) => u.userPrincipalName.toLowerCase() === expected.recordedBy.toLowerCase());
  const reported = new Set(expected.reported.map((copy) => copy.messageId));
  for (const extra of extras) {
    if (!reported.has(extra.id)) violations.push(`a second card ${extra.id} in the chat, not reported`);
    if (extra.fromUserId === recorder?.id) violations.push(`${expected.recordedBy} left their own copy ${extra.id}`);
  }
  for (const id of reported) {
    if (!extras.some((extra) => extra.id === id)) violations.push(`card ${id} reported as left, but it is not there`);
  }
  return { violations, extraCopies: extras.length };
}
