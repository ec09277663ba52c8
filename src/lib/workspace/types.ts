// Contracts of the workspace store: the series' records live as items of SharePoint lists in the
// workspace group's site (design §2). Every record has a stable key so a retried write finds what
// an interrupted one left, and an etag so concurrent writes are detected instead of overwritten.

export type RecordListName = "series" | "agendas" | "reports" | "topics";

export interface Workspace {
  groupId: string;
  siteId: string;
  /** List id per record list, created on first use. */
  lists: Record<RecordListName, string>;
}

export interface RecordKeyParts {
  /** Unique within its list, e.g. `report|<chatId>|<occurrenceKey>|<sectionId>|<upn>`. */
  key: string;
  seriesId: string;
  occurrenceKey?: string;
  /** userPrincipalName of the person the record belongs to (a report's speaker, a topic's author). */
  owner?: string;
}

export interface StoredRecord<T> extends RecordKeyParts {
  itemId: string;
  etag: string;
  value: T;
  modifiedAt: string;
  modifiedBy?: string;
}

export type RecordSchema<T> = { safeParse(input: unknown): { success: true; data: T } | { success: false; error: unknown } };
