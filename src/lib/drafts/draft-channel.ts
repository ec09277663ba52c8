// Cross-tab change notices over a BroadcastChannel. A notice carries the saved draft (structured
// clone, like IndexedDB) so an open form in another tab can refresh without reading the store.
// Notices come from other tabs that may run an older or newer Meetloop, so each is checked with
// zod and one that does not parse is ignored: it is another version's business, not an error here.
// Where BroadcastChannel does not exist (old WebViews) tabs simply do not hear each other.
import { z } from "zod";
import { toDraftKey } from "./draft-key";
import type { DraftChange } from "./draft-types";

export const defaultDraftChannelName = "meetloop-drafts";

const draftSchema = z.object({
  key: z.string(),
  value: z.unknown(),
  updatedAt: z.date(),
  revision: z.number().int().positive(),
  baseEtag: z.string().optional(),
  status: z.enum(["editing", "submitting", "submitted"]),
});

const noticeSchema = z.object({
  version: z.literal(1),
  dbName: z.string(),
  change: z.discriminatedUnion("type", [
    z.object({ type: z.literal("saved"), key: z.string(), draft: draftSchema, origin: z.string().optional() }),
    z.object({ type: z.literal("deleted"), key: z.string(), origin: z.string().optional() }),
  ]),
});

export interface DraftChannel {
  post(change: DraftChange): void;
  close(): void;
}

/** Opens the channel; `onChange` hears other tabs' changes to the same database only. */
export function openDraftChannel(
  channelName: string,
  dbName: string,
  onChange: (change: DraftChange) => void,
): DraftChannel {
  if (typeof BroadcastChannel === "undefined") return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(channelName);
  // A write that was in flight when the store closed still finishes; posting then would throw.
  let isClosed = false;
  channel.addEventListener("message", (event: MessageEvent<unknown>) => {
    const parsed = noticeSchema.safeParse(event.data);
    if (!parsed.success || parsed.data.dbName !== dbName) return;
    onChange(toDraftChange(parsed.data.change));
  });
  return {
    post: (change) => {
      if (isClosed) return;
      channel.postMessage({ version: 1, dbName, change });
    },
    close: () => {
      isClosed = true;
      channel.close();
    },
  };
}

function toDraftChange(change: z.infer<typeof noticeSchema>["change"]): DraftChange {
  const key = toDraftKey(change.key);
  if (change.type === "deleted") return { type: "deleted", key, origin: change.origin };
  const { draft } = change;
  return {
    type: "saved",
    key,
    origin: change.origin,
    draft: {
      key,
      value: draft.value,
      updatedAt: draft.updatedAt,
      revision: draft.revision,
      status: draft.status,
      ...(draft.baseEtag === undefined ? {} : { baseEtag: draft.baseEtag }),
    },
  };
}
