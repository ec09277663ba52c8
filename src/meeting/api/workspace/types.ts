// Contracts of the workspace store: the series' records live as items of SharePoint lists in the
// workspace group's site (docs/architecture.md §2). Every record has a stable key so a retried write finds what
// an interrupted one left, and an etag so concurrent writes are detected instead of overwritten.
import type { ServerAuthors } from "@/meeting/model/authorship/authorship";

export type RecordListName =
  "series" | "agendas" | "reports" | "topics" | "minutes" | "attendance" | "confirmations" | "reviews";

export interface Workspace {
  groupId: string;
  siteId: string;
  /** List id per record list, created on first use. */
  lists: Record<RecordListName, string>;
}

export interface RecordKeyParts {
  /** Unique within its list, e.g. `report|<seriesId>|<occurrenceKey>|<sectionId>|<upn>`. */
  key: string;
  seriesId: string;
  occurrenceKey?: string;
  /** Person key (object id; a UPN in older records) of whom the record belongs to (a report's speaker, a topic's author). */
  owner?: string;
  /** Short human-readable summary for people browsing the list in SharePoint (the Title column); the key when absent. */
  title?: string;
}

/**
 * A record as read. `createdBy` and `lastModifiedBy` (ServerAuthors) are SharePoint's own account of
 * who created the item and made its last change — the only authorship to trust (docs/domain.md §9).
 * After our own fields PATCH `lastModifiedBy` is absent until the item is read again: Graph answers
 * that PATCH with the field values alone.
 */
export interface StoredRecord<T> extends RecordKeyParts, ServerAuthors {
  itemId: string;
  etag: string;
  title: string;
  value: T;
  modifiedAt: string;
}

export type RecordSchema<T> = {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: unknown };
};

export interface WorkspacePerson {
  name: string;
  email: string;
}

export interface WorkspaceAccess {
  isMember: boolean;
  /** The group's owners: the people who can add a member. */
  owners: WorkspacePerson[];
}

/** Combines the latest stored value with the one being written when an upsert meets a concurrent change. */
export type MergeRecord<T> = (latest: T, mine: T, record: StoredRecord<T>) => T;
