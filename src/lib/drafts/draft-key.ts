export type DraftKind = "report" | "minutes" | "agenda" | "topic";

export interface DraftKeyParts {
  kind: DraftKind;
  /** The meeting chat thread id: the same for every occurrence and attendee (docs/architecture.md §2). */
  seriesId: string;
  /** The occurrence's original start in UTC, as the series feature formats it. */
  occurrenceKey: string;
  /** The signed-in user's Entra object id: stable, unlike a UPN, which can be renamed. */
  userId: string;
  /** One report, topic or agenda item inside the occurrence, when the draft is per item. */
  itemId?: string;
}

declare const draftKeyBrand: unique symbol;

/** A storage key made only by `buildDraftKey`, so no caller can forget the user or the occurrence. */
export type DraftKey = string & { readonly [draftKeyBrand]: true };

// Segments run from the widest scope to the narrowest, so a prefix of a key is a useful query:
// everything of one user, of one series, or of one occurrence. Each segment is percent-encoded
// (thread ids contain ":" and "@") and every segment ends with "/", so "s1" never matches "s10".
const keyRoot = "draft/v1/";

export function buildDraftKey(parts: DraftKeyParts): DraftKey {
  const kindPrefix = buildDraftKeyPrefix(parts);
  // An empty itemId and a missing one are the same draft: there is no item to tell apart.
  return toDraftKey(`${kindPrefix}${encodeSegment(parts.itemId ?? "")}`);
}

/**
 * The prefix of every key under a scope, for `listDrafts`. Scopes nest user → series →
 * occurrence → kind; a narrower part without its wider parts is a caller bug and throws.
 */
export function buildDraftKeyPrefix(parts: Partial<Omit<DraftKeyParts, "itemId">> & { userId: string }): string {
  const ordered = [parts.userId, parts.seriesId, parts.occurrenceKey, parts.kind];
  let prefix = keyRoot;
  let isScopeOpen = true;
  for (const [index, part] of ordered.entries()) {
    if (part === undefined) {
      isScopeOpen = false;
      continue;
    }
    if (!isScopeOpen)
      throw new TypeError(`buildDraftKeyPrefix: ${segmentNames[index] ?? "part"} given without its wider scope`);
    // An empty id would silently share drafts between whoever else has an empty id.
    if (part.trim() === "") throw new TypeError(`Draft key part ${segmentNames[index] ?? "part"} is empty`);
    prefix += `${encodeSegment(part)}/`;
  }
  return prefix;
}

const segmentNames = ["userId", "seriesId", "occurrenceKey", "kind"] as const;

function encodeSegment(part: string): string {
  return encodeURIComponent(part);
}

/** Brands a string read back from storage or another tab, where the key was built by us. */
export function toDraftKey(raw: string): DraftKey {
  return raw as DraftKey;
}

/** The parts of a key `buildDraftKey` made; undefined for anything else. */
export function parseDraftKey(key: string): DraftKeyParts | undefined {
  if (!key.startsWith(keyRoot)) return undefined;
  const segments = key.slice(keyRoot.length).split("/");
  if (segments.length !== 5) return undefined;
  const [userId, seriesId, occurrenceKey, kind, itemId] = segments.map((segment) => decodeURIComponent(segment));
  if (!userId || !seriesId || !occurrenceKey || !isDraftKind(kind)) return undefined;
  return { kind, seriesId, occurrenceKey, userId, ...(itemId ? { itemId } : {}) };
}

function isDraftKind(value: string | undefined): value is DraftKind {
  return value === "report" || value === "minutes" || value === "agenda" || value === "topic";
}
