// Failures of the workspace store as data with stable kinds the UI translates. Graph failures that
// mean nothing more specific here stay GraphRequestError (toAppError folds those).
import type { RecordListName, StoredRecord, WorkspacePerson } from "./types";

export interface InvalidRecordInfo {
  list: RecordListName;
  /** Absent when a value was refused before it was written. */
  itemId?: string;
  /** The item's RecordKey when it has one. */
  key?: string;
  reason: string;
}

export type WorkspaceErrorDetail =
  | { kind: "notMember"; groupId: string; owners: WorkspacePerson[] }
  | { kind: "siteMissing"; groupId: string }
  | { kind: "invalidRecord"; records: InvalidRecordInfo[] };

export type WorkspaceErrorKind = WorkspaceErrorDetail["kind"];

export class WorkspaceError extends Error {
  override readonly name = "WorkspaceError";
  readonly kind: WorkspaceErrorKind;
  readonly detail: WorkspaceErrorDetail;

  constructor(detail: WorkspaceErrorDetail, options?: { cause?: unknown }) {
    super(describe(detail), options);
    this.kind = detail.kind;
    this.detail = detail;
  }
}

function describe(detail: WorkspaceErrorDetail): string {
  switch (detail.kind) {
    case "notMember":
      return `Not a member of group ${detail.groupId}; owners: ${detail.owners.map((o) => o.name).join(", ") || "none listed"}`;
    case "siteMissing":
      return `Group ${detail.groupId} has no SharePoint site (yet)`;
    case "invalidRecord":
      return `Unreadable record(s): ${detail.records.map((r) => `${r.list}#${r.itemId ?? "new"}${r.key === undefined ? "" : ` (${r.key})`}: ${r.reason}`).join("; ")}`;
  }
}

/**
 * A write met someone else's: the key already exists (a create), or the etag is stale (an update).
 * `latest` is what the store holds now — undefined when the item has since been deleted.
 */
export class RecordConflictError<T = unknown> extends Error {
  override readonly name = "RecordConflictError";
  readonly kind = "recordConflict";

  constructor(
    readonly list: RecordListName,
    readonly key: string,
    readonly reason: "duplicateKey" | "stale",
    readonly latest: StoredRecord<T> | undefined,
    options?: { cause?: unknown },
  ) {
    super(
      reason === "duplicateKey"
        ? `A ${list} record with key ${key} already exists`
        : `The ${list} record ${key} changed since it was read`,
      options,
    );
  }
}

/** A value that SharePoint would truncate or refuse, caught before anything is sent. */
export class RecordTooLargeError extends Error {
  override readonly name = "RecordTooLargeError";
  readonly kind = "recordTooLarge";

  constructor(
    readonly list: RecordListName,
    readonly key: string,
    /** The SharePoint column that would overflow: Payload (the JSON) or one of the single-line key columns. */
    readonly column: string,
    readonly length: number,
    readonly limit: number,
  ) {
    super(`The ${list} record ${key.slice(0, 80)}: ${column} is ${length} characters, over SharePoint's ${limit}`);
  }
}
