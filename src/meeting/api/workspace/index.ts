export { openWorkspace, forgetWorkspace } from "./open-workspace";
export { getWorkspaceAccess } from "./access";
export { getRecord, listRecords, createRecord, updateRecord, upsertRecord, deleteRecord } from "./records";
export { listRecordVersions } from "./record-versions";
export type { RecordVersion } from "./record-versions";
export type { RecordFilter, UpsertOptions, WriteOptions } from "./records";
export { WorkspaceError, RecordConflictError, RecordTooLargeError } from "./errors";
export type { InvalidRecordInfo, WorkspaceErrorDetail, WorkspaceErrorKind } from "./errors";
export { listDisplayNames, payloadLimit, recordListNames } from "./list-layout";
export type {
  MergeRecord,
  RecordKeyParts,
  RecordListName,
  RecordSchema,
  StoredRecord,
  Workspace,
  WorkspaceAccess,
  WorkspacePerson,
} from "./types";
export { workspaceQueryOptions } from "./workspace-query";
export {
  listItemsPath,
  listMyWorkspaceSeries,
  listWorkspaceSeries,
  myGroupsRequest,
  readMyGroupIds,
} from "./my-workspace-series";
export type { MyWorkspaceSeries, UnreadableGroup, WorkspaceSeries } from "./my-workspace-series";
export { isAbsent, readAllPages, runRound, tryRead, tryReadPages } from "./batch-rounds";
