export { openWorkspace, forgetWorkspace } from "./open-workspace.ts";
export { getWorkspaceAccess } from "./access.ts";
export { getRecord, listRecords, createRecord, updateRecord, upsertRecord } from "./records.ts";
export type { RecordFilter, UpsertOptions, WriteOptions } from "./records.ts";
export { WorkspaceError, RecordConflictError, RecordTooLargeError } from "./errors.ts";
export type { InvalidRecordInfo, WorkspaceErrorDetail, WorkspaceErrorKind } from "./errors.ts";
export { listDisplayNames, payloadLimit, recordListNames } from "./list-layout.ts";
export type { MergeRecord, RecordKeyParts, RecordListName, RecordSchema, StoredRecord, Workspace, WorkspaceAccess, WorkspacePerson } from "./types.ts";
export { workspaceQueryOptions } from "./workspace-query.ts";
